import { Injectable, type OnModuleInit } from '@nestjs/common';
import { FINAL_STATUSES, isCommunityStaff, nextProgressDue, STATUS_LABELS } from '@lingjuli/shared';
import { In, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Appeal } from '../appeals/entities/appeal.entity';
import { appendTimeline } from '../appeals/timeline';
import { writeAppeal } from '../appeals/write-appeal';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { Department } from '../organisation/department.entity';
import { AppealInvolvements } from '../appeals/appeal-involvements';
import { AppealTimers } from '../appeals/appeal-timers.service';
import { AppealDeadlines } from '../appeals/appeal-deadlines';
import type { FormTaskForceDto, TaskForceNoteDto } from './dto/task-forces.dto';
import { TaskForceMember } from './task-force-member.entity';
import { TaskForceNote } from './task-force-note.entity';
import { TaskForce } from './task-force.entity';

/**
 * Task forces (专班, docs/domain.md §6.3): the street forms one for a major, difficult appeal — a lead
 * department, member departments, the appeal's community and named representatives — and the
 * appeal moves to the task-force level. Its notes are its own record and lines on the appeal's
 * timeline. Each write is one transaction with the appeal locked.
 */
@Injectable()
export class TaskForcesService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly timers: AppealTimers,
    private readonly events: EventBus,
    private readonly involvements: AppealInvolvements,
    private readonly deadlines: AppealDeadlines,
  ) {}

  onModuleInit(): void {
    // A breach at the street names the task force working on the appeal and urges its lead department.
    this.timers.useTaskForceLookup((em, appealId) => em.findOneBy(TaskForce, { appealId }));
  }

  form(ctx: RequestContext, appealId: number, input: FormTaskForceDto): Promise<TaskForce> {
    const memberIds = input.memberDepartmentIds ?? [];
    if (memberIds.includes(input.leadDepartmentId)) throw invalidField('memberDepartmentIds', '牵头单位不必再列为成员单位');
    const representatives = input.representatives ?? [];
    return this.uow.run(async (em) => {
      const appeal = await this.access.findVisible(ctx, 'appeal', appealId, em);
      if (FINAL_STATUSES.includes(appeal.status)) throw conflict('APPEAL_FINISHED', `诉求${STATUS_LABELS[appeal.status]}，不能成立专班`);
      if (appeal.level === 'taskForce' || (await em.existsBy(TaskForce, { appealId: appeal.id }))) {
        throw conflict('TASK_FORCE_EXISTS', '该诉求已经成立专班');
      }
      const wanted = [input.leadDepartmentId, ...memberIds];
      const departments = await em.findBy(Department, { id: In(wanted), active: true });
      const missing = wanted.find((id) => !departments.some((d) => d.id === id));
      if (missing !== undefined) {
        throw invalidField(missing === input.leadDepartmentId ? 'leadDepartmentId' : 'memberDepartmentIds', '单位不存在或已停用');
      }
      const nameOf = (id: number) => departments.find((d) => d.id === id)!.name;

      const now = this.clock.now();
      let taskForce: TaskForce;
      try {
        taskForce = await em.save(
          em.create(TaskForce, { appealId: appeal.id, name: input.name, leadDepartmentId: input.leadDepartmentId, formedById: ctx.userId, formedAt: now }),
        );
      } catch (error) {
        // Two forming at once: the unique appeal id lets one through.
        if (isUniqueViolation(error)) throw conflict('TASK_FORCE_EXISTS', '该诉求已经成立专班');
        throw error;
      }
      const member = (m: Partial<TaskForceMember>) =>
        em.create(TaskForceMember, { taskForceId: taskForce.id, departmentId: null, communityId: null, name: null, lead: false, ...m });
      await em.save([
        member({ kind: 'department', departmentId: input.leadDepartmentId, lead: true }),
        ...memberIds.map((departmentId) => member({ kind: 'department', departmentId })),
        member({ kind: 'community', communityId: appeal.communityId }),
        ...representatives.map((name) => member({ kind: 'person', name })),
      ]);
      // Its member departments (the lead included) work on the appeal.
      await this.involvements.record(em, appeal, wanted);

      const fromLevel = appeal.level;
      appeal.level = 'taskForce';
      appeal.updatedAt = now;
      await writeAppeal(em, appeal);
      const members = memberIds.map(nameOf);
      // Public: the resident sees who now works on her appeal; the representatives only as a count.
      const who = [
        `${nameOf(input.leadDepartmentId)}牵头`,
        members.length ? `${members.join('、')}参加` : null,
        representatives.length ? `居民代表等${representatives.length}人参与` : null,
      ]
        .filter(Boolean)
        .join('，');
      await appendTimeline(em, {
        appealId: appeal.id,
        type: 'formTaskForce',
        actorId: ctx.userId,
        actorRole: ctx.role,
        at: now,
        fromStatus: appeal.status,
        toStatus: appeal.status,
        note: input.note ? `成立“${input.name}”专班（${who}）：${input.note}` : `成立“${input.name}”专班（${who}）`,
        visibility: 'public',
        data: { taskForceId: taskForce.id, name: input.name, lead: nameOf(input.leadDepartmentId), members, fromLevel, toLevel: 'taskForce' },
      });
      // The level is not part of the timer plan today; reconciling keeps "every write syncs its timers" true.
      await this.timers.syncAppeal(em, appeal);
      return taskForce;
    });
  }

  /** A member's progress note: on the task force's record and, with its visibility, on the appeal's timeline. */
  addNote(ctx: RequestContext, appealId: number, input: TaskForceNoteDto): Promise<TaskForce> {
    return this.uow.run(async (em) => {
      const appeal = await this.access.findVisible(ctx, 'appeal', appealId, em);
      const taskForce = await em.findOneBy(TaskForce, { appealId: appeal.id });
      if (!taskForce) throw notFound('TASK_FORCE_NOT_FOUND', '该诉求没有成立专班');
      await this.requireMember(em, ctx, appeal, taskForce);
      if (FINAL_STATUSES.includes(appeal.status)) throw conflict('APPEAL_FINISHED', `诉求${STATUS_LABELS[appeal.status]}，不能再记录专班进展`);

      const now = this.clock.now();
      const note = await em.save(
        em.create(TaskForceNote, { taskForceId: taskForce.id, authorId: ctx.userId, content: input.content, visibility: input.visibility, at: now }),
      );
      // A public note is public progress: like an appeal note, it restarts a complex appeal's 72-hour clock.
      if (input.visibility === 'public') await this.deadlines.progressNoted(em, appeal, appeal.progressDueAt, now);
      if (input.visibility === 'public' && appeal.tier === 'complex') appeal.progressDueAt = nextProgressDue(now);
      appeal.updatedAt = now;
      await writeAppeal(em, appeal);
      await appendTimeline(em, {
        appealId: appeal.id,
        type: 'taskForceNote',
        actorId: ctx.userId,
        actorRole: ctx.role,
        at: now,
        fromStatus: appeal.status,
        toStatus: appeal.status,
        note: input.content,
        visibility: input.visibility,
        data: { taskForceId: taskForce.id, taskForceNoteId: note.id },
      });
      await this.timers.syncAppeal(em, appeal);
      if (input.visibility === 'public') {
        // The resident and those who said "me too" hear of public progress, as for an appeal note.
        await this.events.publish(em, { type: 'AppealProgressPublished', appeal, content: input.content, source: 'taskForceNote', at: now });
      }
      return taskForce;
    });
  }

  /**
   * Members only: staff of a member department, the appeal's community, and the street. (The scope
   * has already hidden the appeal from anyone who may not see it.)
   */
  private async requireMember(em: EntityManager, ctx: RequestContext, appeal: Appeal, taskForce: TaskForce): Promise<void> {
    const { actor } = ctx;
    const member =
      actor.role === 'commandCenter' ||
      actor.role === 'streetAdmin' ||
      (isCommunityStaff(actor.role) && actor.communityId === appeal.communityId) ||
      (actor.role === 'departmentStaff' &&
        actor.departmentId !== null &&
        (await em.existsBy(TaskForceMember, { taskForceId: taskForce.id, kind: 'department', departmentId: actor.departmentId })));
    if (!member) throw forbidden('NOT_TASK_FORCE_MEMBER', '只有专班成员可以记录专班进展');
  }
}
