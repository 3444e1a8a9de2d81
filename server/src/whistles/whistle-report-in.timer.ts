import { Injectable, type OnModuleInit } from '@nestjs/common';
import { formatShanghaiDateTime, firesAfter } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { Department } from '../organisation/department.entity';
import { claimRow, OWNER_GONE, TimerRegistry } from '../timers/timer-registry';
import type { Timer } from '../timers/timer.entity';
import { TimerService, sameInstant } from '../timers/timer.service';
import { WhistleEvent } from './whistle-event.entity';
import { WhistleTarget } from './whistle-target.entity';
import { Whistle } from './whistle.entity';

/** The timer kind of a whistled department's report-in deadline (报到), and its owner type. */
export const WHISTLE_REPORT_IN = 'whistleReportIn';
export const WHISTLE_TARGET_OWNER = 'whistleTarget';

interface ClaimedPart {
  whistle: Whistle;
  target: WhistleTarget;
}

/**
 * A whistled department's report-in deadline (docs/architecture.md, "Timers"): one timer per whistle
 * target, written in the transaction that creates the whistle, cancelled when the department reports
 * in or the whistle is cancelled, and fired by the TimerRegistry's drain.
 */
@Injectable()
export class WhistleReportInTimer implements OnModuleInit {
  readonly kind = WHISTLE_REPORT_IN;
  readonly ownerType = WHISTLE_TARGET_OWNER;

  constructor(
    private readonly registry: TimerRegistry,
    private readonly timers: TimerService,
    private readonly events: EventBus,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  /** Like a breach it fires 1 ms after the deadline: reporting in at the due instant itself is on time. */
  schedule(em: EntityManager, whistleTargetIds: readonly number[], deadline: Date): Promise<void> {
    return this.timers.schedule(em, WHISTLE_TARGET_OWNER, whistleTargetIds, { kind: WHISTLE_REPORT_IN, fireAt: firesAfter(deadline), deadline });
  }

  /** The departments reported in, or their whistle was cancelled: their pending report-in timers go. */
  cancel(em: EntityManager, whistleTargetIds: readonly number[]): Promise<void> {
    return this.timers.cancelPending(em, WHISTLE_TARGET_OWNER, whistleTargetIds, WHISTLE_REPORT_IN);
  }

  /**
   * Claims the whistle and then the department's part (the order every whistle write locks them in),
   * skipping either if a writer holds it — a department reporting in at this moment cancels the timer itself.
   */
  async claim(em: EntityManager, timer: Timer): Promise<ClaimedPart | null | typeof OWNER_GONE> {
    const targetRow = await em.findOne(WhistleTarget, { select: { id: true, whistleId: true }, where: { id: timer.ownerId } });
    if (!targetRow) return OWNER_GONE;
    const whistle = await claimRow(em, Whistle, targetRow.whistleId);
    if (whistle === null || whistle === OWNER_GONE) return whistle;
    const target = await claimRow(em, WhistleTarget, targetRow.id);
    if (target === null || target === OWNER_GONE) return target;
    return { whistle, target };
  }

  /**
   * A whistled department let its report-in deadline pass (docs/domain.md §8.1, like a breach, §6.4): its part
   * records the real due time and is flagged on the whistle's record, and the community secretary,
   * the grid secretary and the command centre are told (escalated). Only while the department has
   * still not reported in; the timer row fires once per deadline and the outbox keys make a repeat
   * harmless.
   */
  async fire(em: EntityManager, timer: Timer, { whistle, target }: ClaimedPart, now: Date): Promise<void> {
    if (whistle.status !== 'open' || target.status !== 'whistled' || target.reportInMissedAt !== null) return;
    if (!sameInstant(whistle.reportInDueAt, timer.deadline)) return;
    await em.update(WhistleTarget, { id: target.id }, { reportInMissedAt: timer.deadline });
    const department = await em.findOneByOrFail(Department, { id: target.departmentId });
    const when = formatShanghaiDateTime(timer.deadline);
    await em.insert(WhistleEvent, {
      whistleId: whistle.id,
      type: 'reportInMissed',
      actorId: null,
      actorRole: 'system',
      departmentId: target.departmentId,
      note: `${department.name}未在 ${when} 前报到，已督办`,
      at: now,
    });
    target.reportInMissedAt = timer.deadline;
    await this.events.publish(em, { type: 'WhistleReportInMissed', whistle, target, department, deadline: timer.deadline, at: now });
  }
}
