import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Department } from '../organisation/department.entity';

/**
 * One way a department comes to work on an appeal: an EXISTS subquery of `qb` that holds when
 * `department` works on `appeal` that way. `appeal` and `department` are SQL expressions (a column or
 * a parameter) of the query the condition goes into; the subquery's own aliases must be unique to it.
 */
export type InvolvementContribution = (qb: SelectQueryBuilder<ObjectLiteral>, appeal: string, department: string) => string;

/**
 * A department's involvement with an appeal — it "works on" the appeal — as the features that put
 * it there contribute it at start-up (docs/architecture.md, "Access"): dispatched (appeals),
 * whistled about it (whistles), a member of its task force (task forces). A department's staff see
 * the appeals it works on; joint feedback names only departments working on the appeal. The
 * appeals feature asks here and so needs to know none of the others.
 */
@Injectable()
export class Involvement {
  private readonly ways = new Map<string, InvolvementContribution>();

  contribute(way: string, condition: InvolvementContribution): void {
    if (this.ways.has(way)) throw new Error(`Involvement ${way} is contributed twice`);
    this.ways.set(way, condition);
  }

  /** The ways contributed, for tests and logs. */
  kinds(): string[] {
    return [...this.ways.keys()].sort();
  }

  /** The SQL condition: the department works on the appeal in any contributed way (never, if none is). */
  condition(qb: SelectQueryBuilder<ObjectLiteral>, appeal: string, department: string): string {
    const parts = [...this.ways.values()].map((way) => `EXISTS ${way(qb, appeal, department)}`);
    return parts.length ? `(${parts.join(' OR ')})` : '1 = 0';
  }

  /** Which of these departments work on the appeal. */
  async departmentsWorkingOn(em: EntityManager, appealId: number, departmentIds: readonly number[]): Promise<number[]> {
    if (departmentIds.length === 0) return [];
    const qb = em.createQueryBuilder(Department, 'department').select('department.id', 'id').where('department.id IN (:...departmentIds)', { departmentIds });
    qb.andWhere(this.condition(qb, ':workAppealId', 'department.id'), { workAppealId: appealId });
    return (await qb.getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
  }
}
