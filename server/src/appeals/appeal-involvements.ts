import { Injectable } from '@nestjs/common';
import { FINAL_STATUSES } from '@lingjuli/shared';
import { In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AppealInvolvement } from './entities/appeal-involvement.entity';
import type { Appeal } from './entities/appeal.entity';

/** The alias of the involvement row a department's appeal queries are joined to (see `joinDepartment`). */
export const INVOLVED = 'involved';

/**
 * A department's involvement with an appeal — it "works on" the appeal (docs/architecture.md,
 * "Access"): the features that put it there record it as a row when they do — dispatch (appeals),
 * a whistle about the appeal (whistles), a task force's member departments (task forces). A
 * department's staff see the appeals it works on; joint feedback names only departments working on
 * the appeal. Rows are never removed: a department that once worked on an appeal keeps seeing it.
 */
@Injectable()
export class AppealInvolvements {
  /** The departments now work on the appeal (a department already working on it stays as it is). */
  async record(em: EntityManager, appeal: Pick<Appeal, 'id' | 'status' | 'dueAt'>, departmentIds: readonly number[]): Promise<void> {
    const known = new Set((await em.findBy(AppealInvolvement, { appealId: appeal.id })).map((row) => row.departmentId));
    const rows = [...new Set(departmentIds)]
      .filter((departmentId) => !known.has(departmentId))
      .map((departmentId) => ({ departmentId, appealId: appeal.id, ...involvementKeys(appeal) }));
    if (rows.length) await em.insert(AppealInvolvement, rows);
  }

  /** Which of these departments work on the appeal. */
  async departmentsWorkingOn(em: EntityManager, appealId: number, departmentIds: readonly number[]): Promise<number[]> {
    if (departmentIds.length === 0) return [];
    const rows = await em.findBy(AppealInvolvement, { appealId, departmentId: In([...departmentIds]) });
    return rows.map((row) => row.departmentId);
  }

  /** Narrows `qb` (over appeals as `alias`) to the appeals the department works on, joined as INVOLVED. */
  joinDepartment(qb: SelectQueryBuilder<ObjectLiteral>, alias: string, departmentId: number | null): void {
    qb.innerJoin(AppealInvolvement, INVOLVED, `${INVOLVED}.appealId = ${alias}.id AND ${INVOLVED}.departmentId = :scopeDepartmentId`, {
      scopeDepartmentId: departmentId ?? -1,
    });
  }
}

/** What an involvement row copies from its appeal. */
function involvementKeys(appeal: Pick<Appeal, 'status' | 'dueAt'>): Pick<AppealInvolvement, 'isOpen' | 'dueAt'> {
  return { isOpen: !FINAL_STATUSES.includes(appeal.status), dueAt: appeal.dueAt };
}

/** Keeps the appeal's involvement rows in step with the appeal just written (`writeAppeal`). */
export async function syncInvolvements(em: EntityManager, appeal: Pick<Appeal, 'id' | 'status' | 'dueAt'>): Promise<void> {
  await em.update(AppealInvolvement, { appealId: appeal.id }, involvementKeys(appeal));
}

/**
 * Every involvement row, again, from the rows that make it (dispatch assignments, whistles' departments
 * about an appeal, task forces' member departments): for a ledger written in bulk, past the services.
 */
export async function rebuildAppealInvolvements(db: { query(sql: string): Promise<unknown> }): Promise<void> {
  await db.query('DELETE FROM appeal_involvements');
  await db.query(`
  INSERT INTO appeal_involvements (departmentId, appealId, isOpen, dueAt)
  SELECT w.departmentId, a.id, a.isOpen, a.dueAt FROM (
    SELECT departmentId, appealId FROM dispatch_assignments
    UNION SELECT t.departmentId, h.appealId FROM whistle_targets t JOIN whistles h ON h.id = t.whistleId WHERE h.appealId IS NOT NULL
    UNION SELECT m.departmentId, f.appealId FROM task_force_members m JOIN task_forces f ON f.id = m.taskForceId WHERE m.departmentId IS NOT NULL
  ) w JOIN appeals a ON a.id = w.appealId`);
}
