import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROJECT_OPINION_DAYS, type ProjectInfo } from '@lingjuli/shared';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, invalidField, notFound } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { Community } from '../organisation/community.entity';
import type { GiveOpinionDto, ListProjectsQuery, RegisterProjectDto } from './dto/projects.dto';
import { toProjectInfo } from './project.mapper';
import { ProjectOpinion } from './project-opinion.entity';
import { ProjectOpinionTimer } from './project-opinion.timer';
import { Project } from './project.entity';

const DAY = 24 * 60 * 60_000;

const projectNotFound = () => notFound('PROJECT_NOT_FOUND', '找不到该项目');

/**
 * 建议权 (docs/domain.md §8.2): the street registers a project in a community's area, the community gives its
 * opinion once, and only then may the street mark the project started. Any opinion — even an
 * objection — unblocks the start: the power is to be consulted before, with the answer on record
 * and shown beside the project, not a veto.
 */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly events: EventBus,
    private readonly opinionTimer: ProjectOpinionTimer,
  ) {}

  /** Registers the project and asks the community's secretary and staff for their opinion, in one transaction. */
  async register(ctx: RequestContext, input: RegisterProjectDto): Promise<ProjectInfo> {
    const id = await this.uow.run(async (em) => {
      const community = await em.findOneBy(Community, { id: input.communityId });
      if (!community) throw invalidField('communityId', '社区不存在');
      const now = this.clock.now();
      const project = await em.save(
        em.create(Project, {
          communityId: community.id,
          title: input.title,
          description: input.description,
          kind: input.kind,
          status: 'awaitingOpinion',
          registeredById: ctx.userId,
          registeredAt: now,
          opinionDueAt: new Date(now.getTime() + (input.opinionDueDays ?? PROJECT_OPINION_DAYS) * DAY),
          startedAt: null,
          startedById: null,
        }),
      );
      // The community is asked for its opinion (notifications/project-notices.ts).
      await this.events.publish(em, { type: 'ProjectRegistered', project, at: now });
      await this.opinionTimer.schedule(em, project);
      return project.id;
    });
    return this.get(ctx, id);
  }

  /** Projects in the caller's scope, newest first; `overdue` flags consultations past due without an opinion. */
  async list(ctx: RequestContext, query: ListProjectsQuery): Promise<ProjectInfo[]> {
    const now = this.clock.now();
    const qb = await this.scoped(ctx);
    if (query.communityId !== undefined) qb.andWhere('project.communityId = :communityId', { communityId: query.communityId });
    if (query.status) qb.andWhere('project.status = :status', { status: query.status });
    if (query.overdue !== undefined) {
      const overdue = "(project.status = 'awaitingOpinion' AND project.opinionDueAt < :now)";
      qb.andWhere(query.overdue ? overdue : `NOT ${overdue}`, { now });
    }
    const projects = await qb.orderBy('project.registeredAt', 'DESC').addOrderBy('project.id', 'DESC').getMany();
    return this.present(projects, now);
  }

  /** One project in the caller's scope; outside it, 404. */
  async get(ctx: RequestContext, id: number): Promise<ProjectInfo> {
    const qb = await this.scoped(ctx);
    const project = await qb.andWhere('project.id = :id', { id }).getOne();
    if (!project) throw projectNotFound();
    return (await this.present([project], this.clock.now()))[0];
  }

  /**
   * The community's opinion, once. Only the project's own community answers: to anyone else the
   * project does not exist (404, so ids cannot be probed). A late opinion is still taken.
   */
  async giveOpinion(ctx: RequestContext, id: number, input: GiveOpinionDto): Promise<ProjectInfo> {
    try {
      await this.uow.run(async (em) => {
        const project = await this.lockProject(em, id);
        if (!project || project.communityId !== ctx.actor.communityId) throw projectNotFound();
        if (await em.existsBy(ProjectOpinion, { projectId: id })) throw opinionAlreadyGiven();
        const now = this.clock.now();
        await em.insert(ProjectOpinion, { projectId: id, opinion: input.opinion, text: input.text, byId: ctx.userId, at: now });
        await em.update(Project, { id }, { status: 'opinionGiven' });
        await this.opinionTimer.cancel(em, id);
      });
    } catch (error) {
      // The project row lock serialises answers; the unique key is the last word if two got past it anyway.
      if (isUniqueViolation(error)) throw opinionAlreadyGiven();
      throw error;
    }
    return this.get(ctx, id);
  }

  /** The street marks the project started: refused (409) until the community has given its opinion. */
  async start(ctx: RequestContext, id: number): Promise<ProjectInfo> {
    await this.uow.run(async (em) => {
      const project = await this.lockProject(em, id);
      if (!project) throw projectNotFound();
      if (project.status === 'started') throw conflict('PROJECT_ALREADY_STARTED', '该项目已开工');
      if (!(await em.existsBy(ProjectOpinion, { projectId: id }))) {
        throw conflict('PROJECT_OPINION_REQUIRED', '须先征求社区意见：社区回复意见后项目方可开工');
      }
      await em.update(Project, { id }, { status: 'started', startedAt: this.clock.now(), startedById: ctx.userId });
    });
    return this.get(ctx, id);
  }

  // ---- helpers ----

  /** The base query limited to what the caller may see (ProjectAccess). */
  private scoped(ctx: RequestContext): Promise<SelectQueryBuilder<Project>> {
    const qb = this.dataSource
      .getRepository(Project)
      .createQueryBuilder('project')
      .innerJoinAndSelect('project.community', 'community')
      .innerJoinAndSelect('project.registeredBy', 'registeredBy');
    return this.access.scope(ctx, 'project', qb);
  }

  private lockProject(em: EntityManager, id: number): Promise<Project | null> {
    const qb = em.createQueryBuilder(Project, 'project').where('project.id = :id', { id });
    if (this.uow.writeLock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  private async present(projects: Project[], now: Date): Promise<ProjectInfo[]> {
    const opinions = projects.length
      ? await this.dataSource.getRepository(ProjectOpinion).find({ where: { projectId: In(projects.map((p) => p.id)) }, relations: { by: true } })
      : [];
    const byProject = new Map(opinions.map((o) => [o.projectId, o]));
    return projects.map((p) => toProjectInfo(p, byProject.get(p.id) ?? null, now));
  }
}

function opinionAlreadyGiven() {
  return conflict('OPINION_ALREADY_GIVEN', '社区已就该项目回复意见，不能重复提交');
}
