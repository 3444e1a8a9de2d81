import type { AppealStatus, AppealSummary, Level } from '@lingjuli/shared';
import { liaisonTasks } from '@/utils/liaison/tasks';

const appeal = (id: number, status: AppealStatus, level: Level = 'community', dueAt = `2026-11-${10 + id}T00:00:00Z`) =>
  ({ id, status, level, dueAt }) as AppealSummary;

describe("a liaison's tasks", () => {
  it('lists visits to make: results to tell first, then progress, soonest due first', () => {
    const { visits } = liaisonTasks([
      appeal(1, 'inProgress'),
      appeal(2, 'resolved'),
      appeal(3, 'fedBack'),
      appeal(4, 'received'),
      appeal(5, 'resolved', 'community', '2026-11-01T00:00:00Z'),
    ]);
    expect(visits.map((v) => [v.appeal.id, v.kind])).toEqual([
      [5, 'result'],
      [2, 'result'],
      [1, 'progress'],
    ]);
  });

  it('lists open street-level appeals to accompany, each once, and not those she is visiting anyway', () => {
    const assigned = [appeal(1, 'inProgress', 'street'), appeal(2, 'received', 'street'), appeal(7, 'closed', 'street')];
    const reported = [appeal(2, 'received', 'street'), appeal(3, 'inProgress', 'taskForce'), appeal(4, 'inProgress', 'community')];
    const tasks = liaisonTasks(assigned, reported);
    expect(tasks.visits.map((v) => v.appeal.id)).toEqual([1]);
    expect(tasks.accompany.map((a) => a.id)).toEqual([2, 3]);
  });

  it('is empty with nothing assigned or reported', () => {
    expect(liaisonTasks([], [])).toEqual({ visits: [], accompany: [] });
  });
});
