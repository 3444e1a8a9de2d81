import type { PollAnswerReceipt, PollDetail, PollQuestion, PollResults } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { pollsApi } from '@/services/polls-api';
import { ApiError } from '@/services/http';
import { storage } from '@/state/storage';
import { answerBody, answeredCount, fitAnswers, setText as withText, tapOption, type PollAnswers } from '@/utils/polls/answer-form';
import { pollRefusal, type Refusal } from '@/utils/polls/refusals';

const NOT_FOUND = new ApiError(404, 'POLL_NOT_FOUND', '找不到这次征求意见');

/** Her unsent answers on this phone, so a lost connection or a closed app does not lose them; gone once sent. */
const draftKey = (id: number) => `lingjuli.pollAnswers.${id}`;

/**
 * One poll as a resident (or liaison) of its audience sees it: the questions while she may answer, her
 * answers kept until sent, 提交 after a confirm, the refusals as sentences; once it closed, the results.
 */
export function usePoll(idParam: string | undefined) {
  const id = Number(idParam);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useQuery<PollDetail>(() => (valid ? asResident(() => pollsApi.get(id)) : Promise.reject(NOT_FOUND)), [id]);
  const poll = detail.data ?? null;
  const closed = poll?.status === 'closed';
  const results = useQuery<PollResults | null>(() => (valid && closed ? asResident(() => pollsApi.results(id)) : Promise.resolve(null)), [id, closed]);
  usePageRefresh(async () => {
    await detail.reload();
    if (closed) await results.reload();
  });

  const [answers, setAnswers] = useState<PollAnswers>({});
  const [restoredFor, setRestoredFor] = useState<number | null>(null);
  useEffect(() => {
    // Once per poll: what she chose before (the app closed, the network went) comes back.
    if (!poll || restoredFor === poll.id) return;
    setAnswers(fitAnswers(poll.questions, storage.get(draftKey(poll.id))));
    setRestoredFor(poll.id);
  }, [poll, restoredFor]);
  const keep = (next: PollAnswers) => {
    setAnswers(next);
    if (valid) storage.set(draftKey(id), next);
  };
  const forget = () => {
    setAnswers({});
    if (valid) storage.remove(draftKey(id));
  };

  /** A tap one too many (最多选 n 项), said under that question. */
  const [limit, setLimit] = useState<{ questionId: number; message: string } | null>(null);
  const tap = (question: PollQuestion, optionId: number) => {
    const result = tapOption(answers, question, optionId);
    if (result.refusal) {
      setLimit({ questionId: question.id, message: result.refusal });
      void Taro.showToast({ title: `最多选${question.maxChoices}项`, icon: 'none', duration: 2000 });
      return;
    }
    setLimit(null);
    keep(result.answers);
  };
  const typeText = (questionId: number, text: string) => keep(withText(answers, questionId, text));

  const submitter = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<(Refusal & { code: string }) | null>(null);
  const [receipt, setReceipt] = useState<PollAnswerReceipt | null>(null);

  /** 提交: her answers checked first (what is missing is said under each question), then the confirm. */
  const review = async () => {
    if (!poll) return;
    setRefusal(null);
    const body = answerBody(poll.questions, answers);
    if (!body.ok) {
      // Nothing is sent: the run shows the form's own messages and brings the first into view.
      await submitter.run(
        body,
        () => Promise.resolve(),
        () => undefined,
      );
      return;
    }
    submitter.reset();
    setConfirming(true);
  };

  const confirm = () =>
    poll
      ? submitter.run(
          answerBody(poll.questions, answers),
          (body) => asResident(() => pollsApi.answer(poll.id, body)),
          (sent) => {
            setConfirming(false);
            setReceipt(sent);
            forget();
            void detail.reload();
          },
          (e) => {
            setConfirming(false);
            // A question the server found wrong is said under it; anything else is a sentence on top.
            if (e.status === 400 && e.details.some((d) => d.field.startsWith('answers.'))) return;
            const r = pollRefusal(e, poll.ballotUnit);
            setRefusal({ ...r, code: e.code });
            if (r.final) forget();
            if (r.action === 'reload') void detail.reload();
          },
        )
      : Promise.resolve(false);

  return {
    id,
    poll,
    loading: detail.loading && !poll,
    /** The poll could not be read: the sentence for it (not in her audience, no connection…). */
    loadError: poll ? null : detail.error,
    loadRefusal: !poll && detail.error ? pollRefusal(detail.error) : null,
    reload: detail.reload,
    results: results.data ?? null,
    resultsLoading: results.loading && !results.data,
    resultsError: results.error,
    reloadResults: results.reload,
    answers,
    answered: poll ? answeredCount(poll.questions, answers) : 0,
    tap,
    typeText,
    limit,
    review,
    confirming,
    cancelConfirm: () => setConfirming(false),
    confirm,
    busy: submitter.busy,
    fieldError: submitter.fieldError,
    refusal,
    receipt,
  };
}
