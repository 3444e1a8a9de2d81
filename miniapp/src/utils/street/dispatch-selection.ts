import { DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS, type DepartmentKind, type DepartmentSummary, type DispatchRequest } from '@lingjuli/shared';

/** The command centre's choice on a dispatch order: one lead department (主办), any assisting ones (协办). */
export interface DispatchSelection {
  leadId: number | null;
  assistIds: number[];
}

export const emptySelection = (): DispatchSelection => ({ leadId: null, assistIds: [] });

/** Makes a department the lead; it stops assisting if it was. Choosing the lead again clears it. */
export function chooseLead(selection: DispatchSelection, departmentId: number): DispatchSelection {
  if (selection.leadId === departmentId) return { ...selection, leadId: null };
  return { leadId: departmentId, assistIds: selection.assistIds.filter((id) => id !== departmentId) };
}

/** Adds or removes an assisting department; the lead cannot also assist. */
export function toggleAssist(selection: DispatchSelection, departmentId: number): DispatchSelection {
  if (selection.leadId === departmentId) return selection;
  const on = selection.assistIds.includes(departmentId);
  return { ...selection, assistIds: on ? selection.assistIds.filter((id) => id !== departmentId) : [...selection.assistIds, departmentId] };
}

/** The server accepts at most this many assisting departments. */
export const MAX_ASSISTING = 10;

export type DispatchCheck =
  { ok: true; request: DispatchRequest } | { ok: false; field: 'leadDepartmentId' | 'assistingDepartmentIds' | 'note'; message: string };

/** The request to send, or what is missing, in words. */
export function toDispatchRequest(selection: DispatchSelection, note: string): DispatchCheck {
  if (selection.leadId === null) return { ok: false, field: 'leadDepartmentId', message: '请选择一个主办单位' };
  if (selection.assistIds.length > MAX_ASSISTING) {
    return { ok: false, field: 'assistingDepartmentIds', message: `协办单位最多${MAX_ASSISTING}个` };
  }
  const text = note.trim();
  if (text.length > 2000) return { ok: false, field: 'note', message: '派单说明不能超过2000字' };
  return {
    ok: true,
    request: {
      leadDepartmentId: selection.leadId,
      ...(selection.assistIds.length ? { assistingDepartmentIds: [...selection.assistIds] } : {}),
      ...(text ? { note: text } : {}),
    },
  };
}

export interface DepartmentGroup {
  kind: DepartmentKind;
  label: string;
  departments: DepartmentSummary[];
}

/** Departments by kind (街道科室, 成员单位, 第三方), in that order; empty kinds are left out. */
export function groupDepartments(departments: readonly DepartmentSummary[]): DepartmentGroup[] {
  return DEPARTMENT_KINDS.map((kind) => ({
    kind,
    label: DEPARTMENT_KIND_LABELS[kind],
    departments: departments.filter((d) => d.kind === kind),
  })).filter((g) => g.departments.length > 0);
}

/** One line for the confirmation: 主办：城市管理办公室；协办：综合行政执法队、物业服务公司 */
export function describeSelection(selection: DispatchSelection, departments: readonly DepartmentSummary[]): string {
  const name = (id: number) => departments.find((d) => d.id === id)?.name ?? `单位${id}`;
  if (selection.leadId === null) return '尚未选择主办单位';
  const lead = `主办：${name(selection.leadId)}`;
  return selection.assistIds.length ? `${lead}；协办：${selection.assistIds.map(name).join('、')}` : lead;
}
