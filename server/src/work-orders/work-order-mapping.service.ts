import { Injectable } from '@nestjs/common';
import {
  REQUIRED_WORK_ORDER_FIELDS,
  SUGGESTED_WORK_ORDER_MAPPING,
  WORK_ORDER_FIELD_LABELS,
  WORK_ORDER_FIELDS,
  type WorkOrderField,
  type WorkOrderMapping,
  type WorkOrderMappingInfo,
} from '@lingjuli/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, invalidField } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { User } from '../users/user.entity';
import type { WorkOrderMappingDto } from './dto/work-order-mapping.dto';
import { normaliseHeader } from './batch-rows';
import { WorkOrderMappingRow } from './work-order-mapping.entity';

const THE_ROW = 1;

/** The street admin's mapping of the 12345 batch's columns: set once, used by every import. */
@Injectable()
export class WorkOrderMappingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** The stored mapping with who set it; until there is one, the suggestion (12345's own headers). */
  async info(em: EntityManager = this.dataSource.manager): Promise<WorkOrderMappingInfo> {
    const row = await em.findOneBy(WorkOrderMappingRow, { id: THE_ROW });
    if (!row) return { configured: false, mapping: SUGGESTED_WORK_ORDER_MAPPING, updatedAt: null, updatedBy: null };
    const by = await em.findOne(User, { select: { id: true, displayName: true }, where: { id: row.updatedById } });
    return {
      configured: true,
      mapping: mappingOf(row),
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: by ? { id: by.id, displayName: by.displayName } : null,
    };
  }

  /** The mapping an import reads with: 409 until the street admin has saved one. */
  async required(): Promise<WorkOrderMapping> {
    const row = await this.dataSource.manager.findOneBy(WorkOrderMappingRow, { id: THE_ROW });
    if (!row) throw conflict('WORK_ORDER_MAPPING_REQUIRED', '请先由街道管理员设置12345工单表格的列对应关系');
    return mappingOf(row);
  }

  /** Replaces the mapping (the DTO has checked each header: text, 1–100 characters). */
  update(ctx: RequestContext, input: WorkOrderMappingDto): Promise<WorkOrderMappingInfo> {
    checkMapping(input);
    return this.uow.run(async (em) => {
      await em.save(
        em.create(WorkOrderMappingRow, {
          id: THE_ROW,
          workOrderNo: input.workOrderNo,
          dispatchedAt: input.dispatchedAt,
          dueAt: input.dueAt,
          content: input.content,
          community: input.community ?? null,
          address: input.address ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          category: input.category ?? null,
          updatedById: ctx.userId,
          updatedAt: this.clock.now(),
        }),
      );
      return this.info(em);
    });
  }
}

function mappingOf(row: WorkOrderMappingRow): WorkOrderMapping {
  const mapping: WorkOrderMapping = {};
  for (const field of WORK_ORDER_FIELDS) if (row[field]) mapping[field] = row[field];
  return mapping;
}

/** A community is found by its column or by the address, so one of them is mapped; each column gives one field. */
export function checkMapping(mapping: WorkOrderMapping): void {
  for (const field of REQUIRED_WORK_ORDER_FIELDS) if (!mapping[field]) throw invalidField(field, `请填写「${WORK_ORDER_FIELD_LABELS[field]}」对应的列名`);
  if (!mapping.community && !mapping.address) throw invalidField('community', '「所属社区」和「诉求地址」至少对应一列，用来确定工单所属社区');
  const seen = new Map<string, WorkOrderField>();
  for (const field of WORK_ORDER_FIELDS) {
    const header = mapping[field];
    if (!header) continue;
    const other = seen.get(normaliseHeader(header));
    if (other) throw invalidField(field, `列「${header}」已对应「${WORK_ORDER_FIELD_LABELS[other]}」，每列只能对应一项`);
    seen.set(normaliseHeader(header), field);
  }
}
