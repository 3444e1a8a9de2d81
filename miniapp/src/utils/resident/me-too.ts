import type { SimilarAppealsQuery, SupportAppealRequest } from '@lingjuli/shared';
import { ApiError } from '@/services/http';
import type { AppealDraft } from '@/utils/draft';

/** What to ask for similar open appeals: only once she has named both the building and the category. */
export function similarQuery(draft: Pick<AppealDraft, 'buildingId' | 'category'>): SimilarAppealsQuery | null {
  return draft.buildingId && draft.category ? { buildingId: draft.buildingId, category: draft.category } : null;
}

/**
 * "Me too" names the building and category the offered list was asked for, not the draft as it is
 * now: the server lets her join only what `similar` offered for exactly these.
 */
export function supportRequest(asked: SimilarAppealsQuery): SupportAppealRequest {
  return { buildingId: asked.buildingId, category: asked.category };
}

export interface SupportFailure {
  text: string;
  tone: 'warning' | 'error';
  /** The list she saw is out of date (the appeal closed, or is no longer offered): ask again. */
  stale: boolean;
}

/** Why "我也遇到了" did not go through, in words she can act on. */
export function supportFailure(error: unknown): SupportFailure {
  if (!(error instanceof ApiError)) return { text: '操作没有成功，请稍后再试', tone: 'error', stale: false };
  // Too many taps: the server's own words, and nothing is wrong with the appeal.
  if (error.status === 429) return { text: error.message, tone: 'warning', stale: false };
  if (error.status === 404) {
    return { text: '这件诉求已经办完或不再接受「我也遇到了」。请继续往下填写，直接提交。', tone: 'error', stale: true };
  }
  return { text: error.message, tone: 'error', stale: false };
}
