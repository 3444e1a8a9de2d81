import type { AppealCoordination, AppealDetail, DepartmentSummary, PersonRef } from '@lingjuli/shared';

/** Departments under one heading: how they took part in the appeal. */
export interface DepartmentsByPart {
  kind: 'dispatch' | 'whistle' | 'taskForce';
  label: string;
  departments: { id: number; name: string }[];
}

const PARTS: readonly Pick<DepartmentsByPart, 'kind' | 'label'>[] = [
  { kind: 'dispatch', label: '派单承办的单位' },
  { kind: 'whistle', label: '吹哨报到的单位' },
  { kind: 'taskForce', label: '专班的成员单位' },
];

/** Task-force members come by name only: the names no dispatch or whistle already gives an id for. */
export function unresolvedTaskForceNames(detail: Pick<AppealDetail, 'dispatchOrder'>, coordination: AppealCoordination): string[] {
  const known = new Set(namedIds(detail, coordination, []).keys());
  return (coordination.taskForce?.members ?? []).filter((m) => m.kind === 'department' && !known.has(m.name)).map((m) => m.name);
}

function namedIds(detail: Pick<AppealDetail, 'dispatchOrder'>, coordination: AppealCoordination | null, departments: readonly DepartmentSummary[]) {
  const ids = new Map<string, number>(departments.map((d) => [d.name, d.id]));
  (detail.dispatchOrder?.assignments ?? []).forEach((a) => ids.set(a.departmentName, a.departmentId));
  coordination?.dispatchAssignments.forEach((a) => ids.set(a.departmentName, a.departmentId));
  coordination?.whistles.forEach((w) => w.targets.forEach((t) => ids.set(t.departmentName, t.departmentId)));
  return ids;
}

/**
 * The departments a community's feedback may name as taking part: those dispatched on the appeal,
 * whistled about it, or on its task force (all the server accepts), each once, under the first way it
 * took part. Without the coordination view (not loaded), the dispatch order alone.
 */
export function jointDepartmentGroups(
  detail: Pick<AppealDetail, 'dispatchOrder'>,
  coordination: AppealCoordination | null,
  departments: readonly DepartmentSummary[] = [],
): DepartmentsByPart[] {
  const ids = namedIds(detail, coordination, departments);
  const named = (name: string) => (ids.has(name) ? [{ id: ids.get(name) as number, name }] : []);
  const byPart: Record<DepartmentsByPart['kind'], { id: number; name: string }[]> = {
    dispatch: [...(detail.dispatchOrder?.assignments ?? []), ...(coordination?.dispatchAssignments ?? [])].map((a) => ({
      id: a.departmentId,
      name: a.departmentName,
    })),
    whistle: (coordination?.whistles ?? []).flatMap((w) => w.targets.map((t) => ({ id: t.departmentId, name: t.departmentName }))),
    taskForce: (coordination?.taskForce?.members ?? []).filter((m) => m.kind === 'department').flatMap((m) => named(m.name)),
  };
  const seen = new Set<number>();
  const firstTime = (d: { id: number }) => {
    if (seen.has(d.id)) return false;
    seen.add(d.id);
    return true;
  };
  return PARTS.map((part) => ({ ...part, departments: byPart[part.kind].filter(firstTime) })).filter((g) => g.departments.length > 0);
}

export interface PersonChoice {
  key: number;
  label: string;
  /** What the person is on this appeal: 承办人 · 首问负责人 */
  note: string;
}

/**
 * Whom a department's feedback may name as the community's person who went along: the appeal's
 * handler, first responder and assigned liaison, each once with every part they play.
 */
export function communityPartyChoices(detail: Pick<AppealDetail, 'handler' | 'firstResponder' | 'assignedLiaison'>): PersonChoice[] {
  const parts: [PersonRef | null, string][] = [
    [detail.handler, '承办人'],
    [detail.firstResponder, '首问负责人'],
    [detail.assignedLiaison, '民情专员'],
  ];
  const choices: PersonChoice[] = [];
  for (const [person, part] of parts) {
    if (!person || person.role === 'system') continue;
    const known = choices.find((c) => c.key === person.id);
    if (known) known.note = `${known.note} · ${part}`;
    else choices.push({ key: person.id, label: person.name, note: part });
  }
  return choices;
}
