import {
  pollStatus,
  type PollAdoption as PollAdoptionView,
  type PollAnswerState,
  type PollQuestion as PollQuestionView,
  type PollSummary,
} from '@lingjuli/shared';
import { toPerson } from '../users/user.mapper';
import type { PollAdoption } from './poll-adoption.entity';
import type { PollOption } from './poll-option.entity';
import type { PollQuestion } from './poll-question.entity';
import type { Poll } from './poll.entity';

/** A question with its options, in their order. */
export type QuestionWithOptions = PollQuestion & { options: PollOption[] };

/** Expects `community` loaded. */
export function toPollSummary(poll: Poll, extra: { participants: number; answerState: PollAnswerState | null; adopted: boolean }, now: Date): PollSummary {
  return {
    id: poll.id,
    communityId: poll.communityId,
    communityName: poll.community?.name ?? '',
    title: poll.title,
    status: pollStatus(poll, now),
    audience: poll.audience,
    ballotUnit: poll.ballotUnit,
    verifiedHouseholdsOnly: poll.verifiedHouseholdsOnly,
    opensAt: poll.opensAt.toISOString(),
    closesAt: poll.closesAt.toISOString(),
    // A poll past its time is closed at that time, whether or not the timer has run yet.
    closedAt: (poll.closedAt ?? (pollStatus(poll, now) === 'closed' ? poll.closesAt : null))?.toISOString() ?? null,
    participants: extra.participants,
    answerState: extra.answerState,
    adopted: extra.adopted,
    createdAt: poll.createdAt.toISOString(),
  };
}

export function toPollQuestion(q: QuestionWithOptions): PollQuestionView {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    required: q.required,
    maxChoices: q.maxChoices,
    options: q.options.map((o) => ({ id: o.id, label: o.label })),
  };
}

/** Expects `by` and `option` loaded. */
export function toPollAdoption(adoption: PollAdoption): PollAdoptionView {
  return {
    questionId: adoption.option?.questionId ?? null,
    optionId: adoption.optionId,
    optionLabel: adoption.option?.label ?? null,
    text: adoption.text,
    by: toPerson(adoption.by),
    at: adoption.at.toISOString(),
  };
}
