import type { DepartmentToScore } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { api } from '@/services/api';
import { parseScore, scoredCount, type ScoreDraft } from '@/utils/powers/evaluation';
import { toast } from '@/utils/navigation';
import { asApiError, optionalText } from '@/utils/staff/forms';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useEvaluationPeriods } from '@/hooks/powers/useEvaluationPeriods';

interface RowState {
  busy?: boolean;
  error?: string;
}

const draftOf = (row: DepartmentToScore): ScoreDraft => ({ score: row.score === null ? '' : String(row.score), comment: row.comment ?? '' });

/**
 * The secretary's scoring (考评权): the periods newest first, the departments her community worked
 * with in the chosen one, a draft score and comment for each, saved one department at a time; what
 * is shown after a save is the server's answer.
 */
export function useEvaluationScoring(enabled: boolean, wanted: number | null = null) {
  const { periods, periodId, setPeriodId } = useEvaluationPeriods(enabled, wanted);

  const departments = useQuery(() => (enabled && periodId ? api.evaluation.toScore(periodId) : Promise.resolve(undefined)), [enabled, periodId]);
  const [rows, setRows] = useState<DepartmentToScore[]>([]);
  const [drafts, setDrafts] = useState<Record<number, ScoreDraft>>({});
  const [states, setStates] = useState<Record<number, RowState>>({});

  // Every load (another period, a refresh) replaces the rows and the drafts.
  useEffect(() => {
    const loaded = departments.data ?? [];
    setRows(loaded);
    setDrafts(Object.fromEntries(loaded.map((r) => [r.department.id, draftOf(r)])));
    setStates({});
  }, [departments.data]);

  usePageRefresh(async () => {
    await periods.reload();
    await departments.reload();
  });

  const setRowState = (id: number, state: RowState) => setStates((s) => ({ ...s, [id]: state }));

  const change = (id: number, patch: Partial<ScoreDraft>) => {
    setDrafts((d) => ({ ...d, [id]: { ...(d[id] ?? { score: '', comment: '' }), ...patch } }));
    if (states[id]?.error) setRowState(id, {});
  };

  const save = async (id: number) => {
    if (!periodId) return;
    const draft = drafts[id] ?? { score: '', comment: '' };
    const parsed = parseScore(draft.score);
    if (!parsed.ok) return setRowState(id, { error: parsed.message });
    const commentError = optionalText(draft.comment, '评价意见');
    if (commentError) return setRowState(id, { error: commentError });
    setRowState(id, { busy: true });
    try {
      const comment = draft.comment.trim();
      const saved = await api.evaluation.score(periodId, { departmentId: id, score: parsed.score, ...(comment ? { comment } : {}) });
      setRows((rs) => rs.map((r) => (r.department.id === id ? { ...r, ...saved, department: r.department } : r)));
      setDrafts((d) => ({ ...d, [id]: draftOf(saved) }));
      setRowState(id, {});
      toast('评分已保存');
    } catch (e) {
      const err = asApiError(e);
      setRowState(id, { error: err.fieldMessage('score') ?? err.fieldMessage('comment') ?? err.message });
    }
  };

  const dirty = (row: DepartmentToScore) => {
    const d = drafts[row.department.id];
    const saved = draftOf(row);
    return !!d && (d.score.trim() !== saved.score || d.comment.trim() !== saved.comment);
  };

  return {
    periods,
    periodId,
    choosePeriod: setPeriodId,
    period: periods.sorted.find((p) => p.id === periodId) ?? null,
    departments,
    rows,
    drafts,
    states,
    progress: scoredCount(rows),
    change,
    save,
    dirty,
  };
}
