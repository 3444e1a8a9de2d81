import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPEAL_COUNT_LIMIT, type WaitingForMe, type WaitingItem } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AppealQueriesService } from '../appeals/appeal-queries.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { EvaluationService } from '../evaluation/evaluation.service';
import { RewardRequest } from '../rewards/reward-request.entity';

/**
 * What waits for the community secretary, each counted from a read the lists already make: reward
 * requests awaiting her approval (`(communityId, status)`), appeals rated unsatisfied twice that await
 * her review, the open queue's overdue and supervised counts (the same reads as the queue's chips, so
 * the numbers agree), and the departments of the newest begun evaluation period she has not scored.
 */
@Injectable()
export class WaitingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly appeals: AppealQueriesService,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
  ) {}

  async forMe(ctx: RequestContext): Promise<WaitingForMe> {
    const now = this.clock.now();
    const [rewardApprovals, secretaryReviews, overdue, supervised, departmentScores] = await Promise.all([
      this.rewardApprovals(ctx),
      this.secretaryReviews(ctx),
      this.queueCount(ctx, { overdue: true }),
      this.queueCount(ctx, { supervised: true }),
      this.departmentScores(ctx, now),
    ]);
    return {
      items: [
        { kind: 'rewardApprovals', ...rewardApprovals },
        { kind: 'secretaryReviews', ...secretaryReviews },
        { kind: 'overdue', ...overdue },
        { kind: 'supervised', ...supervised },
        { kind: 'departmentScores', ...departmentScores },
      ],
      serverTime: now.toISOString(),
    };
  }

  private async rewardApprovals(ctx: RequestContext): Promise<Omit<WaitingItem, 'kind'>> {
    const qb = this.dataSource.manager.createQueryBuilder(RewardRequest, 'reward').where('reward.status = :status', { status: 'awaitingApproval' });
    const count = await (await this.access.scope(ctx, 'reward', qb)).getCount();
    return { count, countIsLowerBound: false };
  }

  /** Open appeals awaiting her review, soonest due first: read from the community's open queue, never its history. */
  private async secretaryReviews(ctx: RequestContext): Promise<Omit<WaitingItem, 'kind'>> {
    const qb = this.dataSource
      .createQueryBuilder(Appeal, 'appeal')
      .select('appeal.id', 'id')
      .where('appeal.isOpen = :open', { open: true })
      .andWhere('appeal.awaitingSecretaryReview = :review', { review: true });
    await this.access.scope(ctx, 'appeal', qb);
    const rows = await qb
      .orderBy('appeal.dueAt', 'ASC')
      .addOrderBy('appeal.id', 'ASC')
      .limit(APPEAL_COUNT_LIMIT + 1)
      .getRawMany<{ id: number | string }>();
    return {
      count: Math.min(rows.length, APPEAL_COUNT_LIMIT),
      countIsLowerBound: rows.length > APPEAL_COUNT_LIMIT,
      ...(rows.length > 0 && { appealId: Number(rows[0].id) }),
    };
  }

  /** The open queue's count under a filter, as the queue reads it (capped like it). */
  private async queueCount(ctx: RequestContext, filter: { overdue?: boolean; supervised?: boolean }): Promise<Omit<WaitingItem, 'kind'>> {
    const page = await this.appeals.list(ctx, { open: true, sort: 'due', pageSize: 1, ...filter });
    return { count: page.total, countIsLowerBound: page.totalIsLowerBound };
  }

  /** The departments her community worked with in the newest period that has begun, not scored yet. */
  private async departmentScores(ctx: RequestContext, now: Date): Promise<Omit<WaitingItem, 'kind'>> {
    const period = (await this.evaluation.periods()).find((p) => new Date(p.startsAt).getTime() <= now.getTime());
    if (!period) return { count: 0, countIsLowerBound: false };
    const count = await this.evaluation.unscoredCount(ctx, period.id);
    return { count, countIsLowerBound: false, period: { id: period.id, name: period.name } };
  }
}
