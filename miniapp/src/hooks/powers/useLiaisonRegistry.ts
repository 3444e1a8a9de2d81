import type { LiaisonDuty, LiaisonInfo, Role } from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { api } from '@/services/api';
import { orderLiaisons, registerBody, type RegisterForm } from '@/utils/powers/liaison';
import { toast } from '@/utils/navigation';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

const FIELDS = ['name', 'phone', 'duties', 'username'] as const;
const EMPTY: RegisterForm = { name: '', phone: '', duties: [], username: '' };

/** Roles that see more than one community and choose which one to look at. */
export const MANY_COMMUNITIES: readonly Role[] = ['gridSecretary', 'streetAdmin'];

/**
 * The liaison registry (民情专员名册): the caller's community (or, for a grid secretary and the street
 * admin, the community they choose), active first; community staff register new liaisons.
 */
export function useLiaisonRegistry(role: Role | null) {
  const enabled = role !== null;
  const many = role !== null && MANY_COMMUNITIES.includes(role);
  const [communityId, setCommunityId] = useState<number | null>(null);
  const communities = useQuery(() => (many ? api.org.communities() : Promise.resolve([])), [many]);
  const list = useQuery(() => (enabled ? api.liaisons.list(communityId ?? undefined) : Promise.resolve([])), [enabled, communityId]);
  const [rows, setRows] = useState<LiaisonInfo[]>([]);
  useEffect(() => setRows(orderLiaisons(list.data ?? [])), [list.data]);
  usePageRefresh(list.reload);

  const communityNames = useMemo(() => new Map((communities.data ?? []).map((c) => [c.id, c.name])), [communities.data]);

  const [formOpen, setFormOpen] = useState(false);
  const [form, setForm] = useState<RegisterForm>(EMPTY);
  const submitter = useSubmit();

  const change = (patch: Partial<RegisterForm>) => setForm((f) => ({ ...f, ...patch }));
  const close = () => {
    setFormOpen(false);
    setForm(EMPTY);
    submitter.reset();
  };

  const register = () =>
    submitter.run(registerBody(form), api.liaisons.register, (created) => {
      setRows((rs) => orderLiaisons([created, ...rs.filter((r) => r.userId !== created.userId)]));
      close();
      toast('已登记');
    });

  // The server answers 409 USERNAME_TAKEN without naming the field: show it under the username.
  const usernameTaken = submitter.error?.code === 'USERNAME_TAKEN';

  return {
    many,
    communities,
    communityId,
    chooseCommunity: setCommunityId,
    communityName: (id: number) => communityNames.get(id),
    list,
    rows,
    activeCount: rows.filter((r) => r.active).length,
    form: {
      open: formOpen,
      show: () => setFormOpen(true),
      close,
      values: form,
      change,
      setDuties: (duties: LiaisonDuty[]) => change({ duties }),
      busy: submitter.busy,
      submit: register,
      fieldError: (field: (typeof FIELDS)[number]) => (field === 'username' && usernameTaken ? submitter.error?.message : submitter.fieldError(field)),
      message: usernameTaken ? undefined : submitter.message(FIELDS),
    },
  };
}
