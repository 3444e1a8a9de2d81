import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INTERVIEW_CLOCK_SKEW_MS,
  SURVEY_CHOICES,
  SURVEY_CHOICE_LABELS,
  SURVEY_LIMITS,
  hasPermission,
  isCommunityStaff,
  isSurveyChoice,
  shanghaiMidnight,
  surveyStatus,
  type SurveyEntryInfo,
  type SurveyInfo,
  type SurveyStatus,
} from '@lingjuli/shared';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField } from '../common/errors/app-error';
import { parseCalendarDate, parseDateTimeWithOffset } from '../common/validation/dates';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import type { CreateSurveyDto, ListSurveysQuery, SurveyAnswerDto, SurveyEntryDto } from './dto/surveys.dto';
import { surveyNotFound } from './survey-access';
import { SurveyAnswer } from './survey-answer.entity';
import { SurveyCommunity } from './survey-community.entity';
import { SurveyEntry } from './survey-entry.entity';
import { SurveyQuestion } from './survey-question.entity';
import { Survey } from './survey.entity';
import { mayClose, toSurveyEntryInfo, toSurveyInfo } from './survey.mapper';

const DAY = 24 * 3600_000;
/** Surveys are few (a handful a year per community): a list shows the newest hundred. */
const LIST_LIMIT = 100;

/** A Beijing calendar date `YYYY-MM-DD` as the instant its day begins (the DTO has checked its form). */
function beijingDay(date: string): Date {
  const utc = parseCalendarDate(date)!;
  return shanghaiMidnight(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

const surveyClosed = () => conflict('SURVEY_CLOSED', '该入户调查已结束，不再接收录入');

/**
 * Door-to-door satisfaction surveys (入户调查, docs/domain.md, "Door-to-door surveys"): the street runs one across its
 * communities, or a community for itself; liaisons and community staff enter each household's answers
 * at the door, from a phone that may be offline — the phone's key for an entry makes a resend the same
 * entry. Results and their margins are read by SurveyResultsService.
 */
@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  /** Makes the survey with its questions and communities, in one transaction. */
  async create(ctx: RequestContext, input: CreateSurveyDto): Promise<SurveyInfo> {
    const now = this.clock.now();
    const opensAt = beijingDay(input.opensOn);
    const closesAt = new Date(beijingDay(input.closesOn).getTime() + DAY);
    if (closesAt <= opensAt) throw invalidField('closesOn', '结束日期不能早于开始日期');
    if (closesAt.getTime() - opensAt.getTime() > SURVEY_LIMITS.daysMax * DAY) throw invalidField('closesOn', `调查时间不能超过${SURVEY_LIMITS.daysMax}天`);
    if (closesAt <= now) throw invalidField('closesOn', '结束日期不能早于今天');

    const id = await this.uow.run(async (em) => {
      const communities = await this.participants(ctx, em, input);
      const survey = await em.save(
        em.create(Survey, {
          title: input.title,
          purpose: input.purpose,
          communityId: isCommunityStaff(ctx.role) ? ctx.actor.communityId : null,
          targetSampleSize: input.targetSampleSize,
          opensAt,
          closesAt,
          closedAt: null,
          closedById: null,
          createdById: ctx.userId,
          createdAt: now,
        }),
      );
      await em.insert(
        SurveyQuestion,
        input.questions.map((q, i) => ({ surveyId: survey.id, position: i + 1, type: q.type, text: q.text })),
      );
      await em.insert(
        SurveyCommunity,
        communities.map((c) => ({ surveyId: survey.id, communityId: c.communityId, households: c.households })),
      );
      return survey.id;
    });
    return this.get(ctx, id);
  }

  /**
   * The surveys of the caller's scope, newest first. A liaison sees the open ones of her community
   * (where she enters answers), each with how many she has entered.
   */
  async list(ctx: RequestContext, query: ListSurveysQuery): Promise<SurveyInfo[]> {
    const now = this.clock.now();
    const qb = await this.scoped(ctx);
    const status = ctx.role === 'liaison' ? 'open' : query.status;
    if (ctx.role === 'liaison' && query.status !== undefined && query.status !== 'open') return [];
    if (status) qb.andWhere(STATUS_SQL[status], { now });
    const surveys = await qb.orderBy('survey.opensAt', 'DESC').addOrderBy('survey.id', 'DESC').take(LIST_LIMIT).getMany();
    return this.present(ctx, surveys, now);
  }

  /** One survey of the caller's scope, with its questions; outside it, 404. */
  async get(ctx: RequestContext, id: number): Promise<SurveyInfo> {
    const survey = await (await this.scoped(ctx)).andWhere('survey.id = :id', { id }).getOne();
    if (!survey) throw surveyNotFound();
    return (await this.present(ctx, [survey], this.clock.now()))[0];
  }

  /** Its runner closes the survey before its last day is over; from then on entries are refused (409). */
  async close(ctx: RequestContext, id: number): Promise<SurveyInfo> {
    await this.uow.run(async (em) => {
      const survey = await this.access.findVisible(ctx, 'survey', id, em);
      if (!mayClose(ctx, survey)) throw forbidden('FORBIDDEN', '只有发起调查的一方可以结束调查');
      const now = this.clock.now();
      if (surveyStatus(survey, now) === 'closed') throw conflict('SURVEY_CLOSED', '该入户调查已结束');
      await em.update(Survey, { id }, { closedAt: now, closedById: ctx.userId });
    });
    return this.get(ctx, id);
  }

  /**
   * One household's answers, entered by a liaison or community staff for her own community. The same
   * `clientKey` sent again by her returns the entry already taken (`created: false`), even once the
   * survey has closed — the phone only missed the answer — and never counts it twice.
   */
  async enter(ctx: RequestContext, id: number, input: SurveyEntryDto): Promise<{ entry: SurveyEntryInfo; created: boolean }> {
    const communityId = ctx.actor.communityId;
    const taken = async (em: EntityManager) => {
      const entry = await em.findOne(SurveyEntry, { where: { surveyId: id, clientKey: input.clientKey }, relations: { building: true } });
      if (!entry) return null;
      if (entry.enteredById !== ctx.userId) throw conflict('IDEMPOTENCY_KEY_REUSED', '该录入编号已用于另一份录入，请重新生成');
      return entry;
    };
    let created = true;
    const entryId = await this.uow
      .run(async (em) => {
        // Her scope is her own community: a survey it does not take part in does not exist for her (404).
        const survey = await this.access.findVisible(ctx, 'survey', id, em);
        if (communityId === null) throw surveyNotFound();
        const earlier = await taken(em);
        if (earlier) {
          created = false;
          return earlier.id;
        }
        const now = this.clock.now();
        const status = surveyStatus(survey, now);
        if (status === 'closed') throw surveyClosed();
        if (status === 'scheduled') throw conflict('SURVEY_NOT_OPEN', '该入户调查尚未开始');
        if (input.buildingId !== undefined && !(await em.existsBy(Building, { id: input.buildingId, communityId }))) {
          throw invalidField('buildingId', '请选择本社区的楼栋');
        }
        const interviewedAt = parseDateTimeWithOffset(input.interviewedAt)!;
        if (interviewedAt.getTime() > now.getTime() + INTERVIEW_CLOCK_SKEW_MS) throw invalidField('interviewedAt', '入户时间不能晚于现在');
        if (interviewedAt < survey.opensAt) throw invalidField('interviewedAt', '入户时间不能早于调查开始');
        const questions = await em.find(SurveyQuestion, { where: { surveyId: id }, order: { position: 'ASC' } });
        const answers = checkAnswers(questions, input.answers);
        const entry = await em.save(
          em.create(SurveyEntry, {
            surveyId: id,
            communityId,
            buildingId: input.buildingId ?? null,
            unit: input.unit || null,
            room: input.room || null,
            interviewedAt,
            enteredById: ctx.userId,
            enteredAt: now,
            clientKey: input.clientKey,
          }),
        );
        await em.insert(
          SurveyAnswer,
          answers.map((a) => ({ entryId: entry.id, surveyId: id, questionId: a.questionId, communityId, choice: a.choice, text: a.text })),
        );
        return entry.id;
      })
      .catch(async (error: unknown) => {
        // Sent twice at once: the unique key on (survey, clientKey) is the last word, and the first is the entry.
        const earlier = isUniqueViolation(error) ? await taken(this.dataSource.manager) : null;
        if (!earlier) throw error;
        created = false;
        return earlier.id;
      });
    return { entry: await this.entryInfo(entryId), created };
  }

  // ---- helpers ----

  /** The communities taking part, checked: a community's survey is its own; the street's any of them (all by default). */
  private async participants(ctx: RequestContext, em: EntityManager, input: CreateSurveyDto): Promise<{ communityId: number; households: number | null }[]> {
    const given = input.communities;
    if (isCommunityStaff(ctx.role)) {
      const own = ctx.actor.communityId;
      if (own === null) throw forbidden('NO_COMMUNITY', '您不属于任何社区，不能发起入户调查');
      const other = given?.findIndex((c) => c.communityId !== own) ?? -1;
      if (other >= 0) throw invalidField(`communities.${other}.communityId`, '社区只能为本社区发起入户调查');
      if (given && given.length > 1) throw invalidField('communities.1.communityId', '社区不能重复');
      return [{ communityId: own, households: given?.[0]?.households ?? null }];
    }
    if (!given) {
      const all = await em.find(Community, { select: { id: true }, order: { id: 'ASC' } });
      return all.map((c) => ({ communityId: c.id, households: null }));
    }
    const known = new Set((await em.find(Community, { select: { id: true }, where: { id: In(given.map((c) => c.communityId)) } })).map((c) => c.id));
    const seen = new Set<number>();
    given.forEach((c, i) => {
      if (!known.has(c.communityId)) throw invalidField(`communities.${i}.communityId`, '社区不存在');
      if (seen.has(c.communityId)) throw invalidField(`communities.${i}.communityId`, '社区不能重复');
      seen.add(c.communityId);
    });
    return given.map((c) => ({ communityId: c.communityId, households: c.households ?? null }));
  }

  /** The base query limited to what the caller may see (SurveyAccess). */
  private scoped(ctx: RequestContext): Promise<SelectQueryBuilder<Survey>> {
    const qb = this.dataSource
      .getRepository(Survey)
      .createQueryBuilder('survey')
      .leftJoinAndSelect('survey.community', 'community')
      .leftJoinAndSelect('survey.createdBy', 'createdBy');
    return this.access.scope(ctx, 'survey', qb);
  }

  private async present(ctx: RequestContext, surveys: Survey[], now: Date): Promise<SurveyInfo[]> {
    if (!surveys.length) return [];
    const em = this.dataSource.manager;
    const ids = surveys.map((s) => s.id);
    const enters = hasPermission(ctx.role, 'survey.respond');
    const [questions, communities, mine] = await Promise.all([
      em.find(SurveyQuestion, { where: { surveyId: In(ids) } }),
      em.find(SurveyCommunity, { where: { surveyId: In(ids) }, relations: { community: true } }),
      enters
        ? em
            .createQueryBuilder(SurveyEntry, 'entry')
            .select('entry.surveyId', 'surveyId')
            .addSelect('COUNT(*)', 'n')
            .where('entry.enteredById = :me AND entry.surveyId IN (:...ids)', { me: ctx.userId, ids })
            .groupBy('entry.surveyId')
            .getRawMany<{ surveyId: number | string; n: number | string }>()
        : [],
    ]);
    const myCounts = new Map(mine.map((r) => [Number(r.surveyId), Number(r.n)]));
    return surveys.map((s) =>
      toSurveyInfo(
        ctx,
        s,
        {
          questions: questions.filter((q) => q.surveyId === s.id),
          communities: communities.filter((c) => c.surveyId === s.id),
          myEntries: enters ? (myCounts.get(s.id) ?? 0) : null,
        },
        now,
      ),
    );
  }

  private async entryInfo(entryId: number): Promise<SurveyEntryInfo> {
    const em = this.dataSource.manager;
    const entry = await em.findOneOrFail(SurveyEntry, { where: { id: entryId }, relations: { building: true } });
    const [answers, questions] = await Promise.all([
      em.find(SurveyAnswer, { where: { entryId } }),
      em.find(SurveyQuestion, { select: { id: true, position: true }, where: { surveyId: entry.surveyId } }),
    ]);
    return toSurveyEntryInfo(entry, answers, new Map(questions.map((q) => [q.id, q.position])));
  }
}

/** The condition of each status at `:now` (see `surveyStatus`). */
const STATUS_SQL: Record<SurveyStatus, string> = {
  scheduled: 'survey.closedAt IS NULL AND survey.opensAt > :now',
  open: 'survey.closedAt IS NULL AND survey.opensAt <= :now AND survey.closesAt > :now',
  closed: '(survey.closedAt IS NOT NULL OR survey.closesAt <= :now)',
};

/**
 * The answers against the survey's questions: one per question, in order; a satisfaction or yes/no
 * question answered with one of its choices; a text question with words or nothing. Each refusal names
 * the answer (`answers.<i>`).
 */
function checkAnswers(questions: SurveyQuestion[], answers: SurveyAnswerDto[]): { questionId: number; choice: SurveyAnswer['choice']; text: string | null }[] {
  const ids = new Set(questions.map((q) => q.id));
  if (answers.length > questions.length) {
    throw invalidField(`answers.${questions.length}`, `本调查只有${questions.length}道题`);
  }
  return questions.map((question, i) => {
    const field = `answers.${i}`;
    const answer = answers[i];
    if (!answer) throw invalidField(field, `请回答第${question.position}题`);
    if (answer.questionId !== question.id) {
      throw invalidField(field, ids.has(answer.questionId) ? `请按题目顺序作答：第${i + 1}个回答应为第${question.position}题` : '本调查没有这道题');
    }
    if (question.type === 'text') {
      if (answer.choice !== undefined) throw invalidField(field, '文字题不设选项');
      return { questionId: question.id, choice: null, text: answer.text || null };
    }
    if (answer.text !== undefined) throw invalidField(field, '选择题不填文字');
    if (!isSurveyChoice(question.type, answer.choice)) {
      throw invalidField(field, `请选择：${SURVEY_CHOICES[question.type].map((c) => SURVEY_CHOICE_LABELS[c]).join(' / ')}`);
    }
    return { questionId: question.id, choice: answer.choice, text: null };
  });
}
