import { useState } from 'react';
import { routes } from '@/routes';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { emptyProjectDraft, projectBody, type ProjectDraft } from '@/utils/powers/projects';
import { openPage, toast } from '@/utils/navigation';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

/** The street registers a project in a community's area; the community is asked for its opinion. */
export function useProjectNew(session: Session | null) {
  const enabled = !!session;
  const communities = useQuery(() => (enabled ? api.org.communities() : Promise.resolve([])), [enabled]);
  const [draft, setDraft] = useState<ProjectDraft>(emptyProjectDraft);
  const submitter = useSubmit();
  const set = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = () =>
    submitter.run(
      projectBody(draft),
      (body) => api.projects.register(body),
      (created) => {
        toast('已登记，待社区意见');
        setTimeout(() => openPage(routes.project(created.id), 'redirect'), 500);
      },
    );
  return { communities, draft, set, submit, submitter };
}
