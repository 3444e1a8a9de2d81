import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CATEGORY_INFO, HOT_SPOT_RULE, type VisitTaskInfo } from '@lingjuli/shared';
import { DataSource, MoreThanOrEqual, Not } from 'typeorm';
import { AccessService } from '../access/access.service';
import { ScopeService } from '../access/scope.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { Building } from '../organisation/building.entity';
import { User } from '../users/user.entity';
import type { CompleteVisitTaskDto, CreateVisitTaskDto, ListVisitTasksQuery } from './dto/visit-tasks.dto';
import { VisitTask } from './visit-task.entity';

const DAY = 24 * 3600_000;
const LIST_LIMIT = 50;

/**
 * From 接诉即办 to 未诉即办 (docs/domain.md §9, §10.1): staff who see a hot spot ask the community's
 * liaisons, with one action, to visit the building before the next appeal comes; the liaison records
 * what she found. One open task per building and category: asking again returns the open one.
 */
@Injectable()
export class VisitTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly scopes: ScopeService,
    private readonly events: EventBus,
  ) {}

  /** Opens the visit, or returns the one already open for the building and category (`created: false`). */
  async open(ctx: RequestContext, input: CreateVisitTaskDto): Promise<{ task: VisitTaskInfo; created: boolean }> {
    let created = true;
    const openOne = (em = this.dataSource.manager) => em.findOneBy(VisitTask, { buildingId: input.buildingId, category: input.category, openSlot: 1 });
    const id = await this.uow
      .run(async (em) => {
        const building = await em.findOneBy(Building, { id: input.buildingId });
        const communities = await this.scopes.communityIds(ctx.actor);
        if (!building || (communities !== 'all' && !communities.includes(building.communityId))) throw invalidField('buildingId', '楼栋不存在');
        if (
          input.liaisonId !== undefined &&
          !(await em.existsBy(User, { id: input.liaisonId, role: 'liaison', active: true, communityId: building.communityId }))
        ) {
          throw invalidField('liaisonId', '请选择该社区在岗的民情专员');
        }
        const open = await openOne(em);
        if (open) {
          created = false;
          return open.id;
        }
        const now = this.clock.now();
        const since = new Date(now.getTime() - HOT_SPOT_RULE.windowDays * DAY);
        const appeals = await em.countBy(Appeal, {
          buildingId: building.id,
          category: input.category,
          receivedAt: MoreThanOrEqual(since),
          status: Not('rejected'),
        });
        const place = `${building.name}「${CATEGORY_INFO[input.category].label}」`;
        const why = appeals ? `${place}近${HOT_SPOT_RULE.windowDays}天${appeals}次诉求` : place;
        const task = await em.save(
          em.create(VisitTask, {
            communityId: building.communityId,
            buildingId: building.id,
            category: input.category,
            reason: input.note ? `${why}；${input.note}` : why,
            liaisonId: input.liaisonId ?? null,
            status: 'open',
            openSlot: 1,
            createdById: ctx.userId,
            createdAt: now,
            doneById: null,
            doneAt: null,
            doneNote: null,
          }),
        );
        await this.events.publish(em, { type: 'VisitTaskOpened', task, at: now });
        return task.id;
      })
      .catch(async (error: unknown) => {
        // Opened by someone else a moment ago: that one is the task.
        const open = isUniqueViolation(error) ? await openOne() : null;
        if (!open) throw error;
        created = false;
        return open.id;
      });
    return { task: await this.get(ctx, id), created };
  }

  /** The caller's tasks, newest first (at most 50). */
  async list(ctx: RequestContext, query: ListVisitTasksQuery): Promise<VisitTaskInfo[]> {
    const qb = this.dataSource.manager.createQueryBuilder(VisitTask, 'task');
    await this.access.scope(ctx, 'visitTask', qb);
    if (query.status) qb.andWhere('task.status = :status', { status: query.status });
    const tasks = await qb
      .leftJoinAndSelect('task.community', 'community')
      .leftJoinAndSelect('task.building', 'building')
      .leftJoinAndSelect('task.liaison', 'liaison')
      .orderBy('task.createdAt', 'DESC')
      .addOrderBy('task.id', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
    return tasks.map(toInfo);
  }

  async get(ctx: RequestContext, id: number): Promise<VisitTaskInfo> {
    await this.access.findVisible(ctx, 'visitTask', id);
    const task = await this.dataSource.manager.findOneOrFail(VisitTask, { where: { id }, relations: { community: true, building: true, liaison: true } });
    return toInfo(task);
  }

  /** The liaison (or the community's staff) records the visit and what was found. */
  async complete(ctx: RequestContext, id: number, input: CompleteVisitTaskDto): Promise<VisitTaskInfo> {
    await this.uow.run(async (em) => {
      const task = await this.access.findVisible(ctx, 'visitTask', id, em);
      if (ctx.role !== 'liaison' && ctx.actor.communityId !== task.communityId) throw forbidden();
      if (task.status === 'done') throw conflict('VISIT_TASK_DONE', '该走访任务已完成');
      Object.assign(task, { status: 'done', openSlot: null, doneById: ctx.userId, doneAt: this.clock.now(), doneNote: input.note });
      await em.save(task);
    });
    return this.get(ctx, id);
  }
}

function toInfo(task: VisitTask): VisitTaskInfo {
  return {
    id: task.id,
    communityId: task.communityId,
    communityName: task.community?.name ?? '',
    buildingId: task.buildingId,
    buildingName: task.building?.name ?? '',
    category: task.category,
    reason: task.reason,
    liaison: task.liaison ? { id: task.liaison.id, displayName: task.liaison.displayName } : null,
    status: task.status,
    createdAt: task.createdAt.toISOString(),
    doneAt: task.doneAt?.toISOString() ?? null,
    doneNote: task.doneNote,
  };
}
