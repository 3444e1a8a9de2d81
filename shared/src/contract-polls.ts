import type { IsoDateTime, PersonRef } from './contract';
import type { Audience } from './households';
import type { BallotUnit, PollAnswerInput, PollQuestionType, PollStatus } from './polls';

// ---- polls and questionnaires (征求意见 / 问卷): /polls, /polls/:id, /polls/:id/{answers,close,adoption,results,results.xlsx} ----

/** A question as staff write it. */
export interface PollQuestionInput {
  type: PollQuestionType;
  prompt: string;
  /** Default true. */
  required?: boolean;
  /** `single`, `multiple`, `ranked`: 2–20 distinct options; `text`: none. */
  options?: string[];
  /** `multiple` only: the most options one may choose (1 to the number of options; default any number). */
  maxChoices?: number;
}

/** Staff create a poll in their own community; `PUT /polls/:id` takes the same, until the first answer. */
export interface CreatePollRequest {
  title: string;
  description: string;
  questions: PollQuestionInput[];
  audience: Audience;
  /** `buildings`: the community's buildings whose households are asked. */
  buildingIds?: number[];
  /** `invited`: residents (or liaisons) of the community asked by name, e.g. the residents' representatives. */
  invitedUserIds?: number[];
  ballotUnit: BallotUnit;
  /** Only households the community's staff verified may answer (default false). */
  verifiedHouseholdsOnly?: boolean;
  /** Default now. */
  opensAt?: IsoDateTime;
  /** In the future, after `opensAt`, at most 366 days ahead; the poll closes itself then (a timer). */
  closesAt: IsoDateTime;
  /** When it closes, those who took part are told the results are out (default true); staff always are. */
  notifyParticipants?: boolean;
}

export type UpdatePollRequest = CreatePollRequest;

export interface PollOption {
  id: number;
  label: string;
}

export interface PollQuestion {
  id: number;
  type: PollQuestionType;
  prompt: string;
  required: boolean;
  maxChoices: number | null;
  options: PollOption[];
}

/**
 * What the caller may do about answering (residents and liaisons; null for staff):
 * `canAnswer`; `answered` (she did); `householdAnswered` (someone of her household did, a household poll);
 * `householdRequired` (state her household first, `PUT /me/household`); `householdNotVerified` (the poll
 * asks for verified households); `notOpen`; `closed`.
 */
export type PollAnswerState = 'canAnswer' | 'answered' | 'householdAnswered' | 'householdRequired' | 'householdNotVerified' | 'notOpen' | 'closed';

/** The adopted plan (采纳方案), recorded by staff after the poll closed: an option, words, or both. */
export interface PollAdoption {
  questionId: number | null;
  optionId: number | null;
  optionLabel: string | null;
  text: string | null;
  by: PersonRef;
  at: IsoDateTime;
}

export interface PollSummary {
  id: number;
  communityId: number;
  communityName: string;
  title: string;
  status: PollStatus;
  audience: Audience;
  ballotUnit: BallotUnit;
  verifiedHouseholdsOnly: boolean;
  opensAt: IsoDateTime;
  closesAt: IsoDateTime;
  /** When it closed (its closing time, or earlier by staff); null while it runs. */
  closedAt: IsoDateTime | null;
  /** Households (or residents) that answered so far. */
  participants: number;
  /** Residents and liaisons: where she stands; null for staff. */
  answerState: PollAnswerState | null;
  adopted: boolean;
  createdAt: IsoDateTime;
}

export interface PollDetail extends PollSummary {
  description: string;
  questions: PollQuestion[];
  /** `buildings`: the buildings asked, by name. */
  buildings: { id: number; name: string }[];
  /** `invited`: who was invited — staff only (a resident sees an empty list). */
  invitedUserIds: number[];
  notifyParticipants: boolean;
  createdBy: PersonRef;
  /** Staff: true until the first answer and while it is not closed (`PUT /polls/:id`). */
  editable: boolean;
  adoption: PollAdoption | null;
}

export interface PollListQuery {
  status?: PollStatus;
  communityId?: number;
  /** The `Next-Cursor` header of the page before; newest first, 20 a page. */
  cursor?: string;
}

/** `answers[i]` answers question i (an optional one may be left blank: no options, no words). */
export interface AnswerPollRequest {
  answers: PollAnswerInput[];
}

/** What an answer returns: that it counted — never what was answered (nobody can read a ballot back). */
export interface PollAnswerReceipt {
  pollId: number;
  answeredAt: IsoDateTime;
  participants: number;
}

/** `optionId` an option of one of the poll's choice questions, `text` ≤ 500 characters; at least one of them. Once. */
export interface AdoptPollRequest {
  optionId?: number;
  text?: string;
}

export interface PollOptionResult {
  optionId: number;
  label: string;
  /** Ballots that chose it (`ranked`: that ranked it at all). */
  count: number;
  /** Of the ballots that answered the question, 0–1 (multiple choice: they add up to more than 1); null with none. */
  share: number | null;
  /** `ranked`: with n options, n points per first place, n − 1 per second…, none unranked (the Borda count). */
  bordaPoints?: number;
  bordaShare?: number | null;
  /** `ranked`: ballots that ranked it first. */
  firstPreferences?: number;
  firstPreferenceShare?: number | null;
}

export interface PollQuestionResult {
  questionId: number;
  type: PollQuestionType;
  prompt: string;
  /** Ballots that answered the question. */
  answered: number;
  /** In the question's order. */
  options: PollOptionResult[];
  /** `ranked`: the options' ids from most to least preferred — the Borda count decides, first preferences break a tie. */
  rankedOrder?: number[];
  /** `text`, staff only: the words, each with personal data masked, sorted by the words (never in the order they came). */
  texts?: string[];
}

/**
 * The results (`GET /polls/:id/results`): staff see them live; residents and liaisons in the audience
 * once the poll has closed (before: 409 `POLL_RESULTS_NOT_PUBLISHED`), without the free words.
 */
export interface PollResults {
  pollId: number;
  title: string;
  status: PollStatus;
  ballotUnit: BallotUnit;
  /** Households (or residents) that answered. */
  participants: number;
  /** Those in the audience who stated a household (verified ones, if the poll asks for them): fixed when it closes. */
  eligible: number;
  /** `participants / eligible`, 0–1; null with nobody in the audience. */
  turnout: number | null;
  questions: PollQuestionResult[];
  adoption: PollAdoption | null;
}

/** The polls held (closed) in a community in a period and their turnout — for the measures. */
export interface PollParticipationFigures {
  communityId: number;
  pollsHeld: number;
  participants: number;
  eligible: number;
  turnout: number | null;
}
