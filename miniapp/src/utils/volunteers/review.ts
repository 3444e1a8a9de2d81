import {
  AGE_BAND_LABELS,
  LIAISON_DUTIES,
  VOLUNTEER_OFFER_LABELS,
  VOLUNTEER_TIME_LABELS,
  formatShanghaiDateTime,
  type AcceptVolunteerApplicationRequest,
  type DeclineVolunteerApplicationRequest,
  type LiaisonDuty,
  type ListVolunteerApplicationsQuery,
  type VolunteerApplicationInfo,
  type VolunteerApplicationStatus,
} from '@lingjuli/shared';
import { checked, collect, requiredTitle, type Checked } from '@/utils/powers/check';

export type ApplicationFilter = VolunteerApplicationStatus | 'all';

/** The review's lists: the queue first. */
export const APPLICATION_FILTERS: readonly { key: ApplicationFilter; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'accepted', label: '已通过' },
  { key: 'declined', label: '未通过' },
  { key: 'all', label: '全部' },
];

export const applicationQuery = (filter: ApplicationFilter): ListVolunteerApplicationsQuery => (filter === 'all' ? {} : { status: filter });

/** A liaison taken on without duties named serves as 居民联系员 (the server's default): the sheet starts with it. */
export const DEFAULT_DUTIES: readonly LiaisonDuty[] = ['liaison'];

/** One application as its reviewer reads it, line by line. */
export function applicationLines(a: VolunteerApplicationInfo, year: number): { label: string; value: string }[] {
  const lines = [
    { label: '电话', value: a.phone },
    { label: '出生年份', value: `${a.birthYear}年（${year - a.birthYear}岁，${AGE_BAND_LABELS[a.ageBand]}）` },
    { label: '可提供', value: a.offers.map((o) => VOLUNTEER_OFFER_LABELS[o]).join('、') },
    { label: '空闲时间', value: [a.times.map((t) => VOLUNTEER_TIME_LABELS[t]).join('、'), a.timesNote].filter(Boolean).join('；') },
  ];
  if (a.workUnit) lines.push({ label: '工作单位', value: a.workUnit });
  if (a.partyOrganisation) lines.push({ label: '所在党组织', value: a.partyOrganisation });
  lines.push({ label: '申请时间', value: formatShanghaiDateTime(new Date(a.appliedAt)) });
  if (a.decidedAt) {
    const who = a.decidedBy ? `${a.decidedBy.name} ` : '';
    lines.push({ label: '处理', value: `${who}${formatShanghaiDateTime(new Date(a.decidedAt))}` });
  }
  if (a.declineReason) lines.push({ label: '未通过原因', value: a.declineReason });
  return lines;
}

/** Accepting a liaison names her duties (one at least); a party member's takes none. */
export function acceptBody(a: Pick<VolunteerApplicationInfo, 'kind'>, duties: readonly LiaisonDuty[]): Checked<AcceptVolunteerApplicationRequest> {
  if (a.kind !== 'liaison') return checked({}, () => ({}));
  return checked(collect({ duties: duties.length ? undefined : '请至少选择一项专员职责' }), () => ({
    duties: LIAISON_DUTIES.filter((d) => duties.includes(d)),
  }));
}

/** The longest reason the server takes. */
export const DECLINE_REASON_MAX = 500;

/** A reason is required: she is told it. */
export function declineBody(reason: string): Checked<DeclineVolunteerApplicationRequest> {
  return checked(collect({ reason: requiredTitle(reason, '未通过的原因', DECLINE_REASON_MAX) }), () => ({ reason: reason.trim() }));
}

/** After a decision, the row leaves the queue; in the other lists it shows its new state. */
export function afterDecision(
  rows: readonly VolunteerApplicationInfo[],
  decided: VolunteerApplicationInfo,
  filter: ApplicationFilter,
): VolunteerApplicationInfo[] {
  if (filter !== 'all' && filter !== decided.status) return rows.filter((r) => r.id !== decided.id);
  return rows.map((r) => (r.id === decided.id ? decided : r));
}
