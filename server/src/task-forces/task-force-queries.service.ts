import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppealCoordination, TaskForceInfo } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { leadFirst } from '../appeals/appeal.mapper';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import type { RequestContext } from '../common/context/request-context';
import { WhistleQueriesService } from '../whistles/whistle-queries.service';
import { TaskForceNote } from './task-force-note.entity';
import { TaskForce } from './task-force.entity';
import { toTaskForceInfo } from './task-force.mapper';

@Injectable()
export class TaskForceQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly whistles: WhistleQueriesService,
  ) {}

  /** The appeal's task force with its members and notes, or null. Only for callers who may see the appeal. */
  async forAppeal(appealId: number): Promise<TaskForceInfo | null> {
    const manager = this.dataSource.manager;
    const taskForce = await manager.findOne(TaskForce, {
      where: { appealId },
      relations: { formedBy: true, members: { department: true, community: true } },
    });
    if (!taskForce) return null;
    const notes = await manager.find(TaskForceNote, { where: { taskForceId: taskForce.id }, relations: { author: true }, order: { id: 'ASC' } });
    return toTaskForceInfo(taskForce, notes);
  }

  /**
   * 统筹协调: everything working on one appeal seen together — its whistles, the departments it was
   * dispatched to, and its task force. 404 when the caller may not see the appeal.
   */
  async coordination(ctx: RequestContext, appealId: number): Promise<AppealCoordination> {
    await this.access.findVisible(ctx, 'appeal', appealId);
    const [whistles, assignments, taskForce] = await Promise.all([
      this.whistles.forAppeal(appealId),
      this.dataSource.manager.find(DispatchAssignment, { where: { appealId }, relations: { department: true }, order: { id: 'ASC' } }),
      this.forAppeal(appealId),
    ]);
    return {
      appealId,
      whistles,
      // The lead department first, as on the dispatch order.
      dispatchAssignments: leadFirst(assignments).map((a) => ({
        departmentId: a.departmentId,
        departmentName: a.department?.name ?? '',
        role: a.role,
        completedAt: a.completedAt?.toISOString() ?? null,
      })),
      taskForce,
    };
  }
}
