import { Injectable, type OnModuleInit } from '@nestjs/common';
import { maskPersonalData } from '@lingjuli/shared';
import { In, type EntityManager } from 'typeorm';
import { appealCode } from '../appeals/appeal.mapper';
import { AppealSupporter } from '../appeals/entities/appeal-supporter.entity';
import type { Appeal } from '../appeals/entities/appeal.entity';
import { EventBus } from '../events/event-bus';
import type { MeetingMinutesPublished } from '../meetings/meeting-events';
import { User } from '../users/user.entity';
import { Notifier, aboutAppeal } from './notifier.service';

/** Residents' meetings (议事会): who signed up hears of a cancellation or a move; an appeal's residents hear what a meeting decided on it. */
@Injectable()
export class MeetingNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.bus.on('MeetingCancelled', async (em, { meeting, signedUpUserIds, at }) => {
      await this.notifier.notify(
        em,
        {
          kind: 'meetingCancelled',
          occasion: `meeting-${meeting.id}:cancelled`,
          about: { type: 'meeting', id: meeting.id },
          recipientIds: await active(em, signedUpUserIds),
          params: { topic: meeting.topic, startsAt: meeting.startsAt, reason: meeting.cancelReason },
        },
        at,
      );
    });
    // Once per change (the occasion is the change's time), to those still signed up.
    this.bus.on('MeetingMoved', async (em, { meeting, signedUpUserIds, at }) => {
      await this.notifier.notify(
        em,
        {
          kind: 'meetingChanged',
          occasion: `meeting-${meeting.id}:moved:${at.toISOString()}`,
          about: { type: 'meeting', id: meeting.id },
          recipientIds: await active(em, signedUpUserIds),
          params: { topic: meeting.topic, startsAt: meeting.startsAt, place: meeting.place },
        },
        at,
      );
    });
    this.bus.on('MeetingMinutesPublished', (em, e) => this.decided(em, e));
  }

  /**
   * Each decision, to the residents of each appeal it answers: who filed it and who said "me too"
   * (the decision's words masked for them, as staff's words are on the appeal). The notice opens the
   * appeal, whose timeline has the decision's line.
   */
  private async decided(em: EntityManager, { meeting, decisions, at }: MeetingMinutesPublished): Promise<void> {
    for (const { decision, appeals } of decisions) {
      for (const appeal of appeals) {
        const notice = {
          kind: 'meetingDecision' as const,
          about: aboutAppeal(appeal.id),
          occasion: `meeting-${meeting.id}:decision-${decision.id}:appeal-${appeal.id}`,
        };
        const params = { code: appealCode(appeal), topic: meeting.topic, text: decision.text, adopted: decision.adopted };
        const { reporter, supporters } = await residentsOf(em, appeal);
        await this.notifier.notify(em, { ...notice, recipientIds: reporter, params }, at);
        await this.notifier.notify(em, { ...notice, recipientIds: supporters, params: { ...params, text: maskPersonalData(decision.text) } }, at);
      }
    }
  }
}

/** The active accounts among these (a closed or erased account hears nothing). */
async function active(em: EntityManager, userIds: readonly number[]): Promise<number[]> {
  if (userIds.length === 0) return [];
  return (await em.find(User, { select: { id: true }, where: { id: In([...userIds]), active: true } })).map((u) => u.id);
}

/** The appeal's own resident (with an account) and those who said "me too", active ones only. */
async function residentsOf(em: EntityManager, appeal: Appeal): Promise<{ reporter: number[]; supporters: number[] }> {
  const supporters = await em.find(AppealSupporter, { select: { userId: true }, where: { appealId: appeal.id } });
  return {
    reporter: await active(em, appeal.reporterId !== null ? [appeal.reporterId] : []),
    supporters: await active(
      em,
      supporters.map((s) => s.userId).filter((id) => id !== appeal.reporterId),
    ),
  };
}
