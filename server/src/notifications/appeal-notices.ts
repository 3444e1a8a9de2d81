import { Injectable, type OnModuleInit } from '@nestjs/common';
import { COMMUNITY_ROLES, maskPersonalData } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { appealCode } from '../appeals/appeal.mapper';
import { AppealSupporter } from '../appeals/entities/appeal-supporter.entity';
import type { Appeal } from '../appeals/entities/appeal.entity';
import type { AppealDispatched, AppealFiled, AppealReopened } from '../appeals/appeal-events';
import { EventBus } from '../events/event-bus';
import { OrganisationService } from '../organisation/organisation.service';
import type { NoticeParams } from './notices';
import { Notifier, aboutAppeal, appealOccasion } from './notifier.service';
import { communityLeadIds, communityMemberIds, communitySecretaryIds, departmentStaffIds } from './recipients';

/** What the residents of an appeal (its reporter, those who said "me too") are told. */
type ResidentNotice = 'appealAccepted' | 'appealProgress' | 'appealResult';

/** The notices that follow an appeal's handling: to its community when it comes in, to its residents, to the departments it is dispatched to. */
@Injectable()
export class AppealNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
    private readonly organisation: OrganisationService,
  ) {}

  onModuleInit(): void {
    this.bus.on('AppealFiled', (em, e) => this.filed(em, e));
    this.bus.on('AppealAccepted', (em, { appeal, at }) =>
      this.tellResidents(em, appeal, at, 'appealAccepted', { code: appealCode(appeal), tier: appeal.tier, category: appeal.category }),
    );
    this.bus.on('AppealProgressPublished', (em, e) =>
      this.tellResidents(em, e.appeal, e.at, 'appealProgress', { code: appealCode(e.appeal), text: e.content }),
    );
    this.bus.on('AppealFedBack', async (em, e) => {
      if (e.final) await this.tellResidents(em, e.appeal, e.at, 'appealResult', { code: appealCode(e.appeal), text: e.content });
    });
    this.bus.on('AppealDispatched', (em, e) => this.dispatched(em, e));
    this.bus.on('AppealReopened', (em, e) => this.reopened(em, e));
  }

  /**
   * A new appeal, at once (docs/domain.md §4): its community's staff and secretary; an emergency also its
   * grid secretary and the command centre, so that someone moves within the 30 minutes even before
   * anyone has taken it. Not whoever filed it (staff taking a call, a liaison reporting).
   */
  private async filed(em: EntityManager, { appeal, at }: AppealFiled): Promise<void> {
    const emergency = appeal.tier === 'emergency';
    const community = await this.organisation.findCommunity(appeal.communityId);
    const building = appeal.buildingId !== null ? await this.organisation.findBuilding(appeal.buildingId) : null;
    const recipients = [
      ...(await communityMemberIds(em, appeal.communityId, COMMUNITY_ROLES)),
      ...(emergency ? await communityLeadIds(em, this.organisation, appeal.communityId, { commandCenter: true }) : []),
    ].filter((id) => id !== appeal.filedById);
    await this.notifier.notify(
      em,
      {
        kind: emergency ? 'emergencyFiled' : 'appealFiled',
        about: aboutAppeal(appeal.id),
        occasion: appealOccasion(appeal.id, at),
        recipientIds: recipients,
        params: {
          code: appealCode(appeal),
          tier: appeal.tier,
          dueAt: appeal.dueAt,
          category: appeal.category,
          communityName: community?.name ?? '',
          place: building?.name ?? null,
          words: maskPersonalData(appeal.content),
        },
      },
      at,
    );
  }

  /**
   * The resident who filed the appeal, and those who said "me too". The body quotes what staff wrote,
   * masked for the supporters (staff may name the reporter or her flat when they write to her).
   */
  private async tellResidents<K extends ResidentNotice>(em: EntityManager, appeal: Appeal, at: Date, kind: K, params: NoticeParams[K]): Promise<void> {
    const supporters = await em.find(AppealSupporter, { select: { userId: true }, where: { appealId: appeal.id } });
    const notice = { kind, about: aboutAppeal(appeal.id), occasion: appealOccasion(appeal.id, at) };
    if (appeal.reporterId) await this.notifier.notify(em, { ...notice, recipientIds: [appeal.reporterId], params }, at);
    const masked = 'text' in params ? { ...params, text: maskPersonalData(params.text) } : params;
    await this.notifier.notify(em, { ...notice, recipientIds: supporters.map((s) => s.userId), params: masked }, at);
  }

  /**
   * The lead and assisting departments learn their part; the community, which sends a cadre and a
   * liaison to take part in the handling, is told through its secretary and the appeal's handler.
   */
  private async dispatched(em: EntityManager, { appeal, leadDepartmentId, assistingDepartmentIds, departments, at }: AppealDispatched): Promise<void> {
    const notice = { about: aboutAppeal(appeal.id), occasion: appealOccasion(appeal.id, at) };
    const to = { code: appealCode(appeal), ...departments };
    await this.notifier.notify(
      em,
      { ...notice, kind: 'dispatched', recipientIds: await departmentStaffIds(em, [leadDepartmentId]), params: { ...to, role: 'lead' } },
      at,
    );
    await this.notifier.notify(
      em,
      { ...notice, kind: 'dispatched', recipientIds: await departmentStaffIds(em, assistingDepartmentIds), params: { ...to, role: 'assist' } },
      at,
    );
    const owner = appeal.handlerId ?? appeal.firstResponderId;
    const community = [...(await communitySecretaryIds(em, appeal.communityId)), ...(owner !== null ? [owner] : [])];
    await this.notifier.notify(em, { ...notice, kind: 'dispatchParticipation', recipientIds: community, params: to }, at);
  }

  /** The departments whose assignments opened again continue; the lead department resolves it once more. */
  private async reopened(em: EntityManager, { appeal, why, departmentIds, assignments, at }: AppealReopened): Promise<void> {
    if (departmentIds.length === 0) return;
    await this.notifier.notify(
      em,
      {
        kind: 'appealReopened',
        recipientIds: await departmentStaffIds(em, departmentIds),
        about: aboutAppeal(appeal.id),
        occasion: appealOccasion(appeal.id, at),
        params: { code: appealCode(appeal), why, assignments },
      },
      at,
    );
  }
}
