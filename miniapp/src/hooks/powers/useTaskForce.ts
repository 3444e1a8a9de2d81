import { hasPermission, type NoteVisibility, type TaskForceInfo } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import {
  addRepresentativeRow,
  chooseTaskForceLead,
  emptyTaskForceDraft,
  removeRepresentativeRow,
  setRepresentativeRow,
  taskForceBody,
  taskForceNoteBody,
  toggleTaskForceMember,
  type TaskForceDraft,
} from '@/utils/powers/task-force';
import { groupDepartments } from '@/utils/street/dispatch-selection';
import { toast } from '@/utils/navigation';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

/**
 * An appeal's task force (专班, `?appealId=`): the form to set one up when there is none (the command
 * centre or the street admin), else its members, its progress notes and the form to add one.
 */
export function useTaskForce(appealId: number, session: Session | null) {
  const enabled = !!session && !!appealId;
  const role = session?.user.role;
  const coordination = useQuery(() => (enabled ? api.coordination(appealId) : Promise.resolve(null)), [enabled, appealId]);
  const appeal = useQuery(() => (enabled ? api.appeals.get(appealId).catch(() => null) : Promise.resolve(null)), [enabled, appealId]);
  usePageRefresh(coordination.reload);

  const [taskForce, setTaskForce] = useState<TaskForceInfo | null>(null);
  useEffect(() => {
    if (coordination.data) setTaskForce(coordination.data.taskForce);
  }, [coordination.data]);

  const canForm = !!role && hasPermission(role, 'taskForce.form');
  const forming = coordination.data !== undefined && coordination.data !== null && taskForce === null && canForm;
  const departments = useQuery(() => (forming ? api.org.departments() : Promise.resolve([])), [forming]);

  const [draft, setDraft] = useState<TaskForceDraft>(emptyTaskForceDraft);
  const form = useSubmit();
  const formTaskForce = () =>
    form.run(
      taskForceBody(draft),
      (body) => api.taskForces.form(appealId, body),
      (formed) => {
        setTaskForce(formed);
        setDraft(emptyTaskForceDraft());
        toast('专班已成立');
      },
    );

  const [note, setNote] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('internal');
  const noteForm = useSubmit();
  const addNote = () =>
    noteForm.run(
      taskForceNoteBody(note, visibility),
      (body) => api.taskForces.addNote(appealId, body),
      (next) => {
        setTaskForce(next);
        setNote('');
        toast('已记录进展');
      },
    );

  return {
    appeal: appeal.data ?? null,
    taskForce,
    loading: coordination.loading && !coordination.data,
    error: coordination.error,
    reload: coordination.reload,
    canForm,
    canNote: !!role && hasPermission(role, 'taskForce.note'),
    departments,
    groups: groupDepartments(departments.data ?? []),
    draft,
    setName: (name: string) => setDraft((d) => ({ ...d, name })),
    setNoteText: (value: string) => setDraft((d) => ({ ...d, note: value })),
    chooseLead: (id: number) => setDraft((d) => chooseTaskForceLead(d, id)),
    toggleMember: (id: number) => setDraft((d) => toggleTaskForceMember(d, id)),
    addRepresentative: () => setDraft((d) => ({ ...d, representatives: addRepresentativeRow(d.representatives) })),
    removeRepresentative: (i: number) => setDraft((d) => ({ ...d, representatives: removeRepresentativeRow(d.representatives, i) })),
    setRepresentative: (i: number, v: string) => setDraft((d) => ({ ...d, representatives: setRepresentativeRow(d.representatives, i, v) })),
    form,
    formTaskForce,
    note,
    setNote,
    visibility,
    setVisibility,
    noteForm,
    addNote,
  };
}
