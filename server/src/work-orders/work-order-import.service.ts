import { Injectable } from '@nestjs/common';
import type { WorkOrderImportResult, WorkOrderPreview, WorkOrderRowResult } from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import type { CreateAppealDto } from '../appeals/dto/create-appeal.dto';
import { Appeal } from '../appeals/entities/appeal.entity';
import type { RequestContext } from '../common/context/request-context';
import { AppError, invalidField } from '../common/errors/app-error';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { readBatchFile } from './batch-file';
import { batchRecords, locateHeader, parseRecord, type ParsedWorkOrder } from './batch-rows';
import { placeWorkOrder, type Directory, type Placement } from './community-match';
import { WorkOrderMappingService } from './work-order-mapping.service';

/** The multipart upload as multer hands it over. */
export interface UploadedBatch {
  originalname: string;
  buffer: Buffer;
}

/** A row judged: refused with its errors, skipped as taken in before, or ready to file as this appeal. */
interface JudgedRow {
  result: WorkOrderRowResult;
  input: CreateAppealDto | null;
}

/** The key intake's idempotency is scoped by, per work order: a re-import (or a retry) files nothing twice. */
export const idempotencyKeyOf = (workOrderNo: string) => `12345:${workOrderNo}`;

const TAKEN = '工单编号已登记过，未重复导入';

/**
 * The city's 12345 batch taken in (docs/integration.md): read through the street admin's mapping,
 * each row checked and placed in its community, then — for the import — each good row filed through the
 * ordinary intake in a transaction of its own, so a bad row, or a failure half-way, loses nothing else
 * and a re-import files only what is new.
 */
@Injectable()
export class WorkOrderImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mapping: WorkOrderMappingService,
    private readonly intake: AppealIntakeService,
  ) {}

  /** What an import of the file would do, row by row; writes nothing. */
  async preview(file: UploadedBatch | undefined): Promise<WorkOrderPreview> {
    const { layout, rows } = await this.judge(file);
    const counts = { ready: 0, skipped: 0, refused: 0 };
    for (const { result } of rows) counts[result.outcome as keyof typeof counts]++;
    return { sheet: layout.sheet, headerRow: layout.headerRow, counts, rows: rows.map((r) => r.result) };
  }

  /** Files the file's good rows as 12345 transfers taken in by the caller (the command centre), one transaction each. */
  async import(ctx: RequestContext, file: UploadedBatch | undefined): Promise<WorkOrderImportResult> {
    const { layout, rows } = await this.judge(file);
    const counts = { filed: 0, skipped: 0, refused: 0 };
    const results: WorkOrderRowResult[] = [];
    for (const { result, input } of rows) {
      const done = input ? await this.file(ctx, result, input) : result;
      counts[done.outcome as keyof typeof counts]++;
      results.push(done);
    }
    return { sheet: layout.sheet, headerRow: layout.headerRow, counts, rows: results };
  }

  /**
   * One row through intake. Another import that took the number in meanwhile makes it skipped; any other
   * refusal of intake (its own checks) refuses the row. A failure of the database itself stops the import:
   * the rows filed so far stay, and importing the file again files the rest.
   */
  private async file(ctx: RequestContext, row: WorkOrderRowResult, input: CreateAppealDto): Promise<WorkOrderRowResult> {
    try {
      const filed = await this.intake.file(ctx, input, idempotencyKeyOf(input.workOrderNo!));
      if (filed.replayed) return { ...row, outcome: 'skipped', errors: [TAKEN], appealId: filed.appeal.id };
      return { ...row, outcome: 'filed', appealId: filed.appeal.id };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'WORK_ORDER_TAKEN' || error.code === 'IDEMPOTENCY_KEY_REUSED') {
        const holder = await this.dataSource.manager.findOne(Appeal, { select: { id: true }, where: { workOrderNo: input.workOrderNo } });
        return { ...row, outcome: 'skipped', errors: [TAKEN], appealId: holder?.id ?? null };
      }
      return { ...row, outcome: 'refused', errors: [...new Set([error.message, ...(error.details ?? []).map((d) => d.message)])] };
    }
  }

  /** Reads the file and judges every row: its own fields, duplicates within the file, numbers taken in before, its community. */
  private async judge(file: UploadedBatch | undefined): Promise<{ layout: ReturnType<typeof locateHeader>; rows: JudgedRow[] }> {
    if (!file) throw invalidField('file', '请在 file 字段上传 12345 工单表格（.xlsx 或 .csv）');
    const mapping = await this.mapping.required();
    const sheets = await readBatchFile(file);
    const layout = locateHeader(sheets, mapping);
    const records = batchRecords(sheets[layout.sheetIndex], layout);
    const parsed = records.map((record) => ({ row: record.row, work: parseRecord(record) }));
    const numbers = parsed.flatMap(({ work }) => (work.workOrderNo ? [work.workOrderNo] : []));
    const [taken, directory] = await Promise.all([this.takenIn(numbers), this.directory()]);
    const firstRow = new Map<string, number>();
    return {
      layout,
      rows: parsed.map(({ row, work }) => {
        const errors = [...work.errors];
        if (work.workOrderNo) {
          const first = firstRow.get(work.workOrderNo);
          if (first === undefined) firstRow.set(work.workOrderNo, row);
          else errors.push(`工单编号与第${first}行重复`);
        }
        const place = placeWorkOrder(directory, work.communityText, work.address);
        if (place.error) errors.push(place.error);
        const result: WorkOrderRowResult = {
          row,
          workOrderNo: work.workOrderNo,
          outcome: 'ready',
          errors,
          warnings: place.warning ? [...work.warnings, place.warning] : work.warnings,
          community: place.community && { id: place.community.id, name: place.community.name },
          building: place.building && { id: place.building.id, name: place.building.name },
          appealId: null,
        };
        if (errors.length) return { result: { ...result, outcome: 'refused' }, input: null };
        const holder = taken.get(work.workOrderNo!);
        if (holder !== undefined) return { result: { ...result, outcome: 'skipped', errors: [TAKEN], appealId: holder }, input: null };
        return { result, input: transferOf(work, place) };
      }),
    };
  }

  /** The appeals that took these numbers in already, by number. */
  private async takenIn(numbers: string[]): Promise<Map<string, number>> {
    const taken = new Map<string, number>();
    const unique = [...new Set(numbers)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.dataSource.manager.find(Appeal, {
        select: { id: true, workOrderNo: true },
        where: { workOrderNo: In(unique.slice(i, i + 500)) },
      });
      for (const r of rows) taken.set(r.workOrderNo!, r.id);
    }
    return taken;
  }

  /** The street's communities and buildings, read once a batch (a few thousand rows at most). */
  private async directory(): Promise<Directory> {
    const em = this.dataSource.manager;
    const [communities, buildings] = await Promise.all([
      em.find(Community, { select: { id: true, name: true, code: true }, order: { id: 'ASC' } }),
      em.find(Building, { select: { id: true, name: true, communityId: true }, order: { id: 'ASC' } }),
    ]);
    return { communities, buildings };
  }
}

/** The intake request a good row becomes: a 12345 transfer with the city's number and times. */
function transferOf(work: ParsedWorkOrder, place: Placement): CreateAppealDto {
  return {
    channel: 'city12345',
    content: work.content!,
    communityId: place.community!.id,
    ...(place.building && { buildingId: place.building.id }),
    ...(work.address && { locationText: work.address }),
    ...(work.category && { category: work.category }),
    ...(work.contactName && { contactName: work.contactName }),
    ...(work.contactPhone && { contactPhone: work.contactPhone }),
    workOrderNo: work.workOrderNo!,
    cityDispatchedAt: work.dispatchedAt!.toISOString(),
    cityDueAt: work.dueAt!.toISOString(),
  };
}
