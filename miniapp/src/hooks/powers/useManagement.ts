import { hasPermission, type CommunitySummary, type ManagementItemKind, type ManagementList } from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { addRow, managementBody, moveRow, removeRow, toEditRows, updateRow, type EditRow } from '@/utils/powers/management';
import { toast } from '@/utils/navigation';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

/** Communities a role may pick from: a grid secretary's own grid, the street's all of them. */
function pickable(session: Session, communities: readonly CommunitySummary[]): CommunitySummary[] {
  const { role, gridId } = session.user;
  if (role === 'gridSecretary' && gridId !== null) return communities.filter((c) => c.gridId === gridId);
  return [...communities];
}

/**
 * A community's list of management powers and resources (管理权): its own community by default
 * (`?communityId=` or the caller's); street roles pick one. The street admin edits and saves it.
 */
export function useManagement(session: Session | null, communityIdParam: number | undefined) {
  const own = session?.user.communityId ?? null;
  const picks = !!session && own === null;
  const communities = useQuery(() => (picks ? api.org.communities() : Promise.resolve([])), [picks]);
  const choices = useMemo(() => (session && communities.data ? pickable(session, communities.data) : []), [session, communities.data]);
  const [communityId, setCommunityId] = useState<number | null>(communityIdParam ?? own);
  useEffect(() => {
    if (communityId === null && choices.length) setCommunityId(choices[0].id);
  }, [communityId, choices]);

  const list = useQuery<ManagementList | null>(
    () => (session && communityId ? api.management.get(communityId) : Promise.resolve(null)),
    [communityId, !!session],
  );
  const [shown, setShown] = useState<ManagementList | null>(null);
  useEffect(() => {
    setShown(list.data ?? null);
  }, [list.data]);
  usePageRefresh(list.reload);

  const canEdit = !!session && hasPermission(session.user.role, 'management.edit');
  const [rows, setRows] = useState<EditRow[] | null>(null);
  const saver = useSubmit();

  const save = () =>
    rows && communityId
      ? saver.run(
          managementBody(rows),
          (body) => api.management.update(communityId, body),
          (saved) => {
            setShown(saved);
            setRows(null);
            toast('已保存');
          },
        )
      : Promise.resolve(false);

  return {
    communityId,
    choose: (id: number) => {
      setRows(null);
      saver.reset();
      setCommunityId(id);
    },
    picks,
    choices,
    communityName: choices.find((c) => c.id === communityId)?.name ?? null,
    list: shown,
    loading: (list.loading && !shown) || (picks && communities.loading),
    error: list.error ?? communities.error,
    reload: list.reload,
    canEdit,
    editing: rows !== null,
    rows: rows ?? [],
    startEditing: () => {
      saver.reset();
      setRows(toEditRows(shown?.items ?? []));
    },
    cancelEditing: () => {
      saver.reset();
      setRows(null);
    },
    add: (kind: ManagementItemKind) => setRows((r) => addRow(r ?? [], kind)),
    remove: (index: number) => setRows((r) => removeRow(r ?? [], index)),
    move: (index: number, direction: -1 | 1) => setRows((r) => moveRow(r ?? [], index, direction)),
    update: (index: number, change: Partial<EditRow>) => setRows((r) => updateRow(r ?? [], index, change)),
    save,
    saver,
  };
}
