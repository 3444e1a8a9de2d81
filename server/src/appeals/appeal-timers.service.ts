import { Injectable, type OnModuleInit } from '@nestjs/common';
import { APPEAL_TIMER_KINDS, FINAL_STATUSES, nextStatus, plannedTimers } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/db-errors';
import { EventBus } from '../events/event-bus';
import { claimRow, TimerRegistry } from '../timers/timer-registry';
import type { Timer } from '../timers/timer.entity';
import { TimerService, sameInstant } from '../timers/timer.service';
import { AppealDeadlines } from './appeal-deadlines';
import { AppealEndings } from './appeal-endings.service';
import { dispatchOrderKeys } from './dispatch-order-keys';
import { Appeal } from './entities/appeal.entity';
import { DispatchOrder } from './entities/dispatch-order.entity';
import { SupervisionFlag, type SupervisionReason } from './entities/supervision-flag.entity';
import { appendTimeline, type TimelineEntryInput } from './timeline';
import { writeAppeal } from './write-appeal';

/** The owner type of an appeal's timers. */
export const APPEAL_TIMER_OWNER = 'appeal';

/** The task force working on an appeal, as a street-level breach names it. */
export interface AppealTaskForceRef {
  name: string;
  leadDepartmentId: number;
}

export type AppealTaskForceLookup = (em: EntityManager, appealId: number) => Promise<AppealTaskForceRef | null>;

/**
 * An appeal's timers (docs/domain.md §5.5, §6.4; docs/architecture.md, "Timers"): which it should
 * have — the shared `plannedTimers`, reconciled in the transaction of every write to the appeal — and
 * what each does when it fires, registered with the TimerRegistry at start-up. Every effect re-checks
 * the appeal against the timer's deadline and is idempotent: the supervision flag's unique key and the
 * outbox's de-dup key make a timer processed twice (or by two servers) count once.
 */
@Injectable()
export class AppealTimers implements OnModuleInit {
  private taskForceOf: AppealTaskForceLookup = async () => null;

  constructor(
    private readonly events: EventBus,
    private readonly timers: TimerService,
    private readonly registry: TimerRegistry,
    private readonly endings: AppealEndings,
    private readonly deadlines: AppealDeadlines,
  ) {}

  onModuleInit(): void {
    for (const kind of APPEAL_TIMER_KINDS) {
      this.registry.register<Appeal>({
        kind,
        ownerType: APPEAL_TIMER_OWNER,
        // A writer holding the appeal will reschedule this timer itself; never wait for it.
        claim: (em, timer) => claimRow(em, Appeal, timer.ownerId),
        fire: (em, timer, appeal, now) => this.fire(em, timer, appeal, now),
      });
    }
  }

  /**
   * The task-forces feature says which task force works on an appeal (at start-up), so a breach at
   * the street can name it without this module knowing task forces.
   */
  useTaskForceLookup(lookup: AppealTaskForceLookup): void {
    this.taskForceOf = lookup;
  }

  /** Makes the appeal's timer rows what `plannedTimers` says, in the caller's transaction. */
  syncAppeal(em: EntityManager, appeal: Appeal, existing?: Timer[]): Promise<void> {
    return this.timers.reconcile(em, { type: APPEAL_TIMER_OWNER, id: appeal.id }, plannedTimers(appeal), existing);
  }

  private async fire(em: EntityManager, timer: Timer, appeal: Appeal, now: Date): Promise<void> {
    if (FINAL_STATUSES.includes(appeal.status)) return;
    switch (timer.kind) {
      case 'warning':
        return this.warn(em, timer, appeal, now);
      case 'breach':
        return this.breach(em, timer, appeal, now);
      case 'progressReminder':
        return this.remindProgress(em, timer, appeal, now);
      case 'progressOverdue':
        return this.progressOverdue(em, timer, appeal, now);
      case 'autoClose':
        return this.autoClose(em, timer, appeal, now);
    }
  }

  /** At 80 % of the window, to the handler; never for a deadline that has already passed (after downtime). */
  private async warn(em: EntityManager, timer: Timer, appeal: Appeal, now: Date): Promise<void> {
    if (!sameInstant(appeal.dueAt, timer.deadline) || appeal.respondedAt || now.getTime() > timer.deadline.getTime()) return;
    await this.events.publish(em, { type: 'AppealDeadlineNear', appeal, deadline: timer.deadline, at: now });
  }

  /**
   * The deadline passed unmet: record the breach at the real due time and flag it for supervision;
   * a community-level appeal goes up to the street's command centre (its secretary and grid secretary
   * are told), a street-level one goes to street leadership with a task-force suggestion — or, once a
   * task force works on it, to street leadership and the task force's lead department.
   */
  private async breach(em: EntityManager, timer: Timer, appeal: Appeal, now: Date): Promise<void> {
    if (!sameInstant(appeal.dueAt, timer.deadline) || appeal.respondedAt) return;
    if (!(await this.flag(em, appeal, 'deadlineBreached', timer.deadline, now))) return;
    await this.deadlines.missed(em, appeal, 'response', timer.deadline, now);
    const atCommunity = appeal.level === 'community';
    const taskForce = atCommunity ? null : await this.taskForceOf(em, appeal.id);
    appeal.breachedAt = timer.deadline;
    appeal.supervised = true;
    if (atCommunity) {
      appeal.level = 'street';
      await em.insert(DispatchOrder, {
        appealId: appeal.id,
        status: 'pending',
        reason: '超时未办结，系统自动上报街道指挥分中心',
        requestedById: null,
        requestedAt: now,
        consultedWithId: null,
        consultationNote: '',
        ...dispatchOrderKeys(appeal),
      });
    }
    appeal.updatedAt = now;
    await writeAppeal(em, appeal);
    const note = atCommunity
      ? '办理超时，已自动上报街道指挥分中心并督办'
      : taskForce
        ? `办理超时，已报街道领导督办，并督促专班“${taskForce.name}”牵头单位加快办理`
        : '办理超时，已报街道领导督办，建议成立专班';
    await systemEntry(em, appeal, now, {
      type: 'breach',
      note,
      visibility: 'public',
      data: { dueAt: timer.deadline.toISOString(), escalatedTo: atCommunity ? 'street' : null, suggestTaskForce: !atCommunity && !taskForce },
    });
    await this.events.publish(em, { type: 'AppealBreached', appeal, deadline: timer.deadline, escalatedTo: atCommunity ? 'street' : null, taskForce, at: now });
  }

  private async remindProgress(em: EntityManager, timer: Timer, appeal: Appeal, now: Date): Promise<void> {
    if (!sameInstant(appeal.progressDueAt, timer.deadline)) return;
    await this.deadlines.missed(em, appeal, 'progress', timer.deadline, now);
    await this.events.publish(em, { type: 'AppealProgressDue', appeal, deadline: timer.deadline, at: now });
  }

  private async progressOverdue(em: EntityManager, timer: Timer, appeal: Appeal, now: Date): Promise<void> {
    if (!sameInstant(appeal.progressDueAt, timer.deadline)) return;
    if (!(await this.flag(em, appeal, 'progressMissed', timer.deadline, now))) return;
    appeal.supervised = true;
    appeal.updatedAt = now;
    await writeAppeal(em, appeal);
    await systemEntry(em, appeal, now, {
      type: 'progressOverdue',
      note: '复杂诉求未按时公开进展，已督办',
      visibility: 'internal',
      data: { progressDueAt: timer.deadline.toISOString() },
    });
    await this.events.publish(em, { type: 'AppealProgressOverdue', appeal, deadline: timer.deadline, at: now });
  }

  /** Fed back, not rated for 7 days: closes by itself (docs/domain.md §7.2). */
  private async autoClose(em: EntityManager, timer: Timer, appeal: Appeal, now: Date): Promise<void> {
    const to = nextStatus('system', 'close', appeal);
    if (!to || appeal.awaitingSecretaryReview || !appeal.fedBackAt) return;
    const from = appeal.status;
    appeal.status = to;
    appeal.closedAt = now;
    appeal.progressDueAt = null;
    appeal.updatedAt = now;
    const ended = await this.endings.end(em, { appeal, status: to, at: now });
    await writeAppeal(em, appeal);
    await systemEntry(em, appeal, now, {
      type: 'close',
      fromStatus: from,
      note: '反馈后7天未评价，系统自动关闭',
      visibility: 'public',
      data: { autoCloseAt: timer.deadline.toISOString(), ...ended },
    });
    // Closed: no timer is left to fire. (The other effects leave the plan's inputs as they were.)
    await this.syncAppeal(em, appeal);
  }

  /** Inserts the flag once; false if this very breach was already recorded (a repeat, or another server). */
  private async flag(em: EntityManager, appeal: Appeal, reason: SupervisionReason, deadline: Date, now: Date): Promise<boolean> {
    try {
      await em.insert(SupervisionFlag, { appealId: appeal.id, reason, deadline, level: appeal.level, createdAt: now });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}

/** A timeline line written by the system (no person), about the appeal as it now stands. */
function systemEntry<T extends TimelineEntryInput['type']>(
  em: EntityManager,
  appeal: Appeal,
  at: Date,
  entry: Pick<TimelineEntryInput<T>, 'type' | 'note' | 'visibility' | 'data'> & { fromStatus?: Appeal['status'] },
): Promise<unknown> {
  return appendTimeline(em, {
    appealId: appeal.id,
    actorId: null,
    actorRole: 'system',
    at,
    fromStatus: entry.fromStatus ?? appeal.status,
    toStatus: appeal.status,
    type: entry.type,
    note: entry.note,
    visibility: entry.visibility,
    data: entry.data,
  });
}
