import type {
  CreateSurveyRequest,
  SurveyEntryInfo,
  SurveyEntryRequest,
  SurveyInfo,
  SurveyListQuery,
  SurveyResults,
  SurveyResultsQuery,
} from '@lingjuli/shared';
import { http } from '@/services/api';

/** Door-to-door surveys (入户调查): staff and the street make and read them, liaisons enter households at the door. */
export const surveysApi = {
  /** The caller's surveys, newest first; a liaison's: the open ones of her community, with `myEntries`. */
  list: (query: SurveyListQuery = {}) => http.get<SurveyInfo[]>('/surveys', { query: { ...query } }),
  get: (id: number) => http.get<SurveyInfo>(`/surveys/${id}`),
  // ---- staff and the street ----
  create: (body: CreateSurveyRequest) => http.post<SurveyInfo>('/surveys', { data: body }),
  close: (id: number) => http.post<SurveyInfo>(`/surveys/${id}/close`),
  results: (id: number, query: SurveyResultsQuery = {}) => http.get<SurveyResults>(`/surveys/${id}/results`, { query: { ...query } }),
  /** Where the results' workbook is downloaded from (the same query as `results`). */
  resultsXlsxPath: (id: number) => `/surveys/${id}/results.xlsx`,
  // ---- at the door ----
  /** 201: taken now; 200: the entry already taken with this `clientKey` (a resend). */
  enter: (id: number, body: SurveyEntryRequest) => http.postWithStatus<SurveyEntryInfo>(`/surveys/${id}/entries`, { data: body }),
};
