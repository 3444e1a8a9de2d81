/**
 * The six powers of a community over the subdistrict's departments (六项权力, docs/domain.md §8):
 * enums, Chinese labels, the whistle deadline policy, the evaluation scale and the department
 * ranking, as pure domain rules shared by the server and the mini-program.
 */
import type { Tier } from './enums';
import { shanghaiMidnight, shanghaiParts } from './time';

// ---- whistle 吹哨权 ----

/** `closed` by the community, rating each department; `cancelled` when its appeal ended (withdrawn, rejected, closed) first. */
export const WHISTLE_STATUSES = ['open', 'closed', 'cancelled'] as const;
export type WhistleStatus = (typeof WHISTLE_STATUSES)[number];

/** A department's part in a whistle: whistled → reported in (报到) → completed. */
export const WHISTLE_TARGET_STATUSES = ['whistled', 'reportedIn', 'completed'] as const;
export type WhistleTargetStatus = (typeof WHISTLE_TARGET_STATUSES)[number];

/**
 * Whether a department's part keeps the whistle open: while it is working on it, or may still report
 * in. One that let its report-in deadline pass without reporting in does not: the community need not
 * wait for it any longer, and may close the whistle, rating that response.
 */
export function holdsWhistleOpen(part: { status: WhistleTargetStatus; reportInMissed: boolean }): boolean {
  return part.status === 'reportedIn' || (part.status === 'whistled' && !part.reportInMissed);
}

export const WHISTLE_STATUS_LABELS: Record<WhistleStatus, string> = { open: '进行中', closed: '已结束', cancelled: '已撤销' };
export const WHISTLE_TARGET_STATUS_LABELS: Record<WhistleTargetStatus, string> = {
  whistled: '待报到',
  reportedIn: '已报到',
  completed: '已办结',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How soon a whistled department must report in (报到), by the tier of the matter; a whistle may set its own. */
export const WHISTLE_REPORT_IN_MS: Record<Tier, number> = {
  emergency: 30 * MINUTE,
  utility: 2 * HOUR,
  ordinary: 24 * HOUR,
  complex: 72 * HOUR,
};

/** Bounds for a whistle's own report-in time. */
export const WHISTLE_REPORT_IN_MINUTES = { min: 10, max: 7 * 24 * 60 } as const;

export function whistleReportInDue(tier: Tier, whistledAt: Date, customMinutes?: number | null): Date {
  const ms = customMinutes ? customMinutes * MINUTE : WHISTLE_REPORT_IN_MS[tier];
  return new Date(whistledAt.getTime() + ms);
}

// ---- suggestion 建议权 ----

export const PROJECT_KINDS = ['infrastructure', 'service'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** A street project in a community's area: it may start only once the community has given its opinion. */
export const PROJECT_STATUSES = ['awaitingOpinion', 'opinionGiven', 'started'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const OPINIONS = ['agree', 'agreeWithConditions', 'object'] as const;
export type Opinion = (typeof OPINIONS)[number];

export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = { infrastructure: '基础设施', service: '服务项目' };
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  awaitingOpinion: '待社区意见',
  opinionGiven: '社区已回复',
  started: '已开工',
};
export const OPINION_LABELS: Record<Opinion, string> = { agree: '同意', agreeWithConditions: '有条件同意', object: '反对' };

/** Default time a community has to give its opinion on a project. */
export const PROJECT_OPINION_DAYS = 7;

// ---- evaluation 考评权 ----

/** Communities score each department they worked with, 0–100 (whole points). */
export const EVALUATION_SCALE = { min: 0, max: 100 } as const;

export function isValidScore(score: number): boolean {
  return Number.isInteger(score) && score >= EVALUATION_SCALE.min && score <= EVALUATION_SCALE.max;
}

/** The weights of the year-end ranking (shown with it); they add up to 1. */
export const RANKING_WEIGHTS = {
  /** Mean of the communities' scores, 0–100. */
  communityScore: 0.5,
  /** Whistles reported in on time / whistles. */
  whistleOnTime: 0.2,
  /** Dispatched appeals the department completed by the appeal's deadline / dispatched. */
  dispatchOnTime: 0.15,
  /** Residents' satisfaction on the department's appeals: (satisfied + basically) / rated. */
  satisfaction: 0.15,
} as const;
export type RankingMeasure = keyof typeof RANKING_WEIGHTS;

export const RANKING_MEASURE_LABELS: Record<RankingMeasure, string> = {
  communityScore: '社区考评得分',
  whistleOnTime: '吹哨按时报到率',
  dispatchOnTime: '派单按时办结率',
  satisfaction: '居民满意率',
};

/** One department's measured data for a period. Counts of zero mean "no data" for that measure. */
export interface DepartmentPeriodData {
  departmentId: number;
  departmentName: string;
  scores: number[];
  whistles: number;
  whistlesOnTime: number;
  dispatched: number;
  dispatchedOnTime: number;
  rated: number;
  satisfied: number;
}

export interface RankedDepartment {
  rank: number;
  departmentId: number;
  departmentName: string;
  /** Each measure as 0–100, or null where there was no data. */
  measures: Record<RankingMeasure, number | null>;
  /** The weighted total, 0–100, over the measures that have data (their weights rescaled to add up to 1). */
  total: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The department ranking (docs/domain.md §10.2): each measure on a 0–100 scale, weighted by RANKING_WEIGHTS; a
 * measure without data is left out and the others' weights are rescaled, so a department is not
 * punished for never having been whistled. Ties share a rank (1, 2, 2, 4); order then by name.
 */
export function rankDepartments(data: readonly DepartmentPeriodData[]): RankedDepartment[] {
  const rows = data.map((d) => {
    const measures: Record<RankingMeasure, number | null> = {
      communityScore: d.scores.length ? d.scores.reduce((a, b) => a + b, 0) / d.scores.length : null,
      whistleOnTime: d.whistles ? (100 * d.whistlesOnTime) / d.whistles : null,
      dispatchOnTime: d.dispatched ? (100 * d.dispatchedOnTime) / d.dispatched : null,
      satisfaction: d.rated ? (100 * d.satisfied) / d.rated : null,
    };
    let weighted = 0;
    let weights = 0;
    for (const key of Object.keys(RANKING_WEIGHTS) as RankingMeasure[]) {
      const value = measures[key];
      if (value === null) continue;
      weighted += value * RANKING_WEIGHTS[key];
      weights += RANKING_WEIGHTS[key];
    }
    const rounded = Object.fromEntries(Object.entries(measures).map(([k, v]) => [k, v === null ? null : round1(v)])) as Record<RankingMeasure, number | null>;
    return { departmentId: d.departmentId, departmentName: d.departmentName, measures: rounded, total: weights ? round1(weighted / weights) : 0 };
  });
  rows.sort((a, b) => b.total - a.total || a.departmentName.localeCompare(b.departmentName, 'zh'));
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || rows[i - 1].total !== row.total) rank = i + 1;
    return { ...row, rank };
  });
}

/** The default evaluation period: the calendar quarter (in Beijing time) that contains `at`. */
export function quarterOf(at: Date): { name: string; startsAt: Date; endsAt: Date } {
  const { year, month } = shanghaiParts(at);
  const q = Math.floor((month - 1) / 3);
  return { name: `${year}年第${q + 1}季度`, startsAt: shanghaiMidnight(year, q * 3 + 1, 1), endsAt: shanghaiMidnight(year, q * 3 + 4, 1) };
}

// ---- management 管理权 ----

export const MANAGEMENT_ITEM_KINDS = ['power', 'resource'] as const;
export type ManagementItemKind = (typeof MANAGEMENT_ITEM_KINDS)[number];
export const MANAGEMENT_ITEM_KIND_LABELS: Record<ManagementItemKind, string> = { power: '管理权限', resource: '可统筹资源' };

// ---- liaisons 民情专员 ----

export const LIAISON_DUTIES = ['policyPromoter', 'observer', 'mediator', 'liaison'] as const;
export type LiaisonDuty = (typeof LIAISON_DUTIES)[number];
export const LIAISON_DUTY_LABELS: Record<LiaisonDuty, string> = {
  policyPromoter: '政策宣传员',
  observer: '民情观察员',
  mediator: '矛盾调解员',
  liaison: '居民联系员',
};

// ---- disposal 自主支配权: reward requests ----

/** 一事一议 (for given appeals) or 综合考评 (a periodic evaluation). */
export const REWARD_BASES = ['caseByCase', 'periodic'] as const;
export type RewardBasis = (typeof REWARD_BASES)[number];

/**
 * draft → (meeting recorded) → awaitingApproval → approved (goes to the street) → acknowledged;
 * the secretary may return it (returned), and the community resubmits.
 */
export const REWARD_STATUSES = ['draft', 'awaitingApproval', 'returned', 'approved', 'acknowledged'] as const;
export type RewardStatus = (typeof REWARD_STATUSES)[number];

export const REWARD_BASIS_LABELS: Record<RewardBasis, string> = { caseByCase: '一事一议', periodic: '综合考评' };
export const REWARD_STATUS_LABELS: Record<RewardStatus, string> = {
  draft: '草稿',
  awaitingApproval: '待书记审批',
  returned: '已退回',
  approved: '已批准，报街道',
  acknowledged: '街道已确认',
};
