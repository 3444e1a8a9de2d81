import { hasPermission, type Opinion, type ProjectInfo } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { api } from '@/services/api';
import type { ApiError } from '@/services/http';
import type { Session } from '@/state/session';
import { checked } from '@/utils/powers/check';
import { opinionBody } from '@/utils/powers/projects';
import { toast } from '@/utils/navigation';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

/**
 * One street project (`?id=`): the community gives its opinion (同意 / 有条件同意 / 反对, with text);
 * the street marks it started, which the server refuses until the community has answered.
 */
export function useProject(id: number, session: Session | null) {
  const enabled = !!session && !!id;
  const role = session?.user.role;
  const query = useQuery<ProjectInfo | null>(() => (enabled ? api.projects.get(id) : Promise.resolve(null)), [enabled, id]);
  const [project, setProject] = useState<ProjectInfo | null>(null);
  useEffect(() => {
    if (query.data) setProject(query.data);
  }, [query.data]);
  usePageRefresh(query.reload);

  const [opinion, setOpinion] = useState<Opinion | null>(null);
  const [text, setText] = useState('');
  const opinionForm = useSubmit();
  const giveOpinion = () =>
    opinionForm.run(
      opinionBody(opinion, text),
      (body) => api.projects.giveOpinion(id, body),
      (next) => {
        setProject(next);
        toast('已提交社区意见');
      },
    );

  const startForm = useSubmit();
  const [startRefusal, setStartRefusal] = useState<ApiError | null>(null);
  const start = () =>
    startForm.run(
      checked({}, () => undefined),
      () => api.projects.start(id),
      (next) => {
        setStartRefusal(null);
        setProject(next);
        toast('已标记开工');
      },
      (e) => {
        setStartRefusal(e);
        // It may have changed meanwhile (an opinion just given): show it as it is now.
        if (e.status === 409) void query.reload();
      },
    );

  const canOpinion = !!role && hasPermission(role, 'project.opinion') && project?.status === 'awaitingOpinion';
  const canStart = !!role && hasPermission(role, 'project.start') && !!project && project.status !== 'started';

  return {
    project,
    loading: query.loading && !project,
    error: query.error,
    reload: query.reload,
    canOpinion,
    canStart,
    opinion,
    setOpinion,
    text,
    setText,
    opinionForm,
    giveOpinion,
    start,
    startBusy: startForm.busy,
    startRefusal,
  };
}
