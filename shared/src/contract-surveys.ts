/** API contract of the door-to-door surveys (入户调查; the rules and arithmetic in surveys.ts). Times are ISO-8601 UTC strings. */
import type { IsoDateTime, PersonRef } from './contract';
import type { Interval, SurveyChoice, SurveyQuestionType, SurveyStatus, SurveyTally } from './surveys';

// ---- POST /surveys ----

export interface SurveyQuestionInput {
  type: SurveyQuestionType;
  /** The question as the liaison reads it out at the door. */
  text: string;
}

export interface SurveyCommunityInput {
  communityId: number;
  /** The community's households, for the finite-population correction (left out: unknown). */
  households?: number;
}

export interface CreateSurveyRequest {
  title: string;
  /** Why the survey is run, shown to the liaisons who ask it. */
  purpose: string;
  questions: SurveyQuestionInput[];
  /**
   * The communities taking part. The street: any of them (all when left out); a community runs a
   * survey for itself only (left out, or its own alone).
   */
  communities?: SurveyCommunityInput[];
  /** Households to ask in each community (the paper's street asked 200). */
  targetSampleSize: number;
  /** Beijing calendar dates `YYYY-MM-DD`, both included. */
  opensOn: string;
  closesOn: string;
}

// ---- GET /surveys?status, GET /surveys/:id ----

export interface SurveyListQuery {
  status?: SurveyStatus;
}

export interface SurveyQuestionInfo {
  id: number;
  /** 1, 2, 3 … in the order asked. */
  position: number;
  type: SurveyQuestionType;
  text: string;
  /** The choices to offer, in order (none for a text question). */
  choices: SurveyChoice[];
}

export interface SurveyCommunityInfo {
  communityId: number;
  communityName: string;
  households: number | null;
}

/** What the caller may do with the survey now. */
export const SURVEY_ACTIONS = ['enter', 'close', 'results'] as const;
export type SurveyAction = (typeof SURVEY_ACTIONS)[number];

export interface SurveyInfo {
  id: number;
  title: string;
  purpose: string;
  /** Who runs it: a community (its id and name), or the street (id null, 街道). */
  runBy: { communityId: number | null; name: string };
  questions: SurveyQuestionInfo[];
  communities: SurveyCommunityInfo[];
  targetSampleSize: number;
  opensOn: string;
  closesOn: string;
  /** The first instant of `opensOn` and the end of `closesOn` (exclusive), Beijing time. */
  opensAt: IsoDateTime;
  closesAt: IsoDateTime;
  status: SurveyStatus;
  /** Set when it was closed before the end of its last day. */
  closedAt: IsoDateTime | null;
  createdBy: PersonRef | null;
  createdAt: IsoDateTime;
  /** The entries the caller took herself (a liaison or community staff), else null. */
  myEntries: number | null;
  actions: SurveyAction[];
}

// ---- POST /surveys/:id/entries ----

export interface SurveyAnswerInput {
  /** The question answered; the answers follow the survey's questions one by one, in order. */
  questionId: number;
  /** One of the question's choices (a satisfaction or yes/no question). */
  choice?: SurveyChoice;
  /** What the household said (a text question; may be left out). */
  text?: string;
}

export interface SurveyEntryRequest {
  /** A building of the liaison's community, if she records it. */
  buildingId?: number;
  unit?: string;
  room?: string;
  answers: SurveyAnswerInput[];
  /** When the household was asked, from the phone (with its offset): not in the future, not before the survey opened. */
  interviewedAt: IsoDateTime;
  /** The phone's own key for this entry, 8–64 of A–Z a–z 0–9 _ -: sent again, the entry already taken is returned (200). */
  clientKey: string;
}

export interface SurveyEntryInfo {
  id: number;
  surveyId: number;
  communityId: number;
  buildingId: number | null;
  buildingName: string | null;
  unit: string | null;
  room: string | null;
  answers: { questionId: number; choice: SurveyChoice | null; text: string | null }[];
  interviewedAt: IsoDateTime;
  enteredAt: IsoDateTime;
  clientKey: string;
}

// ---- GET /surveys/:id/results?communityId&marginPoints, GET /surveys/:id/results.xlsx ----

export interface SurveyResultsQuery {
  /** One of the survey's communities in the caller's scope (404 otherwise). */
  communityId?: number;
  /** The target margin to plan the sample for, in percentage points (1–20; default 5). */
  marginPoints?: number;
}

/** How far a place's sample has come. */
export interface SurveySample {
  entries: number;
  /** The target sample (per community; for several, their sum). */
  target: number;
  /** entries ÷ target (1 = reached). */
  progress: number | null;
  households: number | null;
  /** The sample the target margin needs at the worst case (p = 50 %), corrected for the households when known. */
  neededForMargin: number;
}

export interface SurveyCommunitySample extends SurveySample {
  communityId: number;
  communityName: string;
}

export interface SurveyTextAnswer {
  communityId: number;
  communityName: string;
  /** Masked with the shared `maskPersonalData`: a phone number or a name said at the door is not shown. */
  text: string;
  interviewedAt: IsoDateTime;
}

export interface SurveyQuestionResult {
  questionId: number;
  position: number;
  type: SurveyQuestionType;
  text: string;
  /** The communities shown together (null for a text question). */
  overall: SurveyTally | null;
  byCommunity: { communityId: number; communityName: string; tally: SurveyTally }[];
  /** A text question's answers, newest first (at most SURVEY_TEXTS_SHOWN), and how many there are. */
  texts: SurveyTextAnswer[];
  textCount: number;
}

/** The newest text answers a question's results show. */
export const SURVEY_TEXTS_SHOWN = 200;

export interface SurveyResults {
  survey: SurveyInfo;
  targetMarginPoints: number;
  /** The communities shown: the survey's within the caller's scope (or the one asked for). */
  overall: SurveySample;
  communities: SurveyCommunitySample[];
  questions: SurveyQuestionResult[];
  serverTime: IsoDateTime;
}

// ---- in GET /measures: `surveys` ----

/** A survey open at some time in the measures' period, with its headline: the first satisfaction question over the scope's communities. */
export interface SurveyHeadline {
  surveyId: number;
  title: string;
  runBy: { communityId: number | null; name: string };
  opensOn: string;
  closesOn: string;
  status: SurveyStatus;
  /** The first satisfaction question (null if the survey has none). */
  questionId: number | null;
  questionText: string | null;
  /** Answers to it from the scope's communities. */
  n: number;
  share: number | null;
  marginOfError: number | null;
  wilson: Interval | null;
}
