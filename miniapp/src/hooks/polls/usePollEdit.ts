import type { PollDetail, PollQuestionType } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { useAudiencePicker } from '@/hooks/hall/useAudiencePicker';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { routes } from '@/routes';
import { pollsApi } from '@/services/polls-api';
import type { Session } from '@/state/session';
import {
  addOption,
  addQuestion,
  changeType,
  draftFromPoll,
  emptyPollDraft,
  moveQuestion,
  pollBody,
  removeOption,
  removeQuestion,
  setOption,
  updateQuestion,
  type PollDraft,
  type QuestionDraft,
} from '@/utils/polls/poll-form';
import { openPage, scrollToSelector, toast } from '@/utils/navigation';

/**
 * Write a poll (`id` absent) or change one until its first answer: the questions one by one, who is
 * asked (the community, some buildings, people invited by name), how it counts, when it opens and closes.
 */
export function usePollEdit(id: number | null, session: Session | null, now: Date) {
  const communityId = session?.user.communityId ?? null;
  const existing = useQuery<PollDetail | null>(() => (session && id ? pollsApi.get(id) : Promise.resolve(null)), [session?.user.id, id]);
  const [draft, setDraft] = useState<PollDraft>(() => emptyPollDraft(now));
  const [loadedId, setLoadedId] = useState<number | null>(null);
  useEffect(() => {
    // The poll as saved, once (a reload must not throw away what she changed).
    if (existing.data && existing.data.id !== loadedId) {
      setDraft(draftFromPoll(existing.data));
      setLoadedId(existing.data.id);
    }
  }, [existing.data, loadedId]);

  const audience = useAudiencePicker(communityId, draft, setDraft);

  const set = <K extends keyof PollDraft>(key: K, value: PollDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const question = (i: number, patch: Partial<Omit<QuestionDraft, 'key'>>) => setDraft((d) => updateQuestion(d, i, patch));

  const submitter = useSubmit();
  const submit = () =>
    submitter.run(
      pollBody(draft, now),
      (body) => (id ? pollsApi.update(id, body) : pollsApi.create(body)),
      (saved) => {
        toast(id ? '已保存修改' : '已发布');
        setTimeout(() => openPage(routes.pollManage(saved.id), 'redirect'), 500);
      },
    );

  const poll = existing.data ?? null;
  return {
    isNew: !id,
    poll,
    /** Changed only until the first answer and before it closes, by its community's staff (the server's `editable`). */
    editable: !poll || (poll.editable && poll.communityId === communityId),
    loading: !!id && existing.loading && !existing.data,
    error: existing.error,
    reload: existing.reload,
    audience,
    draft,
    set,
    addQuestion: (type: PollQuestionType) => {
      setDraft((d) => addQuestion(d, type));
      scrollToSelector(`#poll-edit-q${draft.questions.length}`);
    },
    removeQuestion: (i: number) => setDraft((d) => removeQuestion(d, i)),
    moveQuestion: (i: number, by: -1 | 1) => setDraft((d) => moveQuestion(d, i, by)),
    question,
    changeType: (i: number, type: PollQuestionType) => setDraft((d) => changeType(d, i, type)),
    addOption: (i: number) => setDraft((d) => addOption(d, i)),
    setOption: (i: number, j: number, label: string) => setDraft((d) => setOption(d, i, j, label)),
    removeOption: (i: number, j: number) => setDraft((d) => removeOption(d, i, j)),
    submit,
    submitter,
  };
}
