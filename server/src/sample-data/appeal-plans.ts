import {
  DEFAULT_TIER_POLICY,
  proposeTriage,
  type Channel,
  type EmergencyService,
  type FeedbackMethod,
  type NoteVisibility,
  type Satisfaction,
  type Tier,
} from '@lingjuli/shared';
import type { CreateAppealDto } from '../appeals/dto/create-appeal.dto';
import type { User } from '../users/user.entity';
import {
  ACCEPT_NOTES,
  CONTACT_SUFFIXES,
  INTERIM_FALLBACK,
  INTERNAL_NOTES,
  LIAISON_TEMPLATES,
  OPEN_PLACES,
  RATING_COMMENTS,
  REJECT_TEMPLATES,
  RESIDENT_OPINIONS,
  RESIDENT_TEMPLATES,
  WITHDRAW_REASONS,
  type AppealTemplate,
} from './appeal-templates';
import type { Random } from './random';
import { SAMPLE_DEPARTMENTS, type DepartmentKey, type SampleCommunity, type SampleOrganisation } from './sample-organisation';

/**
 * Plans for sample appeals: who files what, through which channel, and the history that follows,
 * as steps at offsets from receipt. Pure: no database; the runner (sample-appeals.ts) plays each plan
 * through the real services with the clock set to each step's time.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How far back sample receipts go. */
export const HISTORY_DAYS = 60;

/** Where an appeal's history ends up at `now`. */
export type Outcome =
  /** Handled, fed back, and (when filed online) rated well and closed. */
  | 'closed'
  /** Rated unsatisfied, reopened once, handled again, then rated well. */
  | 'reopened'
  /** Rated badly twice; the community secretary reviewed and closed it. */
  | 'secretaryReview'
  | 'awaitingRating'
  | 'awaitingFeedback'
  | 'inProgress'
  | 'received'
  /** Received long ago and still without feedback: past its deadline. */
  | 'overdue'
  /** Escalated to the street, dispatched, resolved by the lead department, fed back. */
  | 'escalatedClosed'
  | 'escalatedInProgress'
  /** Escalated; the command centre has not dispatched it yet. */
  | 'escalatedPending'
  | 'rejected'
  | 'withdrawn';

const OUTCOME_WEIGHTS: readonly (readonly [Outcome, number])[] = [
  ['closed', 46],
  ['reopened', 4],
  ['secretaryReview', 1],
  ['awaitingRating', 5],
  ['awaitingFeedback', 4],
  ['inProgress', 11],
  ['received', 3],
  ['overdue', 5],
  ['escalatedClosed', 8],
  ['escalatedInProgress', 4],
  ['escalatedPending', 2],
  ['rejected', 3],
  ['withdrawn', 3],
];

/** Outcomes that leave an appeal open for a while: an emergency could not stay open without breaching. */
const NO_EMERGENCY: ReadonlySet<Outcome> = new Set([
  'reopened',
  'secretaryReview',
  'inProgress',
  'received',
  'overdue',
  'escalatedInProgress',
  'escalatedPending',
  'withdrawn',
]);

/** Outcomes placed anywhere in the history (the others are placed relative to now). */
const FINISHED: ReadonlySet<Outcome> = new Set(['closed', 'reopened', 'secretaryReview', 'escalatedClosed', 'rejected', 'withdrawn']);

type ChannelWeights = readonly (readonly [Channel, number])[];
/** Residents file most matters in the mini-program; staff record walk-ins, calls and 12345 tickets. */
const CHANNELS_DEFAULT: ChannelWeights = [
  ['online', 62],
  ['window', 10],
  ['hotline', 11],
  ['liaison', 10],
  ['city12345', 7],
];
/** Only a resident with an account can rate or withdraw, so these outcomes are online filings. */
const CHANNELS_BY_OUTCOME: Partial<Record<Outcome, ChannelWeights>> = {
  reopened: [['online', 1]],
  secretaryReview: [['online', 1]],
  withdrawn: [['online', 1]],
  rejected: [
    ['online', 60],
    ['hotline', 25],
    ['city12345', 15],
  ],
  received: [
    ['online', 60],
    ['liaison', 25],
    ['city12345', 15],
  ],
};

// ---- steps ----

type Doer = 'handler' | 'lead';

export type StepBody =
  | { kind: 'accept'; tier?: Tier; note?: string }
  | { kind: 'assignLiaison'; note?: string }
  | { kind: 'note'; by: Doer; content: string; visibility: NoteVisibility }
  | { kind: 'feedback'; by: 'handler' | 'liaison'; method: FeedbackMethod; content: string; residentOpinion?: string }
  | { kind: 'resolve'; by: Doer; note: string; handedTo?: EmergencyService }
  | { kind: 'rate'; solved: boolean; satisfaction: Satisfaction; comment?: string }
  | { kind: 'secretaryReview'; decision: 'close' | 'reopen'; note: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'withdraw'; reason?: string }
  | { kind: 'escalate'; reason: string; consultationNote: string }
  | { kind: 'dispatch'; lead: DepartmentKey; assist: readonly DepartmentKey[]; note: string }
  | { kind: 'completeAssignment'; department: DepartmentKey; note: string };

/** A step `at` milliseconds after receipt. */
export type Step = StepBody & { at: number };

export interface AppealPlan {
  index: number;
  outcome: Outcome;
  channel: Channel;
  place: SampleCommunity;
  /** The resident (online), liaison (liaison) or staff member (window, hotline, 12345) who files it. */
  filer: User;
  /** The community worker who takes it in and handles it. */
  handler: User;
  /** The liaison sent to visit with feedback. */
  liaison: User;
  input: CreateAppealDto;
  receivedAt: Date;
  steps: Step[];
  /** Complex appeals get a public progress note before each 72-hour mark (not the neglected, overdue ones). */
  keepProgress: boolean;
}

/** Builds a history with a moving cursor; `at` offsets only grow. */
class Script {
  readonly steps: Step[] = [];
  private cursor = 0;

  constructor(private readonly rng: Random) {}

  after(min: number, max: number): this {
    this.cursor += this.rng.between(min, max);
    return this;
  }

  /** Moves the cursor to at least `offset` from receipt. */
  notBefore(offset: number): this {
    this.cursor = Math.max(this.cursor, offset);
    return this;
  }

  add(step: StepBody): this {
    this.steps.push({ ...step, at: this.cursor });
    return this;
  }

  get span(): number {
    return this.cursor;
  }
}

const windowOf = (tier: Tier) => DEFAULT_TIER_POLICY.tiers[tier].windowMs;

/** Time to take an appeal in after receipt, by tier. */
const ACCEPT_DELAY: Record<Tier, readonly [number, number]> = {
  emergency: [1 * MINUTE, 6 * MINUTE],
  utility: [10 * MINUTE, 2 * HOUR],
  ordinary: [30 * MINUTE, 20 * HOUR],
  complex: [1 * HOUR, 1 * DAY],
};
/** Time from acceptance to first (interim) feedback, well inside the tier's window (emergencies are resolved instead). */
const INTERIM_DELAY: Record<Tier, readonly [number, number]> = {
  emergency: [5 * MINUTE, 10 * MINUTE],
  utility: [30 * MINUTE, 10 * HOUR],
  ordinary: [2 * HOUR, 3 * DAY],
  complex: [1 * DAY, 8 * DAY],
};
/** Time to solve it. */
const WORK_DELAY: Record<Tier, readonly [number, number]> = {
  emergency: [8 * MINUTE, 20 * MINUTE],
  utility: [1 * HOUR, 30 * HOUR],
  ordinary: [6 * HOUR, 6 * DAY],
  complex: [3 * DAY, 20 * DAY],
};

/** What a plan builder knows and changes (the tier can change on acceptance). */
interface Draft {
  rng: Random;
  s: Script;
  outcome: Outcome;
  channel: Channel;
  template: AppealTemplate | null;
  tier: Tier;
  staffFiled: boolean;
  online: boolean;
  /** Whether the current cycle's first-feedback (or resolution) requirement has been met. */
  responded: boolean;
  resolveNote: string;
}

// ---- the plan builders, one per outcome ----

function take(d: Draft): void {
  const acceptAs = d.template?.acceptAs;
  const urgent = (acceptAs?.tier ?? d.tier) === 'emergency';
  const [min, max] = urgent ? ACCEPT_DELAY.emergency : d.staffFiled ? [1 * MINUTE, 15 * MINUTE] : ACCEPT_DELAY[d.tier];
  d.s.after(min, max).add({
    kind: 'accept',
    tier: acceptAs?.tier,
    note: acceptAs?.note ?? (d.rng.chance(0.6) ? d.rng.pick(ACCEPT_NOTES) : undefined),
  });
  if (acceptAs) d.tier = acceptAs.tier;
}

function feedbackMethod(d: Draft): FeedbackMethod {
  return d.rng.weighted<FeedbackMethod>([
    ['visit', 45],
    ['phone', 40],
    ['online', d.online ? 15 : 0],
  ]);
}

/** Interim feedback; `late` places it after the deadline (a few appeals miss it, as in real life). */
function interimFeedback(d: Draft, late = false): void {
  const [min, max] = INTERIM_DELAY[d.tier];
  d.s.after(min, max);
  if (late) d.s.notBefore(windowOf(d.tier) + d.rng.between(HOUR, windowOf(d.tier) * 0.25));
  d.s.add({
    kind: 'feedback',
    by: 'handler',
    method: feedbackMethod(d),
    content: d.rng.pick(d.template?.interim ?? INTERIM_FALLBACK),
  });
  d.responded = true;
}

function internalNote(d: Draft, min = 1 * HOUR, max = 1 * DAY): void {
  d.s.after(min, max).add({ kind: 'note', by: 'handler', content: d.rng.pick(INTERNAL_NOTES), visibility: 'internal' });
}

/** Handle at community level: interim feedback (mostly), work, resolve. */
function solveInCommunity(d: Draft, options: { allowLate?: boolean } = {}): void {
  const quick = d.tier === 'emergency';
  const interim = !quick && (d.tier === 'complex' || d.rng.chance(0.65));
  if (interim) interimFeedback(d, options.allowLate === true && d.rng.chance(0.07));
  if (!quick && d.rng.chance(0.25)) internalNote(d);
  const [min, max] = WORK_DELAY[d.tier];
  // Without interim feedback the final feedback must itself come inside the window.
  d.s.after(min, interim ? max : Math.max(min + 1, windowOf(d.tier) * 0.4));
  d.resolveNote = d.rng.pick(d.template?.resolve ?? ['已处理完毕。']);
  d.s.add({ kind: 'resolve', by: 'handler', note: d.resolveNote, handedTo: d.template?.handedTo });
  if (d.tier === 'emergency') d.responded = true;
}

/** Final feedback: by the handler, by a liaison sent to visit (assigned after resolution), or jointly with the lead department. */
function finalFeedback(d: Draft, jointWith?: string): void {
  const [min, max] = d.tier === 'emergency' ? [20 * MINUTE, 4 * HOUR] : [1 * HOUR, Math.min(2 * DAY, windowOf(d.tier) * 0.3)];
  const residentOpinion = d.online ? undefined : d.rng.pick(RESIDENT_OPINIONS);
  if (jointWith) {
    d.s.after(min, max).add({
      kind: 'feedback',
      by: 'handler',
      method: 'visit',
      content: `社区与${jointWith}共同上门反馈办理结果：${d.resolveNote}`,
      residentOpinion,
    });
  } else if (d.channel === 'liaison' || d.rng.chance(0.3)) {
    d.s.after(10 * MINUTE, 3 * HOUR).add({ kind: 'assignLiaison', note: '请民情专员上门反馈办理结果。' });
    d.s.after(min, max).add({ kind: 'feedback', by: 'liaison', method: 'visit', content: `民情专员上门反馈：${d.resolveNote}`, residentOpinion });
  } else {
    const method = feedbackMethod(d);
    const how = method === 'visit' ? '上门反馈' : method === 'phone' ? '电话反馈' : '线上回复';
    d.s.after(min, max).add({ kind: 'feedback', by: 'handler', method, content: `${how}：${d.resolveNote}`, residentOpinion });
  }
  d.responded = true;
}

function rate(d: Draft, good: boolean): void {
  const satisfaction: Satisfaction = good ? (d.rng.chance(0.8) ? 'satisfied' : 'basicallySatisfied') : 'unsatisfied';
  d.s.after(30 * MINUTE, 3 * DAY).add({
    kind: 'rate',
    solved: good,
    satisfaction,
    // An unhappy resident always says why.
    comment: !good || d.rng.chance(0.7) ? d.rng.pick(RATING_COMMENTS[satisfaction]) : undefined,
  });
}

/** After a reopen: a new cycle with its own deadline (counted from the reopen). */
function handleAgain(d: Draft): void {
  d.responded = false;
  d.s.after(1 * HOUR, 1 * DAY).add({ kind: 'note', by: 'handler', content: '居民对办理结果不满意，书记督办，重新安排处理。', visibility: 'internal' });
  solveInCommunity(d);
  finalFeedback(d);
}

/** Community and grid secretary consult, the secretary files the dispatch order, the command centre dispatches. */
function escalateAndDispatch(d: Draft, place: SampleCommunity, dispatch: boolean): void {
  const street = d.template?.street;
  if (!street) throw new Error(`Template ${d.template?.id} has no street handling`);
  d.s.after(2 * HOUR, Math.min(2 * DAY, windowOf(d.tier) * 0.5)).add({
    kind: 'escalate',
    reason: street.reason,
    consultationNote: `社区书记与网格书记${place.gridSecretary.displayName}会商，认为需街道统筹相关部门力量，同意填写批办单上报街道指挥分中心。`,
  });
  if (!dispatch) return;
  const assist = street.assist ?? [];
  d.s.after(20 * MINUTE, 4 * HOUR).add({
    kind: 'dispatch',
    lead: street.lead,
    assist,
    note: `请${departmentName(street.lead)}牵头办理${assist.length ? `，${assist.map(departmentName).join('、')}协办` : ''}；社区派干部和民情专员全程参与。`,
  });
  d.s.after(2 * HOUR, 1 * DAY).add({ kind: 'note', by: 'lead', content: '已派人到现场勘查，与社区共同制定处置方案。', visibility: 'public' });
}

function departmentName(key: DepartmentKey): string {
  return SAMPLE_DEPARTMENTS.find((d) => d.key === key)!.name;
}

function streetSolves(d: Draft): void {
  const street = d.template!.street!;
  for (const department of street.assist ?? []) {
    d.s.after(6 * HOUR, 2 * DAY).add({ kind: 'completeAssignment', department, note: '本单位协办事项已完成，已向主办单位通报。' });
  }
  const [min, max] = d.tier === 'complex' ? [3 * DAY, 12 * DAY] : [1 * DAY, 5 * DAY];
  d.resolveNote = d.rng.pick(d.template!.resolve);
  d.s.after(min, max).add({ kind: 'resolve', by: 'lead', note: d.resolveNote });
}

const BUILDERS: Record<Outcome, (d: Draft, place: SampleCommunity) => void> = {
  closed: (d) => {
    take(d);
    solveInCommunity(d, { allowLate: true });
    finalFeedback(d);
    if (d.online) rate(d, true);
  },
  reopened: (d) => {
    take(d);
    solveInCommunity(d);
    finalFeedback(d);
    rate(d, false);
    handleAgain(d);
    rate(d, true);
  },
  secretaryReview: (d) => {
    take(d);
    solveInCommunity(d);
    finalFeedback(d);
    rate(d, false);
    handleAgain(d);
    rate(d, false);
    d.s.after(1 * DAY, 3 * DAY).add({
      kind: 'secretaryReview',
      decision: 'close',
      note: '经书记复核，社区已协调相关单位尽力处置，剩余诉求超出政策范围，已上门做好解释工作，予以结案。',
    });
  },
  awaitingRating: (d) => {
    take(d);
    solveInCommunity(d);
    finalFeedback(d);
  },
  awaitingFeedback: (d) => {
    take(d);
    solveInCommunity(d);
  },
  inProgress: (d) => {
    take(d);
    if (d.rng.chance(0.4)) d.s.after(10 * MINUTE, 2 * HOUR).add({ kind: 'assignLiaison' });
    if (d.tier === 'complex' || d.rng.chance(0.6)) interimFeedback(d);
    if (d.rng.chance(0.4)) internalNote(d, 30 * MINUTE, 6 * HOUR);
  },
  received: () => undefined,
  overdue: (d) => {
    // Half were never taken in; the others were accepted and then forgotten.
    if (d.rng.chance(0.5)) take(d);
  },
  escalatedClosed: (d, place) => {
    take(d);
    interimFeedback(d);
    escalateAndDispatch(d, place, true);
    streetSolves(d);
    finalFeedback(d, departmentName(d.template!.street!.lead));
    if (d.online) rate(d, true);
  },
  escalatedInProgress: (d, place) => {
    take(d);
    interimFeedback(d);
    escalateAndDispatch(d, place, true);
  },
  escalatedPending: (d, place) => {
    take(d);
    interimFeedback(d);
    escalateAndDispatch(d, place, false);
  },
  rejected: (d) => {
    const [min, max] = d.staffFiled ? [2 * MINUTE, 30 * MINUTE] : [20 * MINUTE, 1 * DAY];
    d.s.after(min, max).add({ kind: 'reject', reason: d.resolveNote });
  },
  withdrawn: (d) => {
    if (d.rng.chance(0.5)) take(d);
    d.s.after(10 * MINUTE, 1 * DAY).add({ kind: 'withdraw', reason: d.rng.chance(0.8) ? d.rng.pick(WITHDRAW_REASONS) : undefined });
  },
};

/** How long before `now` the receipt is, given the history's span (open ones must look current). */
function receiptAge(d: Draft, rng: Random): number {
  const span = d.s.span;
  const window = windowOf(d.tier);
  switch (d.outcome) {
    case 'awaitingRating':
      return span + rng.between(2 * HOUR, 5 * DAY);
    case 'awaitingFeedback':
      return span + (d.responded ? rng.between(1 * HOUR, 20 * HOUR) : withinDeadline(span, window, rng));
    case 'inProgress':
      return span + (d.responded ? rng.between(1 * HOUR, 2 * DAY) : withinDeadline(span, window, rng));
    case 'received':
      return rng.between(10 * MINUTE, Math.min(window * 0.5, 2 * DAY));
    case 'overdue':
      return Math.max(span + HOUR, window + rng.between(1 * HOUR, window * 0.6));
    case 'escalatedInProgress':
      return span + rng.between(1 * HOUR, 2 * DAY);
    case 'escalatedPending':
      return span + rng.between(15 * MINUTE, 3 * HOUR);
    default:
      // Finished: anywhere in the history, ending at least an hour before now.
      return rng.between(span + HOUR, Math.max(span + 2 * HOUR, HISTORY_DAYS * DAY));
  }
}

/** Time since the last step such that an appeal not yet responded to is still inside its window. */
function withinDeadline(span: number, window: number, rng: Random): number {
  return rng.between(10 * MINUTE, Math.max(11 * MINUTE, window * 0.85 - span));
}

/** Moves a finished appeal's receipt into Beijing daytime (07:00–21:00) when that keeps its history in the past. */
function daytime(receivedAt: number, span: number, now: number, rng: Random): number {
  const beijingHour = new Date(receivedAt + 8 * HOUR).getUTCHours();
  if (beijingHour >= 7 && beijingHour < 21) return receivedAt;
  const dayStart = receivedAt - ((receivedAt + 8 * HOUR) % DAY);
  const moved = dayStart + 7 * HOUR + rng.between(0, 14 * HOUR);
  return moved + span < now - HOUR ? moved : receivedAt;
}

// ---- choosing what each appeal is ----

/** Exactly `count` outcomes in the weights' proportions, each outcome at least once (for a small count, as many as fit). */
function allocateOutcomes(count: number, rng: Random): Outcome[] {
  const total = OUTCOME_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const counts = OUTCOME_WEIGHTS.map(([outcome, w]) => ({ outcome, n: Math.max(1, Math.floor((count * w) / total)) }));
  // The remainder goes to the largest, 'closed' (first); a tiny count just keeps the first `count`.
  counts[0].n = Math.max(0, counts[0].n + count - counts.reduce((sum, c) => sum + c.n, 0));
  const all = counts.flatMap((c) => Array.from({ length: c.n }, () => c.outcome));
  return rng.shuffle(all.slice(0, count));
}

function isHeatingSeason(at: Date): boolean {
  const beijing = new Date(at.getTime() + 8 * HOUR);
  const month = beijing.getUTCMonth() + 1;
  return month >= 11 || month <= 3;
}

function effectiveTier(t: AppealTemplate): Tier {
  return t.acceptAs?.tier ?? proposeTriage(t.texts[0], t.category).tier;
}

function templatesFor(outcome: Outcome, channel: Channel, now: Date): AppealTemplate[] {
  const pool = channel === 'liaison' ? LIAISON_TEMPLATES : RESIDENT_TEMPLATES;
  const heating = isHeatingSeason(now);
  return pool.filter((t) => {
    if (t.heatingSeason && !heating) return false;
    if (outcome.startsWith('escalated')) return t.street !== undefined;
    return !(effectiveTier(t) === 'emergency' && NO_EMERGENCY.has(outcome));
  });
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A made-up mobile number in an obviously sample block (139 0000 xxxx). */
function samplePhone(rng: Random): string {
  return `1390000${pad(rng.int(0, 9999), 4)}`;
}

const CONTACT_SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林'.split('');

/** What staff write before the resident's words, per channel. */
function staffPrefix(channel: Channel, rng: Random): string {
  if (channel === 'window') return '居民到民情窗口反映：';
  if (channel === 'hotline') return '民情专线来电反映：';
  return `12345转派工单（${pad(rng.int(0, 99_999_999), 8)}）：`;
}

interface Who {
  filer: User;
  handler: User;
  liaison: User;
}

function people(place: SampleCommunity, channel: Channel, rng: Random): Who {
  const worker = () => (rng.chance(0.15) ? place.secretary : rng.pick(place.staff));
  const liaison = rng.pick(place.liaisons);
  if (channel === 'online') return { filer: rng.pick(place.residents), handler: worker(), liaison };
  if (channel === 'liaison') return { filer: liaison, handler: worker(), liaison };
  const staff = worker();
  return { filer: staff, handler: staff, liaison };
}

/** The filing itself: text from the template with a building filled in, contact details for staff filings. */
function filing(channel: Channel, place: SampleCommunity, template: AppealTemplate | null, rejectText: string | null, rng: Random): CreateAppealDto {
  const text = rejectText ?? rng.pick(template!.texts);
  const building = text.includes('{楼}') ? rng.pick(place.buildings) : null;
  const unit = text.includes('{单元}') ? `${rng.int(1, 4)}单元` : '';
  const words = text.replace('{楼}', building?.name ?? '').replace('{单元}', unit);
  const staffFiled = channel === 'window' || channel === 'hotline' || channel === 'city12345';
  const chooseCategory = template !== null && rng.chance(staffFiled ? 0.85 : 0.55);
  const input: CreateAppealDto = {
    channel,
    content: staffFiled ? `${staffPrefix(channel, rng)}${words}` : words,
    communityId: place.community.id,
  };
  if (chooseCategory) input.category = template.category;
  if (building) {
    input.buildingId = building.id;
    input.locationText = `${building.name}${unit}`;
  } else if (template && rng.chance(0.5)) {
    input.locationText = rng.pick(OPEN_PLACES);
  }
  if (staffFiled) {
    input.contactName = `${rng.pick(CONTACT_SURNAMES)}${rng.pick(CONTACT_SUFFIXES)}`;
    if (rng.chance(0.85)) input.contactPhone = samplePhone(rng);
  }
  return input;
}

/** Busier and quieter communities, so the ranking has something to rank. */
function communityWeights(org: SampleOrganisation, rng: Random): (readonly [SampleCommunity, number])[] {
  return org.communities.map((c) => [c, 0.5 + rng.next()] as const);
}

/**
 * `count` plans sorted by receipt, every history ending before `now`. All five channels appear
 * whenever `count` allows.
 */
export function planSampleAppeals(org: SampleOrganisation, count: number, now: Date, rng: Random): AppealPlan[] {
  const weights = communityWeights(org, rng);
  const outcomes = allocateOutcomes(count, rng);
  const channels = outcomes.map((o) => rng.weighted(CHANNELS_BY_OUTCOME[o] ?? CHANNELS_DEFAULT));
  ensureEveryChannel(outcomes, channels);

  const plans = outcomes.map((outcome, index) => planOne(index, outcome, channels[index], rng.weighted(weights), now, rng));
  return plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime()).map((p, index) => ({ ...p, index }));
}

/** Small runs could miss a channel by chance; give each missing one to a 'closed' online appeal. */
function ensureEveryChannel(outcomes: Outcome[], channels: Channel[]): void {
  for (const [channel] of CHANNELS_DEFAULT) {
    if (channels.includes(channel)) continue;
    const i = outcomes.findIndex((o, k) => o === 'closed' && channels[k] === 'online');
    if (i >= 0) channels[i] = channel;
  }
}

function planOne(index: number, outcome: Outcome, channel: Channel, place: SampleCommunity, now: Date, rng: Random): AppealPlan {
  const who = people(place, channel, rng);
  const reject = outcome === 'rejected' ? rng.pick(REJECT_TEMPLATES) : null;
  const template = reject ? null : pickTemplate(outcome, channel, now, rng);
  const input = filing(channel, place, template, reject?.text ?? null, rng);
  const d: Draft = {
    rng,
    s: new Script(rng),
    outcome,
    channel,
    template,
    tier: proposeTriage(input.content, input.category ?? null).tier,
    staffFiled: who.filer.id === who.handler.id,
    online: channel === 'online',
    responded: false,
    resolveNote: reject?.reason ?? '',
  };
  BUILDERS[outcome](d, place);
  let received = now.getTime() - receiptAge(d, rng);
  if (FINISHED.has(outcome)) received = daytime(received, d.s.span, now.getTime(), rng);
  return {
    index,
    outcome,
    channel,
    place,
    ...who,
    input,
    receivedAt: new Date(received),
    steps: d.s.steps,
    keepProgress: outcome !== 'overdue',
  };
}

function pickTemplate(outcome: Outcome, channel: Channel, now: Date, rng: Random): AppealTemplate {
  let pool = templatesFor(outcome, channel, now);
  // Liaisons rarely find matters that need the street; fall back to residents' matters then.
  if (pool.length === 0) pool = templatesFor(outcome, 'online', now);
  return rng.weighted(pool.map((t) => [t, t.weight] as const));
}
