import { FEEDBACK_METHODS, SATISFACTIONS, SATISFACTION_LABELS, type FeedbackMethod, type FeedbackRequest, type Satisfaction } from '@lingjuli/shared';
import { MAX_TEXT } from '@/utils/staff/limits';

/** What the liaison fills in after a visit. */
export interface VisitForm {
  method: FeedbackMethod;
  /** What she told the resident. */
  content: string;
  /** The resident's opinion in one tap… */
  opinion: Satisfaction | null;
  /** …and in her words. */
  opinionText: string;
}

/** She usually goes to the door (上门). */
export const emptyVisitForm = (): VisitForm => ({ method: 'visit', content: '', opinion: null, opinionText: '' });

export const VISIT_METHODS: readonly FeedbackMethod[] = FEEDBACK_METHODS;
export const OPINIONS: readonly Satisfaction[] = SATISFACTIONS;

/** The resident's opinion as one text: 满意：… / 满意 / … ; undefined when she said nothing. */
export function composeOpinion(opinion: Satisfaction | null, text: string): string | undefined {
  const words = text.trim();
  const chip = opinion ? SATISFACTION_LABELS[opinion] : '';
  if (chip && words) return `${chip}：${words}`;
  return chip || words || undefined;
}

export type VisitCheck = { ok: true; request: FeedbackRequest } | { ok: false; field: 'content' | 'residentOpinion'; message: string };

export function toFeedbackRequest(form: VisitForm): VisitCheck {
  const content = form.content.trim();
  if (!content) return { ok: false, field: 'content', message: '请写下您向居民说明的情况' };
  if (content.length > MAX_TEXT) return { ok: false, field: 'content', message: `不能超过${MAX_TEXT}字` };
  const residentOpinion = composeOpinion(form.opinion, form.opinionText);
  if (residentOpinion && residentOpinion.length > MAX_TEXT) return { ok: false, field: 'residentOpinion', message: `不能超过${MAX_TEXT}字` };
  return { ok: true, request: { method: form.method, content, ...(residentOpinion ? { residentOpinion } : {}) } };
}

/** What the resident should hear: the latest resolution note on the public timeline, if any. */
export function latestResult(timeline: readonly { type: string; note: string | null; at: string }[]): { note: string; at: string } | null {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const e = timeline[i];
    if (e.type === 'resolve' && e.note) return { note: e.note, at: e.at };
  }
  return null;
}
