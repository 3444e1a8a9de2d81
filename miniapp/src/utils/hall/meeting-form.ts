import { MEETING_LIMITS, type Audience, type CancelMeetingRequest, type MeetingDetail, type ScheduleMeetingRequest } from '@lingjuli/shared';
import { dateInputToIso, momentInputToIso, toDateInput, toTimeInput } from '@/utils/dates';
import { checked, collect, requiredTitle, type Checked, type FieldErrors } from '@/utils/powers/check';

/** The meeting as staff fill it in: a Beijing day and the times of day, the agenda added one item at a time. */
export interface MeetingDraft {
  topic: string;
  /** `YYYY-MM-DD`, Beijing time. */
  day: string;
  /** `HH:mm`, Beijing time; the meeting ends on the day it starts. */
  start: string;
  end: string;
  place: string;
  agenda: string[];
  /** The item being typed (added with ＋; an item typed and not added is still sent). */
  agendaInput: string;
  audience: Audience;
  buildingIds: number[];
  invitedUserIds: number[];
  /** At most this many sign-ups, as typed ('' for no limit). */
  capacity: string;
}

export const emptyMeetingDraft = (): MeetingDraft => ({
  topic: '',
  day: '',
  start: '14:30',
  end: '16:00',
  place: '',
  agenda: [],
  agendaInput: '',
  audience: 'community',
  buildingIds: [],
  invitedUserIds: [],
  capacity: '',
});

/** A scheduled meeting, to change before it starts. */
export function draftFromMeeting(m: MeetingDetail): MeetingDraft {
  const startsAt = new Date(m.startsAt);
  return {
    topic: m.topic,
    day: toDateInput(startsAt),
    start: toTimeInput(startsAt),
    end: toTimeInput(new Date(m.endsAt)),
    place: m.place,
    agenda: [...m.agenda],
    agendaInput: '',
    audience: m.audience,
    buildingIds: m.buildings.map((b) => b.id),
    invitedUserIds: (m.invitees ?? []).map((p) => p.id),
    capacity: m.capacity === null ? '' : String(m.capacity),
  };
}

/** Checks one agenda item before it joins the list. */
export function agendaItemError(text: string, count: number): string | undefined {
  const item = text.trim();
  if (!item) return '请先填写这一项议程';
  if (item.length > MEETING_LIMITS.agendaItem) return `每项议程不能超过${MEETING_LIMITS.agendaItem}个字`;
  if (count >= MEETING_LIMITS.agendaItems) return `议程最多${MEETING_LIMITS.agendaItems}项`;
  return undefined;
}

/** Adds the typed item to the agenda (unchanged when it does not pass `agendaItemError`). */
export function addAgendaItem(draft: MeetingDraft): MeetingDraft {
  if (agendaItemError(draft.agendaInput, draft.agenda.length)) return draft;
  return { ...draft, agenda: [...draft.agenda, draft.agendaInput.trim()], agendaInput: '' };
}

export function removeAgendaItem(draft: MeetingDraft, index: number): MeetingDraft {
  return { ...draft, agenda: draft.agenda.filter((_, i) => i !== index) };
}

/** Moves an item up (-1) or down (+1). */
export function moveAgendaItem(draft: MeetingDraft, index: number, by: -1 | 1): MeetingDraft {
  const to = index + by;
  if (to < 0 || to >= draft.agenda.length) return draft;
  const agenda = [...draft.agenda];
  [agenda[index], agenda[to]] = [agenda[to], agenda[index]];
  return { ...draft, agenda };
}

/** The agenda as it will be sent: the items added, and the one still being typed. */
export function agendaToSend(draft: Pick<MeetingDraft, 'agenda' | 'agendaInput'>): string[] {
  return [...draft.agenda, draft.agendaInput].map((s) => s.trim()).filter(Boolean);
}

const TIME = /^\d{1,2}:\d{2}$/;

/** The start and end as sent, or what is wrong with them (`day`, `startsAt`, `endsAt`). */
function times(draft: MeetingDraft, now: Date): { errors: FieldErrors; startsAt: string | null; endsAt: string | null } {
  const errors: FieldErrors = {};
  if (!draft.day.trim()) errors.day = '请选择日期';
  else if (!dateInputToIso(draft.day)) errors.day = '日期格式应为 年-月-日，如 2026-03-02';
  const startsAt = !errors.day && TIME.test(draft.start.trim()) ? momentInputToIso(draft.day, draft.start) : null;
  const endsAt = !errors.day && TIME.test(draft.end.trim()) ? momentInputToIso(draft.day, draft.end) : null;
  if (!errors.day && !startsAt) errors.startsAt = '请填写开始时间，如 14:30';
  if (!errors.day && !endsAt) errors.endsAt = '请填写结束时间，如 16:00';
  if (startsAt && new Date(startsAt).getTime() < now.getTime()) errors.startsAt = '开始时间不能早于现在';
  if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) errors.endsAt = '结束时间应晚于开始时间';
  return { errors, startsAt, endsAt };
}

/** The capacity as sent: none for no limit; null when it is not a whole number in range. */
function capacityOf(text: string): number | undefined | null {
  const t = text.trim();
  if (!t) return undefined;
  const n = Number(t);
  return /^\d+$/.test(t) && n >= MEETING_LIMITS.capacity.min && n <= MEETING_LIMITS.capacity.max ? n : null;
}

export function meetingBody(draft: MeetingDraft, now: Date): Checked<ScheduleMeetingRequest> {
  const t = times(draft, now);
  const agenda = agendaToSend(draft);
  const longItem = agenda.findIndex((item) => item.length > MEETING_LIMITS.agendaItem);
  const capacity = capacityOf(draft.capacity);
  const errors = {
    ...collect({
      topic: requiredTitle(draft.topic, '议题', MEETING_LIMITS.topic),
      place: requiredTitle(draft.place, '地点', MEETING_LIMITS.place),
      agenda: !agenda.length
        ? '请至少添加一项议程'
        : agenda.length > MEETING_LIMITS.agendaItems
          ? `议程最多${MEETING_LIMITS.agendaItems}项`
          : longItem >= 0
            ? `第${longItem + 1}项议程超过${MEETING_LIMITS.agendaItem}个字`
            : undefined,
      buildingIds:
        draft.audience === 'buildings' && !draft.buildingIds.length
          ? '请选择参会的楼栋'
          : draft.audience === 'buildings' && draft.buildingIds.length > MEETING_LIMITS.buildings
            ? `最多选择${MEETING_LIMITS.buildings}栋楼`
            : undefined,
      invitedUserIds:
        draft.audience === 'invited' && !draft.invitedUserIds.length
          ? '请选择参会人员（如居民代表）'
          : draft.audience === 'invited' && draft.invitedUserIds.length > MEETING_LIMITS.invited
            ? `最多邀请${MEETING_LIMITS.invited}人`
            : undefined,
      capacity: capacity === null ? `人数上限须为${MEETING_LIMITS.capacity.min}到${MEETING_LIMITS.capacity.max}的整数，不限人数请留空` : undefined,
    }),
    ...t.errors,
  };
  return checked(errors, () => ({
    topic: draft.topic.trim(),
    startsAt: t.startsAt as string,
    endsAt: t.endsAt as string,
    place: draft.place.trim(),
    agenda,
    audience: draft.audience,
    ...(draft.audience === 'buildings' ? { buildingIds: [...new Set(draft.buildingIds)] } : {}),
    ...(draft.audience === 'invited' ? { invitedUserIds: [...new Set(draft.invitedUserIds)] } : {}),
    ...(capacity !== undefined ? { capacity: capacity as number } : {}),
  }));
}

/** The fields of the form, for the server's message that none of them carries. */
export const MEETING_FIELDS = ['topic', 'day', 'startsAt', 'endsAt', 'place', 'agenda', 'audience', 'buildingIds', 'invitedUserIds', 'capacity'];

/** The reason is optional (left out when blank): those signed up are told it. */
export function cancelBody(reason: string): Checked<CancelMeetingRequest> {
  const text = reason.trim();
  return checked(collect({ reason: text.length > MEETING_LIMITS.cancelReason ? `取消原因不能超过${MEETING_LIMITS.cancelReason}个字` : undefined }), () =>
    text ? { reason: text } : {},
  );
}
