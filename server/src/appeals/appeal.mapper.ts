import {
  CATEGORY_INFO,
  FINAL_STATUSES,
  isBreached,
  shanghaiDateCode,
  type AppealSummary,
  type DispatchOrderInfo,
  type FeedbackInfo,
  type RatingInfo,
  type TimelineEntry,
} from '@lingjuli/shared';
import { toPerson, toPersonRef } from '../users/user.mapper';
import type { AppealEvent } from './entities/appeal-event.entity';
import type { AppealFeedback } from './entities/appeal-feedback.entity';
import type { AppealRating } from './entities/appeal-rating.entity';
import type { Appeal } from './entities/appeal.entity';
import type { DispatchAssignment } from './entities/dispatch-assignment.entity';
import type { DispatchOrder } from './entities/dispatch-order.entity';

/** The reference residents quote on the phone: receipt date in Beijing time and the id, e.g. 261126-00042. */
export function appealCode(appeal: Pick<Appeal, 'id' | 'receivedAt'>): string {
  return `${shanghaiDateCode(appeal.receivedAt)}-${String(appeal.id).padStart(5, '0')}`;
}

/** Past due with the deadline's requirement not met, and still open. */
function isOverdue(appeal: Appeal, now: Date): boolean {
  return !FINAL_STATUSES.includes(appeal.status) && appeal.respondedAt === null && isBreached(appeal.dueAt, now);
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The first 60 characters of a text, for lists. */
export function clipSummary(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * What a resident who only said "me too" reads instead of the reporter's words: the kind of problem
 * and where. Expects `building` (or `community`) loaded.
 */
export function supporterLine(appeal: Appeal): string {
  const place = appeal.building?.name ?? appeal.community?.name ?? '';
  return `您也遇到的问题：${CATEGORY_INFO[appeal.category].label}${place ? `（${place}）` : ''}`;
}

/**
 * Expects `community`, `building` and `handler` loaded. For a resident who only said "me too"
 * (`supporterView`) the first words are the neutral `supporterLine`.
 */
export function toAppealSummary(appeal: Appeal, now: Date, supporterView = false): AppealSummary {
  return {
    id: appeal.id,
    code: appealCode(appeal),
    status: appeal.status,
    tier: appeal.tier,
    category: appeal.category,
    channel: appeal.channel,
    level: appeal.level,
    communityId: appeal.communityId,
    communityName: appeal.community?.name ?? '',
    buildingId: appeal.buildingId,
    buildingName: appeal.building?.name ?? null,
    summary: supporterView ? supporterLine(appeal) : clipSummary(appeal.content),
    proactive: appeal.proactive,
    workOrderNo: appeal.workOrderNo,
    receivedAt: appeal.receivedAt.toISOString(),
    dueAt: appeal.dueAt.toISOString(),
    warnAt: appeal.warnAt.toISOString(),
    respondedAt: iso(appeal.respondedAt),
    progressDueAt: iso(appeal.progressDueAt),
    overdue: isOverdue(appeal, now),
    handler: toPersonRef(appeal.handler),
    reopenCount: appeal.reopenCount,
    awaitingSecretaryReview: appeal.awaitingSecretaryReview,
    supervised: appeal.supervised,
    breachedAt: iso(appeal.breachedAt),
    supporters: appeal.supporters,
    supportedByMe: supporterView,
  };
}

/** Expects `actor` loaded. */
export function toTimelineEntry(event: AppealEvent): TimelineEntry {
  return {
    id: event.id,
    type: event.type,
    actor: event.actor
      ? { id: event.actor.id, name: event.actor.displayName, role: event.actorRole }
      : event.actorRole === 'system'
        ? { id: 0, name: '系统', role: 'system' }
        : null,
    at: event.at.toISOString(),
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    visibility: event.visibility,
    data: event.data,
  };
}

/** Expects `by`, `departments` and `communityParty` loaded. */
export function toFeedbackInfo(f: AppealFeedback): FeedbackInfo {
  return {
    id: f.id,
    method: f.method,
    by: toPerson(f.by),
    content: f.content,
    residentOpinion: f.residentOpinion,
    final: f.final,
    at: f.at.toISOString(),
    departments: [...(f.departments ?? [])].sort((a, b) => a.id - b.id).map((d) => ({ id: d.id, name: d.name })),
    communityParty: toPersonRef(f.communityParty),
  };
}

/** Expects `recordedBy` loaded. */
export function toRatingInfo(r: AppealRating): RatingInfo {
  return {
    solved: r.solved,
    satisfaction: r.satisfaction,
    comment: r.comment,
    at: r.at.toISOString(),
    source: r.source,
    recordedBy: toPersonRef(r.recordedBy),
  };
}

/** A dispatch's assignments as the order lists them: the lead department first, then the assisting ones in the order they were added. */
export function leadFirst<A extends Pick<DispatchAssignment, 'id' | 'role'>>(assignments: readonly A[]): A[] {
  return [...assignments].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead') || a.id - b.id);
}

/** Expects the people and `assignments.department` loaded. */
export function toDispatchOrderInfo(o: DispatchOrder): DispatchOrderInfo {
  return {
    id: o.id,
    status: o.status,
    reason: o.reason,
    requestedBy: toPersonRef(o.requestedBy),
    requestedAt: o.requestedAt.toISOString(),
    consultedWith: toPersonRef(o.consultedWith),
    consultationNote: o.consultationNote,
    dispatchedBy: toPersonRef(o.dispatchedBy),
    dispatchedAt: iso(o.dispatchedAt),
    assignments: leadFirst(o.assignments ?? []).map((a) => ({
      departmentId: a.departmentId,
      departmentName: a.department?.name ?? '',
      role: a.role,
      completedAt: iso(a.completedAt),
      note: a.note,
    })),
  };
}
