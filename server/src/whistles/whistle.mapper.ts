import type { PersonRef, WhistleEventInfo, WhistleSummary, WhistleTargetInfo } from '@lingjuli/shared';
import { toPersonRef } from '../users/user.mapper';
import type { WhistleEvent } from './whistle-event.entity';
import type { WhistleTarget } from './whistle-target.entity';
import type { Whistle } from './whistle.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const SYSTEM_PERSON: PersonRef = { id: 0, name: '系统', role: 'system' };

/** Expects `department` and `reportedInBy` loaded. */
export function toWhistleTargetInfo(t: WhistleTarget): WhistleTargetInfo {
  return {
    departmentId: t.departmentId,
    departmentName: t.department?.name ?? '',
    status: t.status,
    reportedInAt: iso(t.reportedInAt),
    reportedInBy: toPersonRef(t.reportedInBy),
    reportInMissed: t.reportInMissedAt !== null,
    completedAt: iso(t.completedAt),
    completionNote: t.completionNote,
    rating: t.rating,
    ratingComment: t.ratingComment,
  };
}

/** Expects `community` and `targets` (with their department and reporter) loaded. Targets in the order whistled. */
export function toWhistleSummary(w: Whistle): WhistleSummary {
  return {
    id: w.id,
    communityId: w.communityId,
    communityName: w.community?.name ?? '',
    appealId: w.appealId,
    subject: w.subject,
    tier: w.tier,
    status: w.status,
    createdAt: w.createdAt.toISOString(),
    reportInDueAt: w.reportInDueAt.toISOString(),
    targets: [...(w.targets ?? [])].sort((a, b) => a.id - b.id).map(toWhistleTargetInfo),
  };
}

/** Expects `actor` and `department` loaded. */
export function toWhistleEventInfo(e: WhistleEvent): WhistleEventInfo {
  return {
    id: e.id,
    type: e.type,
    actor: e.actor ? { id: e.actor.id, name: e.actor.displayName, role: e.actorRole } : e.actorRole === 'system' ? SYSTEM_PERSON : null,
    departmentName: e.department?.name ?? null,
    note: e.note,
    at: e.at.toISOString(),
  };
}
