import {
  LIAISON_DUTIES,
  LIAISON_DUTY_LABELS,
  type LiaisonCounts,
  type LiaisonDuty,
  type LiaisonInfo,
  type RegisterLiaisonRequest,
  type TrainingRequest,
} from '@lingjuli/shared';
import { checked, collect, requiredTitle, type Checked } from '@/utils/powers/check';
import { checkPastDay, dateInputToIso } from '@/utils/dates';

/** Duties in their fixed order (政策宣传员, 民情观察员, 矛盾调解员, 居民联系员), e.g. 政策宣传员、矛盾调解员. */
export function dutiesText(duties: readonly LiaisonDuty[]): string {
  const ordered = LIAISON_DUTIES.filter((d) => duties.includes(d));
  return ordered.length ? ordered.map((d) => LIAISON_DUTY_LABELS[d]).join('、') : '未设职责';
}

/** Ticks or unticks one duty; the result keeps the fixed order. */
export function toggleDuty(duties: readonly LiaisonDuty[], duty: LiaisonDuty): LiaisonDuty[] {
  const next = duties.includes(duty) ? duties.filter((d) => d !== duty) : [...duties, duty];
  return LIAISON_DUTIES.filter((d) => next.includes(d));
}

export function sameDuties(a: readonly LiaisonDuty[], b: readonly LiaisonDuty[]): boolean {
  return a.length === b.length && a.every((d) => b.includes(d));
}

/** The four counts with their labels, for a row or the record. */
export function countItems(counts: LiaisonCounts): { key: keyof LiaisonCounts; label: string; value: number }[] {
  return [
    { key: 'reports', label: '上报', value: counts.reports },
    { key: 'proactiveReports', label: '主动发现', value: counts.proactiveReports },
    { key: 'visits', label: '回访', value: counts.visits },
    { key: 'participations', label: '参与办理', value: counts.participations },
  ];
}

/** Active first, then by name. */
export function orderLiaisons(list: readonly LiaisonInfo[]): LiaisonInfo[] {
  return [...list].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh'));
}

export interface RegisterForm {
  name: string;
  phone: string;
  duties: LiaisonDuty[];
  username: string;
}

/** The same limits as the server: name ≤ 50, a mobile number, one duty at least, a login name of a–z 0–9 . _ -. */
export function registerBody(form: RegisterForm): Checked<RegisterLiaisonRequest> {
  const name = form.name.trim();
  const phone = form.phone.replace(/\s+/g, '');
  const username = form.username.trim();
  return checked(
    collect({
      name: requiredTitle(name, '姓名', 50),
      phone: phone && !/^1\d{10}$/.test(phone) ? '请填写11位手机号码' : undefined,
      duties: form.duties.length ? undefined : '请至少选择一项职责',
      username: username && !/^[a-z0-9._-]{3,50}$/.test(username) ? '用户名为3–50位小写字母、数字或 . _ -' : undefined,
    }),
    () => ({ name, duties: [...form.duties], ...(phone ? { phone } : {}), ...(username ? { username } : {}) }),
  );
}

export interface TrainingForm {
  title: string;
  /** YYYY-MM-DD, Beijing day. */
  date: string;
  hours: string;
}

/** A training: a title (≤ 100), a day that has passed, 0.5–24 hours to the half hour. */
export function trainingBody(form: TrainingForm, now: Date): Checked<TrainingRequest> {
  const title = form.title.trim();
  const hours = Number(form.hours.trim());
  const hoursOk = form.hours.trim() !== '' && Number.isFinite(hours) && hours >= 0.5 && hours <= 24 && Number.isInteger(hours * 2);
  return checked(
    collect({
      title: requiredTitle(title, '培训内容'),
      date: checkPastDay(form.date, '培训日期', now),
      hours: hoursOk ? undefined : '学时为0.5–24，以半小时计',
    }),
    () => ({ title, date: dateInputToIso(form.date) as string, hours }),
  );
}

/** e.g. 2.5学时 */
export function hoursText(hours: number): string {
  return `${hours}学时`;
}
