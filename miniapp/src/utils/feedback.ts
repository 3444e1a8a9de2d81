import { RATING_SOURCE_LABELS, type FeedbackInfo, type RatingInfo } from '@lingjuli/shared';

/**
 * Who gave a feedback together, for everyone who sees it: 社区 与 区园林绿化局 一起反馈; the community's
 * person is named when a department recorded it (she is not the one in the heading). Null when the
 * community fed back alone.
 */
export function feedbackParties(f: Pick<FeedbackInfo, 'departments' | 'communityParty'>): string | null {
  if (!f.departments.length) return null;
  const departments = f.departments.map((d) => d.name).join('、');
  return f.communityParty ? `社区（${f.communityParty.name}）与 ${departments} 一起反馈` : `社区 与 ${departments} 一起反馈`;
}

/** Whose rating it is: 居民评价, or 电话回访 · 由 王芳 记录 for a caller's answer taken down by staff. */
export function ratingSource(r: Pick<RatingInfo, 'source' | 'recordedBy'>): string {
  const label = RATING_SOURCE_LABELS[r.source];
  return r.source === 'callback' && r.recordedBy ? `${label} · 由 ${r.recordedBy.name} 记录` : label;
}
