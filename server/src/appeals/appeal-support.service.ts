import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FINAL_STATUSES, type AppealStatus, type SimilarAppeal } from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { appealCode, appealSummaryText } from './appeal.mapper';
import type { SimilarAppealsDto } from './dto/similar-appeals.query';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import { Appeal } from './entities/appeal.entity';
import { appendTimeline } from './timeline';

/** Shown before filing: still being handled, so "me too" still helps (fed back means it is about to close). */
const SIMILAR_STATUSES: readonly AppealStatus[] = ['received', 'inProgress', 'resolved'];
const SIMILAR_LIMIT = 10;

/**
 * "Me too" (我也遇到了): before filing, a resident sees the open appeals of the same category in her
 * building and can join one instead of filing the same problem again (design §8, FixMyStreet).
 */
@Injectable()
export class AppealSupportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Open appeals of a category in a building, newest first: summary text only, nobody's name or phone. */
  async similar(query: SimilarAppealsDto): Promise<SimilarAppeal[]> {
    const rows = await this.dataSource.getRepository(Appeal).find({
      where: { buildingId: query.buildingId, category: query.category, status: In([...SIMILAR_STATUSES]) },
      order: { receivedAt: 'DESC', id: 'DESC' },
      take: SIMILAR_LIMIT,
    });
    return rows.map((a) => ({
      id: a.id,
      code: appealCode(a),
      category: a.category,
      status: a.status,
      summary: appealSummaryText(a),
      receivedAt: a.receivedAt.toISOString(),
      supporters: a.supporters,
    }));
  }

  /**
   * Adds the resident to an open appeal. Deliberately not limited by AppealScope: she found it through
   * `similar`, which shows other residents' appeals. A final appeal is 404 (nothing left to join), her
   * own is 409, joining again changes nothing. One transaction: the row, the counter, the timeline line.
   */
  support(ctx: RequestContext, id: number): Promise<Appeal> {
    return this.uow.run(async (em) => {
      const qb = em
        .createQueryBuilder(Appeal, 'appeal')
        .where('appeal.id = :id', { id })
        .andWhere('appeal.status NOT IN (:...final)', { final: FINAL_STATUSES });
      // The appeal row is the lock that keeps the counter and the rows in step (SQLite serialises writers anyway).
      if (this.uow.writeLock) qb.setLock('pessimistic_write');
      const appeal = await qb.getOne();
      if (!appeal) throw notFound('APPEAL_NOT_FOUND', '找不到该诉求，或该诉求已办结');
      if (appeal.reporterId === ctx.userId || appeal.filedById === ctx.userId) {
        throw conflict('OWN_APPEAL', '这是您自己反映的问题，无需再点“我也遇到了”');
      }
      if (await em.existsBy(AppealSupporter, { appealId: id, userId: ctx.userId })) return appeal;

      const now = this.clock.now();
      await em.insert(AppealSupporter, { appealId: id, userId: ctx.userId, createdAt: now });
      await em.increment(Appeal, { id }, 'supporters', 1);
      appeal.supporters += 1;
      // The ledger line carries no person: who joined is in appeal_supporters, and other residents read this line.
      await appendTimeline(em, {
        appealId: id,
        type: 'support',
        actorId: null,
        actorRole: 'resident',
        at: now,
        fromStatus: appeal.status,
        toStatus: appeal.status,
        note: '又有一位居民反映了同样的问题',
        visibility: 'public',
        data: { supporters: appeal.supporters },
      });
      return appeal;
    });
  }
}
