import {
  FEEDBACK_METHOD_LABELS,
  SATISFACTION_LABELS,
  formatShanghaiDateTime,
  rateOutcome,
  type AppealDetail,
  type AttachmentInfo,
  type FeedbackInfo,
  type RatingInfo,
  type Satisfaction,
  type TimelineEntry,
} from '@lingjuli/shared';

/** What a resident sees of the ledger: the public entries, oldest first. */
export function publicTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries.filter((e) => e.visibility === 'public').sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
}

/** The public progress notes of a complex appeal (one at least every 72 hours), newest first. */
export function progressNotes(detail: Pick<AppealDetail, 'tier' | 'timeline'>): TimelineEntry[] {
  if (detail.tier !== 'complex') return [];
  return detail.timeline.filter((e) => e.type === 'addNote' && e.visibility === 'public' && e.note).sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
}

/** When the next public progress note is due on a complex appeal, in words; null when none is. */
export function progressDueText(detail: Pick<AppealDetail, 'tier' | 'progressDueAt'>, now: Date): string | null {
  if (detail.tier !== 'complex' || !detail.progressDueAt) return null;
  const due = new Date(detail.progressDueAt);
  const when = formatShanghaiDateTime(due);
  return due.getTime() < now.getTime() ? `下次进展应在 ${when} 前公开，已逾期，已提醒办理人` : `下次进展最迟 ${when} 公开`;
}

/** One feedback, the way it is shown: 上门反馈 · 李丽华 · 3月2日 10:30. */
export function feedbackHeading(f: Pick<FeedbackInfo, 'method' | 'by' | 'at' | 'final'>): string {
  const kind = f.final ? '办理结果' : '阶段反馈';
  return `${kind}（${FEEDBACK_METHOD_LABELS[f.method]}）· ${f.by.name} · ${formatShanghaiDateTime(new Date(f.at))}`;
}

export function ratingSummary(r: Pick<RatingInfo, 'solved' | 'satisfaction' | 'at'>): string {
  return `${r.solved ? '已解决' : '未解决'} · ${SATISFACTION_LABELS[r.satisfaction]} · ${formatShanghaiDateTime(new Date(r.at))}`;
}

/** Before rating: what an unsatisfied rating does, so she is not afraid of it. */
export function rateExplanation(reopenCount: number): string {
  return reopenCount === 0
    ? '如果问题没解决或您不满意，诉求会退回社区重新办理（可退回一次）。'
    : '这件事已经重新办理过一次。如果仍未解决或不满意，将交社区书记复核。';
}

/** What her rating will do once sent, from the shared rule (docs/domain.md §7.2). */
export function rateEffect(rating: { solved: boolean; satisfaction: Satisfaction }, reopenCount: number): string {
  switch (rateOutcome(rating, reopenCount)) {
    case 'accepted':
      return '提交后，这件事就办结了。感谢您的评价！';
    case 'reopened':
      return '提交后，诉求会退回社区重新办理，并重新计算办理期限。';
    default:
      return '提交后，将交社区书记复核处理。';
  }
}

/** Photo addresses for <Image> and the previewer: the server hands out signed paths. */
export function photoUrls(attachments: readonly { url: string }[], toUrl: (path: string) => string): string[] {
  return attachments.map((a) => toUrl(a.url));
}

export const supportersText = (supporters: number): string | null => (supporters > 0 ? `共有${supporters}位邻居点了「我也遇到了」` : null);

type WithPhotos = Pick<AppealDetail, 'attachments' | 'timeline'>;

/** The photos on one line of the timeline (a progress note, a resolution), in upload order. */
export function photosOf(detail: Pick<AppealDetail, 'attachments'>, lineId: number): AttachmentInfo[] {
  return detail.attachments.filter((a) => a.eventId === lineId);
}

/** The photos of the filing: those on the filing line, or on no line she can see (kept with her words rather than lost). */
export function filingPhotos(detail: WithPhotos): AttachmentInfo[] {
  const other = new Set(detail.timeline.filter((e) => e.type !== 'file').map((e) => e.id));
  return detail.attachments.filter((a) => a.eventId === null || !other.has(a.eventId));
}

/** What was done about it (办结), newest first, each with its photos (处置照片): what she rates. */
export function resolutions(detail: WithPhotos): { line: TimelineEntry; photos: AttachmentInfo[] }[] {
  return publicTimeline(detail.timeline)
    .filter((e) => e.type === 'resolve')
    .reverse()
    .map((line) => ({ line, photos: photosOf(detail, line.id) }));
}

/**
 * The photos to draw under a line of her timeline: a public note's (when the appeal has no progress
 * card, which shows a complex appeal's notes with theirs). The filing's and the resolution's have their own places.
 */
export function timelinePhotos(detail: WithPhotos & Pick<AppealDetail, 'tier'>, line: TimelineEntry): AttachmentInfo[] {
  return line.type === 'addNote' && detail.tier !== 'complex' ? photosOf(detail, line.id) : [];
}
