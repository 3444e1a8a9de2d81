import {
  VOLUNTEER_KIND_LABELS,
  VOLUNTEER_OFFERS,
  VOLUNTEER_OFFER_LABELS,
  VOLUNTEER_TIMES,
  VOLUNTEER_TIME_LABELS,
  birthYearRange,
  type VolunteerApplicationInfo,
  type VolunteerApplicationRequest,
  type VolunteerKind,
  type VolunteerOffer,
  type VolunteerTime,
} from '@lingjuli/shared';
import { checked, collect, requiredTitle, type Checked } from '@/utils/powers/check';

/** The longest texts the server takes (dto/volunteers.dto.ts). */
export const APPLICATION_LIMITS = { name: 50, timesNote: 100, workUnit: 100, partyOrganisation: 100 } as const;

/** The application as she fills it in: the year and phone as typed, the choices as ticked. */
export interface ApplicationDraft {
  kind: VolunteerKind;
  communityId: number | null;
  name: string;
  phone: string;
  birthYear: string;
  offers: VolunteerOffer[];
  times: VolunteerTime[];
  timesNote: string;
  workUnit: string;
  partyOrganisation: string;
}

export function emptyApplicationDraft(kind: VolunteerKind, communityId: number | null): ApplicationDraft {
  return { kind, communityId, name: '', phone: '', birthYear: '', offers: [], times: [], timesNote: '', workUnit: '', partyOrganisation: '' };
}

/**
 * A new application filled from her last one (declined or withdrawn, she tries again): everything but
 * the phone, which she reads masked (139****2222) and types again.
 */
export function draftFromApplication(kind: VolunteerKind, communityId: number | null, last: VolunteerApplicationInfo | null): ApplicationDraft {
  if (!last) return emptyApplicationDraft(kind, communityId);
  return {
    kind,
    communityId: communityId ?? last.communityId,
    name: last.name,
    phone: '',
    birthYear: String(last.birthYear),
    offers: [...last.offers],
    times: [...last.times],
    timesNote: last.timesNote ?? '',
    workUnit: last.workUnit ?? '',
    partyOrganisation: last.partyOrganisation ?? '',
  };
}

/** Adds or removes one of a multiple choice, keeping the list's own order. */
export function toggleChoice<T extends string>(chosen: readonly T[], value: T, order: readonly T[]): T[] {
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
  return order.filter((v) => next.includes(v));
}

export const toggleOffer = (chosen: readonly VolunteerOffer[], offer: VolunteerOffer) => toggleChoice(chosen, offer, VOLUNTEER_OFFERS);
export const toggleTime = (chosen: readonly VolunteerTime[], time: VolunteerTime) => toggleChoice(chosen, time, VOLUNTEER_TIMES);

/** The phone as sent: the digits she typed, spaces and dashes left out. */
export const phoneDigits = (phone: string) => phone.replace(/[\s-]/g, '');

/** A birth year as typed: a whole number of four digits, else null. */
export function birthYearOf(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

/** e.g. 今年68岁 — said beside the year she typed, so a slip of a digit shows. */
export function ageLine(birthYearText: string, year: number): string | undefined {
  const birthYear = birthYearOf(birthYearText);
  const { min, max } = birthYearRange(year);
  if (birthYear === null || birthYear < min || birthYear > max) return undefined;
  return `今年${year - birthYear}岁`;
}

function birthYearError(text: string, year: number): string | undefined {
  const { min, max } = birthYearRange(year);
  if (!text.trim()) return '请填写出生年份，如 1958';
  const birthYear = birthYearOf(text);
  if (birthYear === null) return '出生年份请填4位数字，如 1958';
  // The server's own words (volunteer-applications.service.ts).
  if (birthYear < min || birthYear > max) return `出生年份须在${min}年至${max}年之间`;
  return undefined;
}

function phoneError(text: string): string | undefined {
  const digits = phoneDigits(text);
  if (!digits) return '请填写手机号';
  if (!/^1\d{10}$/.test(digits)) return '请填写11位手机号，以1开头';
  return undefined;
}

function optionalLimited(text: string, label: string, max: number): string | undefined {
  return text.trim().length > max ? `${label}不能超过${max}个字` : undefined;
}

/**
 * The request to send, or what is wrong field by field, under the server's field names (its 400s land
 * on the same rows). `year` is this year (Beijing): the latest birth year is this year − 14. A party
 * member's unit and organisation are required; a liaison's are not sent.
 */
export function applicationBody(draft: ApplicationDraft, year: number): Checked<VolunteerApplicationRequest> {
  const partyMember = draft.kind === 'partyMember';
  const errors = collect({
    communityId: draft.communityId === null ? '请选择您所在的社区' : undefined,
    name: requiredTitle(draft.name, '姓名', APPLICATION_LIMITS.name),
    phone: phoneError(draft.phone),
    birthYear: birthYearError(draft.birthYear, year),
    offers: draft.offers.length ? undefined : '请至少选择一项可提供的服务',
    times: draft.times.length ? undefined : '请至少选择一个空闲时间',
    timesNote: optionalLimited(draft.timesNote, '时间说明', APPLICATION_LIMITS.timesNote),
    workUnit: partyMember ? requiredTitle(draft.workUnit, '工作单位', APPLICATION_LIMITS.workUnit) : undefined,
    partyOrganisation: partyMember ? requiredTitle(draft.partyOrganisation, '所在党组织', APPLICATION_LIMITS.partyOrganisation) : undefined,
  });
  return checked(errors, () => ({
    kind: draft.kind,
    communityId: draft.communityId as number,
    name: draft.name.trim(),
    phone: phoneDigits(draft.phone),
    birthYear: birthYearOf(draft.birthYear) as number,
    offers: [...draft.offers],
    times: [...draft.times],
    ...(draft.timesNote.trim() ? { timesNote: draft.timesNote.trim() } : {}),
    ...(partyMember ? { workUnit: draft.workUnit.trim(), partyOrganisation: draft.partyOrganisation.trim() } : {}),
  }));
}

/** The form's fields (the server's names): its message on any other goes above the button. */
export const APPLICATION_FIELDS = ['kind', 'communityId', 'name', 'phone', 'birthYear', 'offers', 'times', 'timesNote', 'workUnit', 'partyOrganisation'];

/**
 * The server's message for a field, including those on one of a list (`offers.0`): a list's rows
 * show one message, the list's own or its first item's.
 */
export function listFieldError(fieldError: (field: string) => string | undefined, field: string, count: number): string | undefined {
  return fieldError(field) ?? Array.from({ length: Math.max(count, 1) }, (_, i) => fieldError(`${field}.${i}`)).find(Boolean);
}

/** What she is about to send, line by line, for the confirm step. */
export function applicationSummary(body: VolunteerApplicationRequest, communityName: string, year: number): { label: string; value: string }[] {
  const lines = [
    { label: '申请成为', value: VOLUNTEER_KIND_LABELS[body.kind] },
    { label: '社区', value: communityName },
    { label: '姓名', value: body.name },
    { label: '手机号', value: body.phone },
    { label: '出生年份', value: `${body.birthYear}年（今年${year - body.birthYear}岁）` },
    { label: '可提供的服务', value: body.offers.map((o) => VOLUNTEER_OFFER_LABELS[o]).join('、') },
    { label: '空闲时间', value: [body.times.map((t) => VOLUNTEER_TIME_LABELS[t]).join('、'), body.timesNote].filter(Boolean).join('；') },
  ];
  if (body.kind === 'partyMember') {
    lines.push({ label: '工作单位', value: body.workUnit ?? '' }, { label: '所在党组织', value: body.partyOrganisation ?? '' });
  }
  return lines;
}
