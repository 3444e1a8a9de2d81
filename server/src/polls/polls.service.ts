import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  POLL_LIMITS,
  bordaOrder,
  checkBallot,
  hasPermission,
  inAudience,
  maskPersonalData,
  pollStatus,
  sortTexts,
  tallyPoll,
  turnout,
  type PollAnswerReceipt,
  type PollAnswerState,
  type PollDetail,
  type PollParticipationFigures,
  type PollResults,
  type PollSummary,
} from '@lingjuli/shared';
import { Brackets, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField } from '../common/errors/app-error';
import { decodeCursor, encodeCursor, orderFrom, type KeysetOrder } from '../common/pagination/keyset';
import { parseDateTimeWithOffset } from '../common/validation/dates';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { HouseholdsService, type PersonHousehold } from '../households/households.service';
import type { AdoptPollDto, AnswerPollDto, CreatePollDto, ListPollsQuery, PollQuestionDto } from './dto/polls.dto';
import { pollNotFound } from './poll-access';
import { PollAdoption } from './poll-adoption.entity';
import { PollAudience } from './poll-audience';
import { PollBuilding, PollInvitee } from './poll-audience.entity';
import { PollBallot } from './poll-ballot.entity';
import { PollCloseTimer } from './poll-close.timer';
import { PollClosing } from './poll-closing';
import { PollOption } from './poll-option.entity';
import { PollParticipation } from './poll-participation.entity';
import { PollQuestion } from './poll-question.entity';
import { Poll } from './poll.entity';
import { toPerson } from '../users/user.mapper';
import { toPollAdoption, toPollQuestion, toPollSummary, type QuestionWithOptions } from './poll.mapper';

const DAY = 24 * 60 * 60_000;
const PAGE = 20;
const NEWEST: KeysetOrder = { name: 'polls', column: 'poll.createdAt', direction: 'DESC' };

/** The roles that answer polls (the others manage or read them). */
const isParticipant = (ctx: RequestContext) => ctx.role === 'resident' || ctx.role === 'liaison';

const pollClosed = () => conflict('POLL_CLOSED', '征求意见已结束，不能再提交');

/** Who took part is one table, what was answered another; nothing leads from a ballot to its voter. */
const newBallotId = () => randomBytes(16).toString('hex');

/**
 * Polls and questionnaires of the deliberation hall (征求意见 / 问卷, docs/domain.md "The deliberation
 * hall"). Community staff ask their community, some of its buildings or invited residents; a resident
 * in the audience answers once — or once for her household, as the poll counts —, having stated her
 * household; the poll closes itself at its time (a timer) or earlier by staff, and its results are
 * out to the audience; staff then record the adopted plan. Who took part and what was answered are
 * stored apart with no link, so nobody — staff included — can read how a household voted.
 */
@Injectable()
export class PollsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly events: EventBus,
    private readonly households: HouseholdsService,
    private readonly audience: PollAudience,
    private readonly closing: PollClosing,
    private readonly closeTimer: PollCloseTimer,
  ) {}

  /** A poll in the caller's own community, with its closing timer, in one transaction. */
  async create(ctx: RequestContext, input: CreatePollDto): Promise<PollDetail> {
    const communityId = ctx.actor.communityId;
    if (communityId === null) throw forbidden();
    const times = this.checkTimes(input);
    checkQuestions(input.questions);
    const id = await this.uow.run(async (em) => {
      const members = await this.audience.check(em, communityId, input);
      const now = this.clock.now();
      const poll = await em.save(
        em.create(Poll, {
          communityId,
          ...this.pollFields(input, times),
          closedAt: null,
          closedById: null,
          eligibleAtClose: null,
          createdById: ctx.userId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.writeContents(em, poll.id, input.questions, members);
      await this.closeTimer.plan(em, poll);
      return poll.id;
    });
    return this.detail(ctx, id);
  }

  /** The whole poll again, until the first answer (409 after) and while it is not closed. */
  async update(ctx: RequestContext, id: number, input: CreatePollDto): Promise<PollDetail> {
    await this.uow.run(async (em) => {
      const poll = await this.access.findVisible(ctx, 'poll', id, em);
      if (pollStatus(poll, this.clock.now()) === 'closed') throw pollClosed();
      if (await em.existsBy(PollParticipation, { pollId: id })) throw conflict('POLL_HAS_ANSWERS', '已有居民参与，征求意见不能再修改');
      const times = this.checkTimes(input);
      checkQuestions(input.questions);
      const members = await this.audience.check(em, poll.communityId, input);
      await em.delete(PollOption, { pollId: id });
      await em.delete(PollQuestion, { pollId: id });
      await em.delete(PollBuilding, { pollId: id });
      await em.delete(PollInvitee, { pollId: id });
      const fields = this.pollFields(input, times);
      await em.update(Poll, { id }, { ...fields, updatedAt: this.clock.now() });
      await this.writeContents(em, id, input.questions, members);
      await this.closeTimer.plan(em, { ...poll, ...fields });
    });
    return this.detail(ctx, id);
  }

  /** Staff close it before its time: the results are out at once. */
  async close(ctx: RequestContext, id: number): Promise<PollDetail> {
    await this.uow.run(async (em) => {
      const poll = await this.access.findVisible(ctx, 'poll', id, em);
      const now = this.clock.now();
      if (pollStatus(poll, now) === 'closed') throw conflict('POLL_CLOSED', '征求意见已结束');
      await this.closeTimer.cancel(em, id);
      await this.closing.close(em, poll, { at: now, byId: ctx.userId, now });
    });
    return this.detail(ctx, id);
  }

  /**
   * Her answer, once — or once for her household. The participation row goes in first and its unique
   * keys decide (two phones of one flat at the same instant: one counts, the other is a 409); the
   * ballot, with no name, time or counter, goes in beside it in the same transaction.
   */
  async answer(ctx: RequestContext, id: number, input: AnswerPollDto): Promise<PollAnswerReceipt> {
    // Outside her audience (another community, another building, not invited): the poll does not exist.
    await this.access.findVisible(ctx, 'poll', id);
    const now = this.clock.now();
    try {
      await this.uow.run(async (em) => {
        // Shared: answers run side by side; an edit or a close (exclusive) waits for them, and they for it.
        const qb = em.createQueryBuilder(Poll, 'poll').where('poll.id = :id', { id });
        if (this.uow.writeLock) qb.setLock('pessimistic_read');
        const poll = await qb.getOneOrFail();
        const status = pollStatus(poll, now);
        if (status === 'closed') throw pollClosed();
        if (status === 'scheduled') throw conflict('POLL_NOT_OPEN', '征求意见尚未开始');
        const household = await this.households.householdOf(em, ctx.userId);
        if (!household) throw householdRequired();
        if (!(await this.inAudience(em, poll, ctx.userId, household))) throw pollNotFound();
        if (poll.verifiedHouseholdsOnly && !household.verified) {
          throw conflict('HOUSEHOLD_NOT_VERIFIED', '本次征求意见仅限社区已核实的住户参与，请联系社区工作人员核实您的住址');
        }
        const questions = await this.questionsOf(em, [id]);
        const checked = checkBallot(
          questions.map((q) => ({ id: q.id, type: q.type, required: q.required, maxChoices: q.maxChoices, optionIds: q.options.map((o) => o.id) })),
          input.answers,
        );
        if ('problem' in checked) throw invalidField(checked.problem.field, checked.problem.message);
        await em.insert(PollParticipation, {
          pollId: id,
          userId: ctx.userId,
          householdId: household.householdId,
          ballotHouseholdId: poll.ballotUnit === 'household' ? household.householdId : null,
          at: now,
        });
        await em.insert(PollBallot, { id: newBallotId(), pollId: id, answers: checked.answers });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Which key refused it: hers (she answered), else her household's (someone of her flat did).
      if (await this.dataSource.getRepository(PollParticipation).existsBy({ pollId: id, userId: ctx.userId })) {
        throw conflict('POLL_ALREADY_ANSWERED', '您已参与过本次征求意见');
      }
      throw conflict('HOUSEHOLD_ALREADY_VOTED', '您家已有人参与本次征求意见（每户一票）');
    }
    return { pollId: id, answeredAt: now.toISOString(), participants: await this.dataSource.getRepository(PollParticipation).countBy({ pollId: id }) };
  }

  /** The adopted plan (采纳方案), once, after the poll closed: one of its options, words, or both. */
  async adopt(ctx: RequestContext, id: number, input: AdoptPollDto): Promise<PollDetail> {
    if (input.optionId === undefined && input.text === undefined) throw invalidField('optionId', '请选择采纳的选项，或填写采纳方案');
    try {
      await this.uow.run(async (em) => {
        const poll = await this.access.findVisible(ctx, 'poll', id, em);
        const now = this.clock.now();
        if (pollStatus(poll, now) !== 'closed') throw conflict('POLL_NOT_CLOSED', '征求意见结束后才能记录采纳方案');
        if (await em.existsBy(PollAdoption, { pollId: id })) throw adoptionRecorded();
        const option = input.optionId === undefined ? null : await em.findOneBy(PollOption, { id: input.optionId, pollId: id });
        if (input.optionId !== undefined && !option) throw invalidField('optionId', '不是本次征求意见的选项');
        await em.insert(PollAdoption, { pollId: id, optionId: option?.id ?? null, text: input.text ?? null, byId: ctx.userId, at: now });
        const plan = [option?.label, input.text].filter((part) => part !== undefined).join('：');
        await this.events.publish(em, { type: 'PollAdopted', poll, plan, at: now });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw adoptionRecorded();
      throw error;
    }
    return this.detail(ctx, id);
  }

  /** Polls in the caller's scope, newest first, 20 a page. */
  async list(ctx: RequestContext, query: ListPollsQuery): Promise<{ items: PollSummary[]; nextCursor: string | null }> {
    const now = this.clock.now();
    const qb = await this.scoped(ctx);
    if (query.communityId !== undefined) qb.andWhere('poll.communityId = :communityId', { communityId: query.communityId });
    if (query.status === 'scheduled') qb.andWhere('poll.closedAt IS NULL AND poll.opensAt > :now', { now });
    if (query.status === 'open') qb.andWhere('poll.closedAt IS NULL AND poll.opensAt <= :now AND poll.closesAt > :now', { now });
    if (query.status === 'closed') qb.andWhere(new Brackets((w) => w.where('poll.closedAt IS NOT NULL').orWhere('poll.closesAt <= :now', { now })));
    const rows = await orderFrom(qb, NEWEST, query.cursor ? decodeCursor(NEWEST, query.cursor) : null)
      .take(PAGE + 1)
      .getMany();
    const page = rows.slice(0, PAGE);
    const last = page[page.length - 1];
    const nextCursor = rows.length > PAGE && last ? encodeCursor(NEWEST, { key: last.createdAt, id: last.id }) : null;
    return { items: await this.summaries(ctx, page, now), nextCursor };
  }

  /** One poll in the caller's scope (outside: 404), with its questions. */
  async detail(ctx: RequestContext, id: number): Promise<PollDetail> {
    const poll = await (await this.scoped(ctx)).andWhere('poll.id = :id', { id }).getOne();
    if (!poll) throw pollNotFound();
    const now = this.clock.now();
    const [summary] = await this.summaries(ctx, [poll], now);
    const m = this.dataSource.manager;
    const staff = !isParticipant(ctx);
    const buildings = await m
      .createQueryBuilder(PollBuilding, 'pb')
      .innerJoinAndSelect('pb.building', 'building')
      .where('pb.pollId = :id', { id })
      .orderBy('building.name', 'ASC')
      .addOrderBy('building.id', 'ASC')
      .getMany();
    const invitees = staff ? await m.find(PollInvitee, { where: { pollId: id }, order: { userId: 'ASC' } }) : [];
    return {
      ...summary,
      description: poll.description,
      questions: (await this.questionsOf(m, [id])).map(toPollQuestion),
      buildings: buildings.map((b) => ({ id: b.buildingId, name: b.building?.name ?? '' })),
      invitedUserIds: invitees.map((i) => i.userId),
      notifyParticipants: poll.notifyParticipants,
      createdBy: toPerson(poll.createdBy),
      editable: staff && hasPermission(ctx.role, 'poll.manage') && summary.status !== 'closed' && summary.participants === 0,
      adoption: await this.adoptionOf(m, id),
    };
  }

  /**
   * The results: live for staff (with the free words, masked); for residents and liaisons once the
   * poll has closed (409 before), without the free words.
   */
  async results(ctx: RequestContext, id: number): Promise<PollResults> {
    const poll = await this.access.findVisible(ctx, 'poll', id);
    const staff = hasPermission(ctx.role, 'poll.results');
    if (!staff && pollStatus(poll, this.clock.now()) !== 'closed') throw conflict('POLL_RESULTS_NOT_PUBLISHED', '结果将在征求意见结束后公布');
    return this.resultsOf(poll, staff);
  }

  /**
   * The polls held — closed in `[from, to)` — in each of these communities, with their participants
   * and audiences summed, for the measures of participation (poll turnout per community and period).
   */
  async participation(communityIds: readonly number[] | 'all', from: Date, to: Date): Promise<PollParticipationFigures[]> {
    const qb = this.dataSource
      .getRepository(Poll)
      .createQueryBuilder('poll')
      .select('poll.communityId', 'communityId')
      .addSelect('COUNT(*)', 'polls')
      .addSelect('COALESCE(SUM(poll.eligibleAtClose), 0)', 'eligible')
      .addSelect('COALESCE(SUM((SELECT COUNT(*) FROM poll_participations pp WHERE pp.pollId = poll.id)), 0)', 'participants')
      .where('poll.closedAt >= :from AND poll.closedAt < :to', { from, to })
      .groupBy('poll.communityId')
      .orderBy('poll.communityId', 'ASC');
    if (communityIds !== 'all') {
      if (communityIds.length === 0) return [];
      qb.andWhere('poll.communityId IN (:...communityIds)', { communityIds: [...communityIds] });
    }
    const rows = await qb.getRawMany<{ communityId: number; polls: string | number; eligible: string | number; participants: string | number }>();
    return rows.map((r) => {
      const participants = Number(r.participants);
      const eligible = Number(r.eligible);
      return { communityId: Number(r.communityId), pollsHeld: Number(r.polls), participants, eligible, turnout: turnout(participants, eligible) };
    });
  }

  /** The results of a poll the caller may see (the .xlsx's too). */
  async resultsOf(poll: Poll, withTexts: boolean): Promise<PollResults> {
    const m = this.dataSource.manager;
    const questions = await this.questionsOf(m, [poll.id]);
    const ballots = await m.find(PollBallot, { select: { id: true, answers: true }, where: { pollId: poll.id } });
    const tallies = tallyPoll(
      questions.map((q) => ({ id: q.id, type: q.type, optionIds: q.options.map((o) => o.id) })),
      ballots.map((b) => b.answers),
    );
    const participants = await m.countBy(PollParticipation, { pollId: poll.id });
    const eligible = poll.eligibleAtClose ?? (await this.audience.countEligible(m, poll));
    return {
      pollId: poll.id,
      title: poll.title,
      status: pollStatus(poll, this.clock.now()),
      ballotUnit: poll.ballotUnit,
      participants,
      eligible,
      turnout: turnout(participants, eligible),
      questions: questions.map((q, i) => {
        const tally = tallies[i];
        const labels = new Map(q.options.map((o) => [o.id, o.label]));
        return {
          questionId: q.id,
          type: q.type,
          prompt: q.prompt,
          answered: tally.answered,
          options: tally.options.map((o) => ({ ...o, label: labels.get(o.optionId) ?? '' })),
          ...(q.type === 'ranked' ? { rankedOrder: bordaOrder(tally) } : {}),
          // Masked first, then sorted: the order follows what is shown.
          ...(q.type === 'text' && withTexts ? { texts: sortTexts((tally.texts ?? []).map((t) => maskPersonalData(t))) } : {}),
        };
      }),
      adoption: await this.adoptionOf(m, poll.id),
    };
  }

  /** A poll the caller may see, for the .xlsx (its permission is the route's). */
  visible(ctx: RequestContext, id: number): Promise<Poll> {
    return this.access.findVisible(ctx, 'poll', id);
  }

  // ---- helpers ----

  private checkTimes(input: CreatePollDto): { opensAt: Date; closesAt: Date } {
    const now = this.clock.now();
    const opensAt = input.opensAt === undefined ? now : parseDateTimeWithOffset(input.opensAt)!;
    const closesAt = parseDateTimeWithOffset(input.closesAt)!;
    if (closesAt.getTime() <= now.getTime()) throw invalidField('closesAt', '截止时间应晚于现在');
    if (closesAt.getTime() <= opensAt.getTime()) throw invalidField('closesAt', '截止时间应晚于开始时间');
    if (closesAt.getTime() > now.getTime() + POLL_LIMITS.maxDays * DAY) throw invalidField('closesAt', `截止时间不能晚于${POLL_LIMITS.maxDays}天后`);
    return { opensAt, closesAt };
  }

  private pollFields(input: CreatePollDto, times: { opensAt: Date; closesAt: Date }) {
    return {
      title: input.title,
      description: input.description,
      audience: input.audience,
      ballotUnit: input.ballotUnit,
      verifiedHouseholdsOnly: input.verifiedHouseholdsOnly ?? false,
      notifyParticipants: input.notifyParticipants ?? true,
      opensAt: times.opensAt,
      closesAt: times.closesAt,
    };
  }

  private async writeContents(em: EntityManager, pollId: number, questions: PollQuestionDto[], members: { buildingIds: number[]; invitedUserIds: number[] }) {
    for (const [position, q] of questions.entries()) {
      const { identifiers } = await em.insert(PollQuestion, {
        pollId,
        position,
        type: q.type,
        prompt: q.prompt,
        required: q.required ?? true,
        maxChoices: q.type === 'multiple' ? (q.maxChoices ?? null) : null,
      });
      const questionId = Number(identifiers[0].id);
      if (q.options?.length)
        await em.insert(
          PollOption,
          q.options.map((label, p) => ({ questionId, pollId, position: p, label })),
        );
    }
    if (members.buildingIds.length)
      await em.insert(
        PollBuilding,
        members.buildingIds.map((buildingId) => ({ pollId, buildingId })),
      );
    if (members.invitedUserIds.length)
      await em.insert(
        PollInvitee,
        members.invitedUserIds.map((userId) => ({ pollId, userId })),
      );
  }

  /** Whether her household (or her invitation) puts her in the poll's audience now. */
  private async inAudience(em: EntityManager, poll: Poll, userId: number, household: PersonHousehold): Promise<boolean> {
    const buildingIds = poll.audience === 'buildings' ? (await em.findBy(PollBuilding, { pollId: poll.id })).map((b) => b.buildingId) : [];
    const invitedUserIds = poll.audience === 'invited' ? (await em.findBy(PollInvitee, { pollId: poll.id, userId })).map((i) => i.userId) : [];
    return inAudience({ audience: poll.audience, communityId: poll.communityId, buildingIds, invitedUserIds }, { userId, household });
  }

  private scoped(ctx: RequestContext): Promise<SelectQueryBuilder<Poll>> {
    const qb = this.dataSource
      .getRepository(Poll)
      .createQueryBuilder('poll')
      .innerJoinAndSelect('poll.community', 'community')
      .innerJoinAndSelect('poll.createdBy', 'createdBy');
    return this.access.scope(ctx, 'poll', qb);
  }

  /** Each poll's questions with their options, in order. */
  private async questionsOf(em: EntityManager, pollIds: number[]): Promise<QuestionWithOptions[]> {
    if (pollIds.length === 0) return [];
    const questions = await em.find(PollQuestion, { where: { pollId: In(pollIds) }, order: { pollId: 'ASC', position: 'ASC' } });
    const options = await em.find(PollOption, { where: { pollId: In(pollIds) }, order: { questionId: 'ASC', position: 'ASC' } });
    return questions.map((q) => Object.assign(q, { options: options.filter((o) => o.questionId === q.id) }));
  }

  private async adoptionOf(em: EntityManager, pollId: number) {
    const adoption = await em.findOne(PollAdoption, { where: { pollId }, relations: { by: true, option: true } });
    return adoption ? toPollAdoption(adoption) : null;
  }

  /** The polls as listed: how many took part, whether a plan was adopted, and where the caller stands. */
  private async summaries(ctx: RequestContext, polls: Poll[], now: Date): Promise<PollSummary[]> {
    if (polls.length === 0) return [];
    const ids = polls.map((p) => p.id);
    const m = this.dataSource.manager;
    const counts = await m
      .createQueryBuilder(PollParticipation, 'pp')
      .select('pp.pollId', 'pollId')
      .addSelect('COUNT(*)', 'n')
      .where('pp.pollId IN (:...ids)', { ids })
      .groupBy('pp.pollId')
      .getRawMany<{ pollId: number; n: string | number }>();
    const participants = new Map(counts.map((c) => [Number(c.pollId), Number(c.n)]));
    const adopted = new Set((await m.find(PollAdoption, { select: { pollId: true }, where: { pollId: In(ids) } })).map((a) => a.pollId));
    const states = isParticipant(ctx) ? await this.answerStates(ctx, polls, now) : null;
    return polls.map((p) =>
      toPollSummary(p, { participants: participants.get(p.id) ?? 0, answerState: states?.get(p.id) ?? null, adopted: adopted.has(p.id) }, now),
    );
  }

  /** Where a resident stands with each poll: answered, her household answered, or what keeps her from answering. */
  private async answerStates(ctx: RequestContext, polls: Poll[], now: Date): Promise<Map<number, PollAnswerState>> {
    const m = this.dataSource.manager;
    const household = await this.households.householdOf(m, ctx.userId);
    const qb = m
      .createQueryBuilder(PollParticipation, 'pp')
      .where('pp.pollId IN (:...ids)', { ids: polls.map((p) => p.id) })
      .andWhere(
        new Brackets((w) => {
          w.where('pp.userId = :userId', { userId: ctx.userId });
          if (household) w.orWhere('pp.ballotHouseholdId = :householdId', { householdId: household.householdId });
        }),
      );
    const rows = await qb.getMany();
    return new Map(
      polls.map((p): [number, PollAnswerState] => {
        const mine = rows.filter((r) => r.pollId === p.id);
        if (mine.some((r) => r.userId === ctx.userId)) return [p.id, 'answered'];
        if (household && mine.some((r) => r.ballotHouseholdId === household.householdId)) return [p.id, 'householdAnswered'];
        const status = pollStatus(p, now);
        if (status === 'closed') return [p.id, 'closed'];
        if (status === 'scheduled') return [p.id, 'notOpen'];
        if (!household) return [p.id, 'householdRequired'];
        if (p.verifiedHouseholdsOnly && !household.verified) return [p.id, 'householdNotVerified'];
        return [p.id, 'canAnswer'];
      }),
    );
  }
}

function householdRequired() {
  return conflict('HOUSEHOLD_REQUIRED', '请先登记您的住址（楼栋、单元、门牌），再参与征求意见');
}

function adoptionRecorded() {
  return conflict('POLL_ADOPTION_RECORDED', '已记录采纳方案，不能重复记录');
}

/** The questions' options against their types: 400 on the question's field. */
function checkQuestions(questions: PollQuestionDto[]): void {
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    const options = q.options ?? [];
    if (q.maxChoices !== undefined && q.type !== 'multiple') throw invalidField(`${at}.maxChoices`, '只有多选题可以限定最多选几项');
    if (q.type === 'text') {
      if (options.length) throw invalidField(`${at}.options`, '填空题没有选项');
      return;
    }
    if (options.length < POLL_LIMITS.minOptions) throw invalidField(`${at}.options`, `选择题至少要有${POLL_LIMITS.minOptions}个选项`);
    const repeated = options.findIndex((label, j) => options.indexOf(label) !== j);
    if (repeated >= 0) throw invalidField(`${at}.options.${repeated}`, '选项重复');
    if (q.maxChoices !== undefined && q.maxChoices > options.length) throw invalidField(`${at}.maxChoices`, '最多可选项数不能超过选项数');
  });
}
