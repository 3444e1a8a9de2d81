import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { NotificationKind } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { appealCode } from '../appeals/appeal.mapper';
import type { Appeal } from '../appeals/entities/appeal.entity';
import type { AppealBreached } from '../appeals/appeal-events';
import { EventBus } from '../events/event-bus';
import { OrganisationService } from '../organisation/organisation.service';
import type { NoticeParams } from './notices';
import { Notifier, aboutAppeal, appealOccasion } from './notifier.service';
import { appealHandlerIds, communityLeadIds, departmentStaffIds, roleHolderIds } from './recipients';

/**
 * What the timers' deadlines tell (docs/domain.md §5.5, §6.4): a near deadline to the handler, a breach up the line,
 * a complex appeal's progress note due and then overdue. One notice per recipient and deadline (the
 * occasion is the appeal and the deadline), however often the timer fires.
 */
@Injectable()
export class DeadlineNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
    private readonly organisation: OrganisationService,
  ) {}

  onModuleInit(): void {
    this.bus.on('AppealDeadlineNear', async (em, { appeal, deadline, at }) => {
      await this.notify(em, appeal, deadline, at, await appealHandlerIds(em, appeal), 'deadlineWarning', this.due(appeal, deadline));
    });
    this.bus.on('AppealBreached', (em, e) => this.breached(em, e));
    this.bus.on('AppealProgressDue', async (em, { appeal, deadline, at }) => {
      await this.notify(em, appeal, deadline, at, await appealHandlerIds(em, appeal), 'progressReminder', { code: appealCode(appeal) });
    });
    this.bus.on('AppealProgressOverdue', async (em, { appeal, deadline, at }) => {
      const leads = await communityLeadIds(em, this.organisation, appeal.communityId);
      await this.notify(em, appeal, deadline, at, leads, 'progressOverdue', { code: appealCode(appeal), dueAt: deadline });
    });
  }

  /**
   * A community-level appeal escalated: its secretary and grid secretary. At the street: street
   * leadership, with a task-force suggestion — or, once a task force works on it, leadership and the
   * task force's lead department.
   */
  private async breached(em: EntityManager, { appeal, deadline, escalatedTo, taskForce, at }: AppealBreached): Promise<void> {
    const due = this.due(appeal, deadline);
    if (escalatedTo === 'street') {
      const leads = await communityLeadIds(em, this.organisation, appeal.communityId);
      await this.notify(em, appeal, deadline, at, leads, 'deadlineBreached', due);
    } else if (taskForce) {
      const recipients = [...(await roleHolderIds(em, ['streetAdmin', 'commandCenter'])), ...(await departmentStaffIds(em, [taskForce.leadDepartmentId]))];
      await this.notify(em, appeal, deadline, at, recipients, 'streetDeadlineBreached', { ...due, taskForceName: taskForce.name });
    } else {
      const leadership = await roleHolderIds(em, ['streetAdmin', 'commandCenter']);
      await this.notify(em, appeal, deadline, at, leadership, 'streetDeadlineBreached', { ...due, taskForceName: null });
    }
  }

  private due(appeal: Appeal, deadline: Date) {
    return { code: appealCode(appeal), tier: appeal.tier, dueAt: deadline };
  }

  private notify<K extends NotificationKind>(
    em: EntityManager,
    appeal: Appeal,
    deadline: Date,
    at: Date,
    recipientIds: number[],
    kind: K,
    params: NoticeParams[K],
  ): Promise<void> {
    return this.notifier.notify(em, { kind, params, recipientIds, about: aboutAppeal(appeal.id), occasion: appealOccasion(appeal.id, deadline) }, at);
  }
}
