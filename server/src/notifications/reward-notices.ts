import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RewardStep } from '../rewards/reward-events';
import { EventBus } from '../events/event-bus';
import { Community } from '../organisation/community.entity';
import type { RewardRequest } from '../rewards/reward-request.entity';
import { User } from '../users/user.entity';
import type { NoticeParams } from './notices';
import { Notifier } from './notifier.service';
import { communitySecretaryIds, roleHolderIds } from './recipients';

/**
 * The disposal power's notices (自主支配权): a submitted request to the community secretary, an
 * approved one to the street, a returned one to whoever proposed it — never to the one who took the step.
 */
@Injectable()
export class RewardNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.bus.on('RewardSubmitted', async (em, step) => {
      const secretaries = await communitySecretaryIds(em, step.request.communityId);
      await this.notify(
        em,
        step,
        secretaries.filter((u) => u !== step.actorId),
        { ...(await this.named(em, step.request)), step: 'submitted' },
      );
    });
    this.bus.on('RewardApproved', async (em, step) => {
      await this.notify(em, step, await roleHolderIds(em, ['streetAdmin']), { ...(await this.named(em, step.request)), step: 'approved' });
    });
    this.bus.on('RewardReturned', async (em, step) => {
      const proposer = [step.request.proposedById].filter((u) => u !== step.actorId);
      await this.notify(em, step, proposer, { ...(await this.named(em, step.request)), step: 'returned', reason: step.reason });
    });
  }

  /** A reward request concerns no appeal: each step (its line on the request's record) is the occasion. */
  private notify(em: EntityManager, { request, stepId, at }: RewardStep, recipientIds: number[], params: NoticeParams['rewardRequest']): Promise<void> {
    return this.notifier.notify(
      em,
      { kind: 'rewardRequest', occasion: `reward-${request.id}:event-${stepId}`, about: { type: 'rewardRequest', id: request.id }, recipientIds, params },
      at,
    );
  }

  /** The request as a notice names it: 示例社区01 为民情专员张三申请“荣誉证书”（一事一议）. */
  private async named(em: EntityManager, request: RewardRequest) {
    // One after the other: both run on the transaction's single connection.
    const community = await em.findOneByOrFail(Community, { id: request.communityId });
    const liaison = await em.findOneByOrFail(User, { id: request.liaisonUserId });
    return { communityName: community.name, liaisonName: liaison.displayName, reward: request.reward, basis: request.basis };
  }
}
