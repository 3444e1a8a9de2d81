import type { AppealDetail, DepartmentSummary } from '@lingjuli/shared';
import { api } from '@/services/api';
import { jointDepartmentGroups, unresolvedTaskForceNames } from '@/utils/staff/joint-feedback';
import { useQuery } from '@/hooks/useQuery';

/**
 * The departments that worked on the appeal, for its feedback form: the coordination view (whistles,
 * dispatch, task force) in one request, and the department list only when a task-force member needs
 * its id. Until then, or if it fails, the dispatch order the page already has.
 */
export function useJointDepartments(detail: AppealDetail) {
  const query = useQuery(async () => {
    const coordination = await api.coordination(detail.id);
    const departments: DepartmentSummary[] = unresolvedTaskForceNames(detail, coordination).length ? await api.org.departments() : [];
    return jointDepartmentGroups(detail, coordination, departments);
  }, [detail.id]);
  return {
    groups: query.data ?? jointDepartmentGroups(detail, null),
    loading: query.loading,
    error: query.error,
    reload: query.reload,
  };
}
