import type {
  AdoptPollRequest,
  AnswerPollRequest,
  CreatePollRequest,
  PollAnswerReceipt,
  PollDetail,
  PollListQuery,
  PollResults,
  PollSummary,
  UpdatePollRequest,
} from '@lingjuli/shared';
import { http } from '@/services/api';

/** Polls and questionnaires (征求意见 / 问卷): staff write, close and adopt; residents and liaisons of the audience answer once. */
export const pollsApi = {
  /** Newest first, 20 a page (the next page's cursor from `Next-Cursor`). A resident: those she is asked in. */
  list: (query: PollListQuery = {}) => http.getList<PollSummary>('/polls', { query: { ...query } }),
  get: (id: number) => http.get<PollDetail>(`/polls/${id}`),
  /** Staff live (with the free words, masked); residents once it closed (409 `POLL_RESULTS_NOT_PUBLISHED` before). */
  results: (id: number) => http.get<PollResults>(`/polls/${id}/results`),
  // ---- staff of the poll's community ----
  create: (body: CreatePollRequest) => http.post<PollDetail>('/polls', { data: body }),
  /** Until the first answer (409 `POLL_HAS_ANSWERS`), while it is not closed. */
  update: (id: number, body: UpdatePollRequest) => http.put<PollDetail>(`/polls/${id}`, { data: body }),
  close: (id: number) => http.post<PollDetail>(`/polls/${id}/close`),
  adopt: (id: number, body: AdoptPollRequest) => http.post<PollDetail>(`/polls/${id}/adoption`, { data: body }),
  /** The .xlsx of the results (fetched with the session's token by the platform). */
  resultsXlsxPath: (id: number) => `/polls/${id}/results.xlsx`,
  // ---- residents and liaisons of the audience ----
  answer: (id: number, body: AnswerPollRequest) => http.post<PollAnswerReceipt>(`/polls/${id}/answers`, { data: body }),
};
