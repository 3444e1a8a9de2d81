import type { AppealDetail } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { routes } from '@/routes';
import { api } from '@/services/api';
import type { StaffAction } from '@/utils/staff/actions';
import { openPage } from '@/utils/navigation';
import { useActionForms } from '@/hooks/useActionForms';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';

/**
 * One appeal as its community staff see it (`?id=`), the action whose form is open, and the runner
 * that submits it (see useActionForms).
 */
export function useStaffAppeal(id: number, enabled: boolean) {
  const query = useQuery(() => (enabled && id ? api.appeals.get(id) : Promise.resolve(undefined)), [id, enabled]);
  const [detail, setDetail] = useState<AppealDetail>();

  // Every load replaces what is shown; so does the server's answer to an action.
  useEffect(() => {
    if (query.data) setDetail(query.data);
  }, [query.data]);
  const reload = query.reload;

  // Back from the escalation page (or anywhere): show what changed (the page has no pull-down).
  usePageRefresh(reload);

  const forms = useActionForms<StaffAction>(setDetail, reload);

  const choose = (action: StaffAction) => {
    if (action === 'escalate') openPage(routes.staffEscalate(id));
    else forms.openForm(action);
  };

  return { detail, loading: query.loading && !detail, error: query.error, reload, open: forms.open, choose, runner: forms.runner };
}
