import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { maskPersonalData, type AppealStatus, type SimilarAppeal, type SimilarAppealsQuery } from '@lingjuli/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { appealCode, clipSummary } from './appeal.mapper';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import { Appeal } from './entities/appeal.entity';
import { appendTimeline } from './timeline';

/** Shown before filing: still being handled, so "me too" still helps (fed back means it is about to close). */
const SIMILAR_STATUSES: readonly AppealStatus[] = ['received', 'inProgress', 'resolved'];
const SIMILAR_LIMIT = 10;

/**
 * "Me too" (我也遇到了): before filing, a resident sees the open appeals of the same category in the
 * building she is filing about, with personal data masked, and can join one instead of filing the
 * same problem again (docs/domain.md §4). She can join only what that lookup offers her: walking
 * appeal ids finds nothing, and what she then follows is the problem and its handling, never the
 * reporter's words.
 */
@Injectable()
export class AppealSupportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Open appeals of a category in a building, newest first: the first words masked, nobody's name or phone. */
  async similar(query: SimilarAppealsQuery): Promise<SimilarAppeal[]> {
    const rows = await this.offered(this.dataSource.manager, query);
    return rows.map((a) => ({
      id: a.id,
      code: appealCode(a),
      category: a.category,
      status: a.status,
      summary: clipSummary(maskPersonalData(a.content)),
      receivedAt: a.receivedAt.toISOString(),
      supporters: a.supporters,
    }));
  }

  /**
   * Adds the resident to an appeal that `similar` offers for the building and category she is filing
   * about; anything else — another building or category, a final appeal, an unknown id — is the same
   * 404. Her own is 409; joining again changes nothing. One transaction: the row, the counter, the
   * timeline line.
   */
  support(ctx: RequestContext, id: number, about: SimilarAppealsQuery): Promise<Appeal> {
    return this.uow.run(async (em) => {
      // The appeal row is the lock that keeps the counter and the rows in step (SQLite serialises writers
      // anyway). Taken first: the reads after it then see what a concurrent join committed.
      const appeal = await em.findOne(Appeal, { where: { id }, lock: this.uow.writeLock });
      const offered = appeal ? await this.offered(em, about) : [];
      if (!appeal || !offered.some((a) => a.id === id)) throw notFound('APPEAL_NOT_FOUND', '找不到该诉求，或该诉求已办结');
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

  /** What the lookup offers: the newest open appeals of the category in the building (from their own index, not the building's history). */
  private offered(em: EntityManager, { buildingId, category }: SimilarAppealsQuery): Promise<Appeal[]> {
    return em.find(Appeal, {
      where: { buildingId, category, isOpen: true, status: In([...SIMILAR_STATUSES]) },
      order: { receivedAt: 'DESC', id: 'DESC' },
      take: SIMILAR_LIMIT,
    });
  }
}
