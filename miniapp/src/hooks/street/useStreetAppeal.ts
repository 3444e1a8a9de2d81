import type { AppealDetail, EmergencyService, NoteVisibility } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { completionFor } from '@/utils/street/assignment';
import { checkRequiredText } from '@/utils/street/note';
import { toast } from '@/utils/navigation';
import { useActionForms } from '@/hooks/useActionForms';
import { useFixPhotos } from '@/hooks/staff/useFixPhotos';

/** One form on the page: its text, the form's own message, the server's error, and whether it is sending. */
function useForm() {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (value: string) => {
    setText(value);
    setProblem(null);
  };
  return { text, setText: edit, problem, setProblem, error, setError, busy, setBusy };
}

/**
 * A department (or the command centre) handling a dispatched appeal: the detail, progress notes
 * (public or internal), the completion the server offers — resolve for the lead, complete the
 * part for an assisting department — and feedback to the resident together with the community.
 */
export function useStreetAppeal(id: number, enabled: boolean) {
  const query = useQuery<AppealDetail | null>(() => (enabled && id ? api.appeals.get(id) : Promise.resolve(null)), [id, enabled]);
  const [detail, setDetail] = useState<AppealDetail | null>(null);
  useEffect(() => {
    if (query.data !== undefined) setDetail(query.data);
  }, [query.data]);

  const progress = useForm();
  const [visibility, setVisibility] = useState<NoteVisibility>('public');
  const progressPhotos = useFixPhotos();
  const completion = useForm();
  const completionPhotos = useFixPhotos();
  const [handedTo, setHandedTo] = useState<EmergencyService | null>(null);

  const actions = detail?.actions ?? [];
  const completionKind = completionFor(actions);
  // Feedback uses the community's form and runner: it opens on a tap, like on the community's page.
  const forms = useActionForms<'feedback'>(setDetail, query.reload);

  const run = async (
    form: ReturnType<typeof useForm>,
    what: string,
    send: (text: string) => Promise<AppealDetail>,
    done: string,
    photos?: ReturnType<typeof useFixPhotos>,
  ) => {
    const problem = checkRequiredText(form.text, what);
    form.setProblem(problem);
    form.setError(null);
    if (problem) return;
    form.setBusy(true);
    try {
      setDetail(await send(form.text.trim()));
      form.setText('');
      photos?.clear();
      toast(done);
    } catch (e) {
      form.setError(asApiError(e, '操作失败，请稍后重试'));
    } finally {
      form.setBusy(false);
    }
  };

  // 处置照片 go with a progress note and the lead's resolution, for the resident to see (docs/domain.md §7.2).
  const withPhotos = (photos: ReturnType<typeof useFixPhotos>) => (photos.attachmentIds.length ? { attachmentIds: photos.attachmentIds } : {});
  const addNote = () =>
    run(progress, '进展情况', (content) => api.appeals.addNote(id, { content, visibility, ...withPhotos(progressPhotos) }), '已记录进展', progressPhotos);

  const complete = () =>
    completionKind === 'resolve'
      ? run(
          completion,
          '办结情况',
          (note) => api.appeals.resolve(id, { note, ...(handedTo ? { handedTo } : {}), ...withPhotos(completionPhotos) }),
          '已办结',
          completionPhotos,
        )
      : run(completion, '完成情况', (note) => api.appeals.completeAssignment(id, { note }), '已报告完成');

  return {
    detail,
    loading: query.loading && !detail,
    error: query.error,
    reload: query.reload,
    canAddNote: actions.includes('addNote'),
    canDispatch: actions.includes('dispatch'),
    canFeedback: actions.includes('feedback'),
    feedbackOpen: forms.open === 'feedback',
    openFeedback: () => forms.openForm('feedback'),
    runner: forms.runner,
    completionKind,
    progress: { ...progress, visibility, setVisibility, photos: progressPhotos, submit: addNote },
    completion: { ...completion, handedTo, setHandedTo, photos: completionPhotos, submit: complete },
  };
}
