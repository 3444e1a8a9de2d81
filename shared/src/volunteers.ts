import { shanghaiParts } from './time';

/*
 * The community's volunteers (docs/domain.md §9): residents who apply to serve as a liaison (民情专员)
 * or register as an in-service party member reporting to the community (双报到在职党员), the training
 * courses they attend, and the team's age mix. The rules here are pure; the server stores and counts.
 */

/** What she applies to be: a liaison (her account becomes one) or a party member reporting to the community (she stays a resident). */
export const VOLUNTEER_KINDS = ['liaison', 'partyMember'] as const;
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number];
export const VOLUNTEER_KIND_LABELS: Record<VolunteerKind, string> = {
  liaison: '民情专员',
  partyMember: '双报到在职党员',
};

/** pending → accepted or declined by the community's staff; the applicant may withdraw while it is pending. */
export const VOLUNTEER_APPLICATION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type VolunteerApplicationStatus = (typeof VOLUNTEER_APPLICATION_STATUSES)[number];
export const VOLUNTEER_APPLICATION_STATUS_LABELS: Record<VolunteerApplicationStatus, string> = {
  pending: '待审核',
  accepted: '已通过',
  declined: '未通过',
  withdrawn: '已撤回',
};

/** What a volunteer can offer: her skills and the services she would like to give (one shared list, so the community can match them). */
export const VOLUNTEER_OFFERS = [
  'policyPromotion',
  'patrol',
  'mediation',
  'elderlyCare',
  'childrenAndYouth',
  'environment',
  'safety',
  'legalAdvice',
  'health',
  'culture',
  'digitalHelp',
  'repairs',
] as const;
export type VolunteerOffer = (typeof VOLUNTEER_OFFERS)[number];
export const VOLUNTEER_OFFER_LABELS: Record<VolunteerOffer, string> = {
  policyPromotion: '政策宣传',
  patrol: '巡查走访',
  mediation: '矛盾调解',
  elderlyCare: '助老服务',
  childrenAndYouth: '青少年服务',
  environment: '环境整治',
  safety: '平安巡逻',
  legalAdvice: '法律咨询',
  health: '医疗健康',
  culture: '文体活动',
  digitalHelp: '智能手机帮教',
  repairs: '维修便民',
};

/** When she is free. */
export const VOLUNTEER_TIMES = ['weekdayDaytime', 'weekdayEvening', 'weekend', 'holidays'] as const;
export type VolunteerTime = (typeof VOLUNTEER_TIMES)[number];
export const VOLUNTEER_TIME_LABELS: Record<VolunteerTime, string> = {
  weekdayDaytime: '工作日白天',
  weekdayEvening: '工作日晚上',
  weekend: '周末',
  holidays: '节假日',
};

// ---- birth year and the age mix ----

/** The earliest birth year taken. */
export const BIRTH_YEAR_MIN = 1900;
/** The youngest volunteer is 14 in the year she applies (the latest birth year is this year − 14). */
export const VOLUNTEER_MIN_AGE = 14;

/** The calendar year (Beijing time) at an instant: ages are counted in it. */
export const yearAt = (at: Date): number => shanghaiParts(at).year;

/** The birth years taken in a year: 1900 to that year − 14. */
export function birthYearRange(year: number): { min: number; max: number } {
  return { min: BIRTH_YEAR_MIN, max: year - VOLUNTEER_MIN_AGE };
}

export function isValidBirthYear(birthYear: number, year: number): boolean {
  const { min, max } = birthYearRange(year);
  return Number.isInteger(birthYear) && birthYear >= min && birthYear <= max;
}

/**
 * The age bands of the team (the paper's worry: older volunteers willing but less able, the younger
 * able but absent). A volunteer's age is the age she reaches in the year counted (year − birth year);
 * `unknown` when her birth year was never recorded.
 */
export const AGE_BANDS = ['under35', 'from35to49', 'from50to59', 'from60to69', 'from70', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under35: '35岁以下',
  from35to49: '35–49岁',
  from50to59: '50–59岁',
  from60to69: '60–69岁',
  from70: '70岁及以上',
  unknown: '未登记',
};

/** The lowest age of each band with an age (in order). */
const BAND_FLOORS: readonly [Exclude<AgeBand, 'unknown'>, number][] = [
  ['from70', 70],
  ['from60to69', 60],
  ['from50to59', 50],
  ['from35to49', 35],
  ['under35', -Infinity],
];

export function ageBandOf(birthYear: number | null, year: number): AgeBand {
  if (birthYear === null) return 'unknown';
  const age = year - birthYear;
  return BAND_FLOORS.find(([, floor]) => age >= floor)![0];
}

export type AgeBandCounts = Record<AgeBand, number>;

export function emptyAgeBands(): AgeBandCounts {
  return Object.fromEntries(AGE_BANDS.map((band) => [band, 0])) as AgeBandCounts;
}

/** How many volunteers fall in each band, every band present (zeros included). */
export function tallyAgeBands(birthYears: readonly (number | null)[], year: number): AgeBandCounts {
  const counts = emptyAgeBands();
  for (const birthYear of birthYears) counts[ageBandOf(birthYear, year)]++;
  return counts;
}

/** Adds band counts (a grid's or the street's from its communities'). */
export function addAgeBands(...all: readonly AgeBandCounts[]): AgeBandCounts {
  const sum = emptyAgeBands();
  for (const counts of all) for (const band of AGE_BANDS) sum[band] += counts[band];
  return sum;
}

/**
 * The shares of the recorded ages (the unknown left out): under 50 ("young enough to be able") and 60
 * and over; null when no age is recorded, so an empty team reads "no data", not 0 %.
 */
export function ageMixShares(counts: AgeBandCounts): { recorded: number; under50: number | null; from60: number | null } {
  const recorded = AGE_BANDS.filter((b) => b !== 'unknown').reduce((n, b) => n + counts[b], 0);
  if (recorded === 0) return { recorded, under50: null, from60: null };
  return {
    recorded,
    under50: (counts.under35 + counts.from35to49) / recorded,
    from60: (counts.from60to69 + counts.from70) / recorded,
  };
}

// ---- training courses ----

/** Who a course is for. */
export const TRAINING_AUDIENCES = ['liaison', 'partyMember', 'all'] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];
export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, string> = {
  liaison: '民情专员',
  partyMember: '双报到在职党员',
  all: '全体志愿者',
};

/** Whether a volunteer of a kind is among a course's audience. */
export function audienceIncludes(audience: TrainingAudience, kind: VolunteerKind): boolean {
  return audience === 'all' || audience === kind;
}

/** A course's (and a training record's) length: 0.5 to 24 hours, to the half hour. */
export const TRAINING_HOURS = { min: 0.5, max: 24 } as const;

export function isValidTrainingHours(hours: number): boolean {
  return Number.isFinite(hours) && hours >= TRAINING_HOURS.min && hours <= TRAINING_HOURS.max && Number.isInteger(hours * 2);
}

/** "Trained" on the team means a training in the last 12 months. */
export const TRAINED_WITHIN_MONTHS = 12;

/** The start of the training window: the same instant 12 calendar months before (29 February → 28 February). */
export function trainedSince(now: Date): Date {
  const since = new Date(now.getTime());
  const day = since.getUTCDate();
  since.setUTCDate(1);
  since.setUTCMonth(since.getUTCMonth() - TRAINED_WITHIN_MONTHS);
  const lastDay = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth() + 1, 0)).getUTCDate();
  since.setUTCDate(Math.min(day, lastDay));
  return since;
}
