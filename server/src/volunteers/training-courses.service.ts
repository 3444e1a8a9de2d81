import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isValidTrainingHours, type TrainingCourseDetail, type TrainingCourseInfo, type TrainingParticipant } from '@lingjuli/shared';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { TrainingRecord } from '../liaisons/training-record.entity';
import type { ListTrainingCoursesDto, RecordAttendanceDto, TrainingCourseDto } from './dto/volunteers.dto';
import { PartyMemberRegistration } from './party-member-registration.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingCourse } from './training-course.entity';
import { TrainingSignUp } from './training-sign-up.entity';
import { VolunteerRoster } from './volunteer-roster';

/** A list answers this many courses at most. */
const LIST_LIMIT = 50;

const isVolunteerSide = (ctx: RequestContext) => ctx.role === 'resident' || ctx.role === 'liaison';

/**
 * Training courses for the community's volunteers (docs/domain.md §9): the staff schedule one, the
 * volunteers it is for sign up until it starts, and once it has started the staff record who came.
 * Attending writes her training record in the same transaction (the liaison registry's `trainings`,
 * the team's "trained"), linked from the attendance row so it is written once.
 */
@Injectable()
export class TrainingCoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly roster: VolunteerRoster,
  ) {}

  /** A course of the caller's community. A past time is taken too: a course already held, to record who came. */
  async schedule(ctx: RequestContext, input: TrainingCourseDto): Promise<TrainingCourseDetail> {
    if (!isValidTrainingHours(input.hours)) throw invalidField('hours', '培训时长须以半小时为单位');
    const communityId = ctx.actor.communityId;
    if (communityId === null) throw forbidden('NO_COMMUNITY', '只有社区工作人员可以安排培训');
    const id = await this.uow.run(async (em) => {
      const course = await em.save(
        em.create(TrainingCourse, {
          communityId,
          title: input.title,
          description: input.description ?? null,
          startsAt: new Date(input.startsAt),
          place: input.place,
          hours: input.hours,
          audience: input.audience,
          createdById: ctx.userId,
          createdAt: this.clock.now(),
        }),
      );
      return course.id;
    });
    return this.get(ctx, id);
  }

  /** Upcoming courses (soonest first) or past ones (newest first), in the caller's scope; a volunteer sees those for her. */
  async list(ctx: RequestContext, query: ListTrainingCoursesDto): Promise<TrainingCourseInfo[]> {
    const now = this.clock.now();
    const qb = await this.scoped(ctx);
    if (query.communityId !== undefined) qb.andWhere('course.communityId = :communityId', { communityId: query.communityId });
    const upcoming = (query.when ?? 'upcoming') === 'upcoming';
    qb.andWhere(upcoming ? 'course.startsAt > :now' : 'course.startsAt <= :now', { now });
    const direction = upcoming ? 'ASC' : 'DESC';
    const courses = await qb.orderBy('course.startsAt', direction).addOrderBy('course.id', direction).take(LIST_LIMIT).getMany();
    return this.present(ctx, courses);
  }

  async get(ctx: RequestContext, id: number): Promise<TrainingCourseDetail> {
    const course = await (await this.scoped(ctx)).andWhere('course.id = :id', { id }).getOne();
    if (!course) throw this.access.notFound('trainingCourse');
    const [info] = await this.present(ctx, [course]);
    return { ...info, participants: isVolunteerSide(ctx) ? null : await this.participants(id) };
  }

  /** She signs up for a course meant for her, until it starts; signing up twice changes nothing. */
  async signUp(ctx: RequestContext, id: number): Promise<TrainingCourseDetail> {
    try {
      await this.uow.run(async (em) => {
        const course = await this.access.findVisible(ctx, 'trainingCourse', id, em);
        const now = this.clock.now();
        this.checkNotStarted(course, now);
        if (await em.existsBy(TrainingSignUp, { courseId: id, userId: ctx.userId })) return;
        await em.insert(TrainingSignUp, { courseId: id, userId: ctx.userId, signedUpAt: now });
      });
    } catch (error) {
      // Signed up twice at once: the unique key kept one, which is what she asked for.
      if (!isUniqueViolation(error)) throw error;
    }
    return this.get(ctx, id);
  }

  /** She takes her name off, until it starts. */
  async signOff(ctx: RequestContext, id: number): Promise<TrainingCourseDetail> {
    await this.uow.run(async (em) => {
      const course = await this.access.findVisible(ctx, 'trainingCourse', id, em);
      this.checkNotStarted(course, this.clock.now());
      await em.delete(TrainingSignUp, { courseId: id, userId: ctx.userId });
    });
    return this.get(ctx, id);
  }

  /**
   * Who came, once the course has started: each must serve the course's community now (else 400 on
   * `userIds.<i>`). Each new attendance writes her training record; one already recorded is left as it is.
   */
  async recordAttendance(ctx: RequestContext, id: number, input: RecordAttendanceDto): Promise<TrainingCourseDetail> {
    await this.uow.run(async (em) => {
      const course = await this.access.findVisible(ctx, 'trainingCourse', id, em);
      const now = this.clock.now();
      const volunteers = await this.roster.active(em, course.communityId);
      const stranger = input.userIds.findIndex((userId) => !volunteers.has(userId));
      if (stranger >= 0) throw invalidField(`userIds.${stranger}`, '须为本社区在册的志愿者（民情专员或双报到党员）');
      if (course.startsAt > now) throw conflict('TRAINING_COURSE_NOT_STARTED', '培训尚未开始，开始后再登记出勤');
      const recorded = new Set(
        (await em.find(TrainingAttendance, { select: { userId: true }, where: { courseId: id, userId: In(input.userIds) } })).map((a) => a.userId),
      );
      for (const userId of input.userIds.filter((u) => !recorded.has(u))) await this.attend(em, course, userId, ctx.userId, now);
    });
    return this.get(ctx, id);
  }

  // ---- helpers ----

  private async attend(em: EntityManager, course: TrainingCourse, userId: number, byId: number, now: Date): Promise<void> {
    const record = await em.save(
      em.create(TrainingRecord, { liaisonUserId: userId, title: course.title, date: course.startsAt, hours: course.hours, recordedById: byId }),
    );
    await em.insert(TrainingAttendance, { courseId: course.id, userId, trainingRecordId: record.id, recordedById: byId, recordedAt: now });
  }

  private checkNotStarted(course: TrainingCourse, now: Date): void {
    if (course.startsAt <= now) throw conflict('TRAINING_COURSE_STARTED', '培训已开始，不能再报名或取消报名');
  }

  private async scoped(ctx: RequestContext): Promise<SelectQueryBuilder<TrainingCourse>> {
    const qb = this.dataSource.getRepository(TrainingCourse).createQueryBuilder('course').innerJoinAndSelect('course.community', 'community');
    return this.access.scope(ctx, 'trainingCourse', qb);
  }

  /** Counts of sign-ups and attendance, and the caller's own: a fixed number of queries. */
  private async present(ctx: RequestContext, courses: TrainingCourse[]): Promise<TrainingCourseInfo[]> {
    if (courses.length === 0) return [];
    const ids = courses.map((c) => c.id);
    const em = this.dataSource.manager;
    const count = async (entity: typeof TrainingSignUp | typeof TrainingAttendance) =>
      new Map(
        (
          await em
            .createQueryBuilder(entity, 'row')
            .select('row.courseId', 'courseId')
            .addSelect('COUNT(*)', 'n')
            .where('row.courseId IN (:...ids)', { ids })
            .groupBy('row.courseId')
            .getRawMany<{ courseId: number | string; n: number | string }>()
        ).map((r) => [Number(r.courseId), Number(r.n)]),
      );
    const mine = async (entity: typeof TrainingSignUp | typeof TrainingAttendance) =>
      new Set(
        isVolunteerSide(ctx)
          ? (await em.find(entity, { select: { courseId: true }, where: { courseId: In(ids), userId: ctx.userId } })).map((r) => r.courseId)
          : [],
      );
    const [signUps, attendance, signedUp, attended] = await Promise.all([
      count(TrainingSignUp),
      count(TrainingAttendance),
      mine(TrainingSignUp),
      mine(TrainingAttendance),
    ]);
    return courses.map((c) => ({
      id: c.id,
      communityId: c.communityId,
      communityName: c.community?.name ?? '',
      title: c.title,
      description: c.description,
      startsAt: c.startsAt.toISOString(),
      place: c.place,
      hours: c.hours,
      audience: c.audience,
      signUps: signUps.get(c.id) ?? 0,
      attendance: attendance.get(c.id) ?? 0,
      signedUp: signedUp.has(c.id),
      attended: attended.has(c.id),
      createdAt: c.createdAt.toISOString(),
    }));
  }

  /** Everyone signed up or recorded as present, by name (her registry name, else her 双报到 name). */
  private async participants(courseId: number): Promise<TrainingParticipant[]> {
    const em = this.dataSource.manager;
    const [signUps, attendances] = await Promise.all([
      em.find(TrainingSignUp, { where: { courseId }, relations: { user: true } }),
      em.find(TrainingAttendance, { where: { courseId }, relations: { user: true } }),
    ]);
    const byUser = new Map<number, TrainingParticipant>();
    const entry = (userId: number, name: string) => byUser.get(userId) ?? byUser.set(userId, { userId, name, signedUpAt: null, attendedAt: null }).get(userId)!;
    for (const s of signUps) entry(s.userId, s.user?.displayName ?? '').signedUpAt = s.signedUpAt.toISOString();
    for (const a of attendances) entry(a.userId, a.user?.displayName ?? '').attendedAt = a.recordedAt.toISOString();
    const names = await this.registeredNames(em, [...byUser.keys()]);
    return [...byUser.values()].map((p) => ({ ...p, name: names.get(p.userId) ?? p.name })).sort((a, b) => a.userId - b.userId);
  }

  /** A party member's real name from her registration (her resident account may carry a nickname); a liaison's account has hers. */
  private async registeredNames(em: EntityManager, userIds: number[]): Promise<Map<number, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await em.find(PartyMemberRegistration, { where: { userId: In(userIds) }, relations: { user: true } });
    return new Map(rows.filter((r) => r.user?.role !== 'liaison').map((r) => [r.userId, r.name]));
  }
}
