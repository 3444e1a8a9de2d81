import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_TARGET_MARGIN_POINTS,
  SURVEY_TEXTS_SHOWN,
  combinedPopulation,
  formatShanghaiDate,
  maskPersonalData,
  requiredSampleSize,
  sampleProgress,
  surveyStatus,
  tallySurveyQuestion,
  type SurveyChoice,
  type SurveyCommunitySample,
  type SurveyHeadline,
  type SurveyQuestionResult,
  type SurveyResults,
  type SurveySample,
  type SurveyTally,
  type SurveyTextAnswer,
} from '@lingjuli/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ScopeService } from '../access/scope.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import type { SurveyResultsQueryDto } from './dto/surveys.dto';
import { SurveyAnswer } from './survey-answer.entity';
import { SurveyCommunity } from './survey-community.entity';
import { SurveyEntry } from './survey-entry.entity';
import { SurveyQuestion } from './survey-question.entity';
import { Survey } from './survey.entity';
import { closesOnOf, runByOf } from './survey.mapper';
import { SurveysService } from './surveys.service';

/** A text answer as read for the results: the words and where and when they were said. */
interface TextRow {
  questionId: number;
  communityId: number;
  text: string;
  interviewedAt: Date;
}

/** The choices counted: question → community → choice → answers. */
type Counts = Map<number, Map<number, Partial<Record<SurveyChoice, number>>>>;

/** A driver's DATETIME as an instant (MariaDB's driver gives a Date, SQLite's the UTC text). */
const instant = (value: unknown): Date => (value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`));

/**
 * A survey's results (docs/domain.md, "Door-to-door surveys"): per question, per community and for the communities shown
 * together, the sample, the counts, the share, its margin at 95 % and the Wilson interval — all
 * computed by the shared functions of `surveys.ts` from counts grouped by the database. Text answers are
 * staff's only, masked. Also each survey's headline beside the appeal ratings in the measures.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly scopes: ScopeService,
    private readonly surveys: SurveysService,
  ) {}

  /**
   * The results over the survey's communities in the caller's scope (or the one she asks for: another is
   * 404). `allTexts` reads every text answer (the .xlsx) instead of the newest SURVEY_TEXTS_SHOWN.
   */
  async results(ctx: RequestContext, id: number, query: SurveyResultsQueryDto, allTexts = false): Promise<SurveyResults> {
    const survey = await this.surveys.get(ctx, id);
    const em = this.dataSource.manager;
    const scope = await this.scopes.communityIds(ctx.actor);
    let shown = survey.communities.filter((c) => scope === 'all' || scope.includes(c.communityId));
    if (query.communityId !== undefined) {
      shown = shown.filter((c) => c.communityId === query.communityId);
      if (!shown.length) throw notFound('COMMUNITY_NOT_FOUND', '该调查没有这个社区');
    }
    const ids = shown.map((c) => c.communityId);
    const marginPoints = query.marginPoints ?? DEFAULT_TARGET_MARGIN_POINTS;
    const questions = await em.find(SurveyQuestion, { where: { surveyId: id }, order: { position: 'ASC' } });
    const textQuestions = questions.filter((q) => q.type === 'text').map((q) => q.id);
    const [entries, counts, texts, textCounts] = await Promise.all([
      this.entryCounts(em, id, ids),
      choiceCounts(em, { surveyId: id }, ids),
      this.texts(em, id, textQuestions, ids, allTexts ? null : SURVEY_TEXTS_SHOWN),
      this.textCounts(em, id, ids),
    ]);

    const sample = (entriesCount: number, targetCount: number, households: number | null): SurveySample => ({
      entries: entriesCount,
      target: targetCount,
      progress: sampleProgress(entriesCount, targetCount),
      households,
      neededForMargin: requiredSampleSize(marginPoints / 100, households),
    });
    const households = new Map(shown.map((c) => [c.communityId, c.households]));
    const population = combinedPopulation(shown.map((c) => c.households));
    const names = new Map(shown.map((c) => [c.communityId, c.communityName]));
    const communities: SurveyCommunitySample[] = shown.map((c) => ({
      communityId: c.communityId,
      communityName: c.communityName,
      ...sample(entries.get(c.communityId) ?? 0, survey.targetSampleSize, c.households),
    }));
    const totalEntries = communities.reduce((sum, c) => sum + c.entries, 0);

    return {
      survey,
      targetMarginPoints: marginPoints,
      overall: sample(totalEntries, survey.targetSampleSize * shown.length, population),
      communities,
      questions: questions.map((q): SurveyQuestionResult => {
        const base = { questionId: q.id, position: q.position, type: q.type, text: q.text };
        if (q.type === 'text') {
          const mine = texts.filter((t) => t.questionId === q.id);
          return {
            ...base,
            overall: null,
            byCommunity: [],
            texts: mine.map((t): SurveyTextAnswer => ({
              communityId: t.communityId,
              communityName: names.get(t.communityId) ?? '',
              text: maskPersonalData(t.text),
              interviewedAt: t.interviewedAt.toISOString(),
            })),
            textCount: textCounts.get(q.id) ?? 0,
          };
        }
        const type = q.type;
        const byCommunity = counts.get(q.id) ?? new Map<number, Partial<Record<SurveyChoice, number>>>();
        return {
          ...base,
          overall: tallySurveyQuestion(type, sumCounts([...byCommunity.values()]), population),
          byCommunity: shown.map((c) => ({
            communityId: c.communityId,
            communityName: c.communityName,
            tally: tallySurveyQuestion(type, byCommunity.get(c.communityId) ?? {}, households.get(c.communityId)),
          })),
          texts: [],
          textCount: 0,
        };
      }),
      serverTime: this.clock.now().toISOString(),
    };
  }

  /**
   * The measures' surveys (`GET /measures`): those of the given communities open at any time in
   * [from, to), newest first, each with its first satisfaction question's result over those of the
   * communities that take part. An empty list for no community (a department's scope).
   */
  async headlines(communityIds: readonly number[], from: Date, to: Date): Promise<SurveyHeadline[]> {
    if (!communityIds.length) return [];
    const em = this.dataSource.manager;
    const now = this.clock.now();
    const surveys = await em
      .createQueryBuilder(Survey, 'survey')
      .leftJoinAndSelect('survey.community', 'community')
      .where((qb) => {
        const taking = qb
          .subQuery()
          .select('1')
          .from(SurveyCommunity, 'sc')
          .where('sc.surveyId = survey.id')
          .andWhere('sc.communityId IN (:...communityIds)')
          .getQuery();
        return `EXISTS ${taking}`;
      })
      .setParameter('communityIds', communityIds)
      // Open at some time in the period: begun before its end, not stopped before its start.
      .andWhere('survey.opensAt < :to AND survey.closesAt > :from', { from, to })
      .andWhere('(survey.closedAt IS NULL OR (survey.closedAt > :from AND survey.closedAt > survey.opensAt))')
      .orderBy('survey.opensAt', 'DESC')
      .addOrderBy('survey.id', 'DESC')
      .take(50)
      .getMany();
    if (!surveys.length) return [];
    const ids = surveys.map((s) => s.id);
    const [questions, taking] = await Promise.all([
      em.find(SurveyQuestion, { where: { surveyId: In(ids), type: 'satisfaction' }, order: { position: 'ASC' } }),
      em.find(SurveyCommunity, { where: { surveyId: In(ids), communityId: In([...communityIds]) } }),
    ]);
    const firstOf = new Map<number, SurveyQuestion>();
    for (const q of questions) if (!firstOf.has(q.surveyId)) firstOf.set(q.surveyId, q);
    // Every headline's answers in one grouped read: an answer's community is always one taking part.
    const counts = await choiceCounts(em, { questionIds: [...firstOf.values()].map((q) => q.id) }, [...communityIds]);
    return surveys.map((survey): SurveyHeadline => {
      const question = firstOf.get(survey.id) ?? null;
      const households = taking.filter((c) => c.surveyId === survey.id).map((c) => c.households);
      const tally: SurveyTally | null = question
        ? tallySurveyQuestion('satisfaction', sumCounts([...(counts.get(question.id)?.values() ?? [])]), combinedPopulation(households))
        : null;
      return {
        surveyId: survey.id,
        title: survey.title,
        runBy: runByOf(survey),
        opensOn: formatShanghaiDate(survey.opensAt),
        closesOn: closesOnOf(survey),
        status: surveyStatus(survey, now),
        questionId: question?.id ?? null,
        questionText: question?.text ?? null,
        n: tally?.n ?? 0,
        share: tally?.share ?? null,
        marginOfError: tally?.marginOfError ?? null,
        wilson: tally?.wilson ?? null,
      };
    });
  }

  private async entryCounts(em: EntityManager, surveyId: number, communityIds: number[]): Promise<Map<number, number>> {
    if (!communityIds.length) return new Map();
    const rows = await em
      .createQueryBuilder(SurveyEntry, 'entry')
      .select('entry.communityId', 'communityId')
      .addSelect('COUNT(*)', 'n')
      .where('entry.surveyId = :surveyId AND entry.communityId IN (:...communityIds)', { surveyId, communityIds })
      .groupBy('entry.communityId')
      .getRawMany<{ communityId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.communityId), Number(r.n)]));
  }

  /** A text question's answers with words, newest first (`limit` per question, or all). */
  private async texts(em: EntityManager, surveyId: number, questionIds: number[], communityIds: number[], limit: number | null): Promise<TextRow[]> {
    if (!questionIds.length || !communityIds.length) return [];
    const perQuestion = await Promise.all(
      questionIds.map(async (questionId) => {
        const qb = em
          .createQueryBuilder(SurveyAnswer, 'answer')
          .innerJoin(SurveyEntry, 'entry', 'entry.id = answer.entryId')
          .select('answer.questionId', 'questionId')
          .addSelect('answer.communityId', 'communityId')
          .addSelect('answer.text', 'text')
          .addSelect('entry.interviewedAt', 'interviewedAt')
          .where('answer.surveyId = :surveyId AND answer.questionId = :questionId', { surveyId, questionId })
          .andWhere('answer.communityId IN (:...communityIds)', { communityIds })
          .andWhere('answer.text IS NOT NULL')
          .orderBy('answer.id', 'DESC');
        if (limit !== null) qb.limit(limit);
        const rows = await qb.getRawMany<{ questionId: number | string; communityId: number | string; text: string; interviewedAt: unknown }>();
        return rows.map((r) => ({
          questionId: Number(r.questionId),
          communityId: Number(r.communityId),
          text: r.text,
          interviewedAt: instant(r.interviewedAt),
        }));
      }),
    );
    return perQuestion.flat();
  }

  private async textCounts(em: EntityManager, surveyId: number, communityIds: number[]): Promise<Map<number, number>> {
    if (!communityIds.length) return new Map();
    const rows = await em
      .createQueryBuilder(SurveyAnswer, 'answer')
      .select('answer.questionId', 'questionId')
      .addSelect('COUNT(*)', 'n')
      .where('answer.surveyId = :surveyId AND answer.communityId IN (:...communityIds)', { surveyId, communityIds })
      .andWhere('answer.text IS NOT NULL')
      .groupBy('answer.questionId')
      .getRawMany<{ questionId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.questionId), Number(r.n)]));
  }
}

/**
 * The choices counted per question and community, grouped by the database: a survey's questions (from
 * the tally index), or given questions of several surveys.
 */
async function choiceCounts(em: EntityManager, of: { surveyId: number } | { questionIds: number[] }, communityIds: number[]): Promise<Counts> {
  const counts: Counts = new Map();
  if (!communityIds.length || ('questionIds' in of && !of.questionIds.length)) return counts;
  const qb = em
    .createQueryBuilder(SurveyAnswer, 'answer')
    .select('answer.questionId', 'questionId')
    .addSelect('answer.communityId', 'communityId')
    .addSelect('answer.choice', 'choice')
    .addSelect('COUNT(*)', 'n');
  if ('surveyId' in of) qb.where('answer.surveyId = :surveyId', { surveyId: of.surveyId });
  else qb.where('answer.questionId IN (:...questionIds)', { questionIds: of.questionIds });
  const rows = await qb
    .andWhere('answer.communityId IN (:...communityIds)', { communityIds })
    .andWhere('answer.choice IS NOT NULL')
    .groupBy('answer.questionId')
    .addGroupBy('answer.communityId')
    .addGroupBy('answer.choice')
    .getRawMany<{ questionId: number | string; communityId: number | string; choice: SurveyChoice; n: number | string }>();
  for (const r of rows) {
    const byCommunity = counts.get(Number(r.questionId)) ?? new Map<number, Partial<Record<SurveyChoice, number>>>();
    const choices = byCommunity.get(Number(r.communityId)) ?? {};
    choices[r.choice] = Number(r.n);
    byCommunity.set(Number(r.communityId), choices);
    counts.set(Number(r.questionId), byCommunity);
  }
  return counts;
}

function sumCounts(parts: Partial<Record<SurveyChoice, number>>[]): Partial<Record<SurveyChoice, number>> {
  const sum: Partial<Record<SurveyChoice, number>> = {};
  for (const part of parts) for (const [choice, n] of Object.entries(part) as [SurveyChoice, number][]) sum[choice] = (sum[choice] ?? 0) + n;
  return sum;
}
