import { isBreached, isMet, type DepartmentPeriodData, type Satisfaction } from '@lingjuli/shared';

/**
 * The measured side of the department ranking (docs/domain.md §8.3, §10.2), as pure functions over rows already
 * chosen for the period: what counts as on time, what counts as satisfied. The ranking itself is the
 * shared `rankDepartments`.
 */

/** On time, late, or not decided yet (still before its deadline with nothing done: left out of the rate). */
export type Outcome = 'onTime' | 'late' | 'pending';

/** Something due at `dueAt`: on time when done by then, late when done after or still undone past it, else pending. */
function outcome(doneAt: Date | null, dueAt: Date, now: Date): Outcome {
  if (doneAt) return isMet(dueAt, doneAt) ? 'onTime' : 'late';
  return isBreached(dueAt, now) ? 'late' : 'pending';
}

/**
 * A whistled department's report-in (报到). Late when the report-in timer marked it missed, when it
 * reported in after the whistle's due time, or when the due time has passed without a report-in
 * (the timer may not have run yet).
 */
export function reportInOutcome(target: { reportedInAt: Date | null; reportInMissedAt: Date | null }, reportInDueAt: Date, now: Date): Outcome {
  return target.reportInMissedAt ? 'late' : outcome(target.reportedInAt, reportInDueAt, now);
}

/** A dispatched department's part: on time when completed by the appeal's deadline. */
export function dispatchOutcome(completedAt: Date | null, appealDueAt: Date, now: Date): Outcome {
  return outcome(completedAt, appealDueAt, now);
}

/**
 * When to judge a report-in or a dispatched part: now, or when its appeal ended if that was earlier (a
 * whistle cancelled with its appeal, the assignment of a withdrawn, rejected or closed appeal). What
 * was still within its time then is left out rather than counted late; what was late by then stays late.
 */
export function judgedAt(now: Date, appealEndedAt: Date | null): Date {
  return appealEndedAt !== null && appealEndedAt.getTime() < now.getTime() ? appealEndedAt : now;
}

/** 满意 and 基本满意 count as satisfied (the 接诉即办 satisfaction rate). */
export function isSatisfied(satisfaction: Satisfaction): boolean {
  return satisfaction === 'satisfied' || satisfaction === 'basicallySatisfied';
}

export interface PeriodFacts {
  departments: { id: number; name: string }[];
  /** Every community's score of each department for the period. */
  scores: { departmentId: number; score: number }[];
  /** Targets of whistles created in the period. */
  reportIns: { departmentId: number; outcome: Outcome }[];
  /** Assignments of dispatch orders dispatched in the period. */
  dispatches: { departmentId: number; outcome: Outcome }[];
  /** Residents' ratings given in the period, each counted for every department the appeal had been dispatched to by then. */
  ratings: { departmentIds: number[]; satisfaction: Satisfaction }[];
  /** What the rollups already counted per department (the period's whole days): added as they are. */
  counted?: ({ departmentId: number } & Partial<Counts>)[];
}

type Counts = Pick<DepartmentPeriodData, 'whistles' | 'whistlesOnTime' | 'dispatched' | 'dispatchedOnTime' | 'rated' | 'satisfied'>;
const COUNTS: (keyof Counts)[] = ['whistles', 'whistlesOnTime', 'dispatched', 'dispatchedOnTime', 'rated', 'satisfied'];

/** One DepartmentPeriodData per department, in the order given. */
export function toPeriodData(facts: PeriodFacts): DepartmentPeriodData[] {
  const rows = new Map<number, DepartmentPeriodData>(
    facts.departments.map((d) => [
      d.id,
      { departmentId: d.id, departmentName: d.name, scores: [], whistles: 0, whistlesOnTime: 0, dispatched: 0, dispatchedOnTime: 0, rated: 0, satisfied: 0 },
    ]),
  );
  for (const s of facts.scores) rows.get(s.departmentId)?.scores.push(s.score);
  for (const r of facts.reportIns) {
    const row = rows.get(r.departmentId);
    if (!row || r.outcome === 'pending') continue;
    row.whistles += 1;
    if (r.outcome === 'onTime') row.whistlesOnTime += 1;
  }
  for (const d of facts.dispatches) {
    const row = rows.get(d.departmentId);
    if (!row || d.outcome === 'pending') continue;
    row.dispatched += 1;
    if (d.outcome === 'onTime') row.dispatchedOnTime += 1;
  }
  for (const rating of facts.ratings) {
    for (const id of new Set(rating.departmentIds)) {
      const row = rows.get(id);
      if (!row) continue;
      row.rated += 1;
      if (isSatisfied(rating.satisfaction)) row.satisfied += 1;
    }
  }
  for (const counted of facts.counted ?? []) {
    const row = rows.get(counted.departmentId);
    if (!row) continue;
    for (const key of COUNTS) row[key] += counted[key] ?? 0;
  }
  return [...rows.values()];
}
