/**
 * API contract of the 12345 batches (接诉即办, docs/integration.md): the street admin's column mapping,
 * the import of the city's batch (a preview first, then the import) and the replies to upload back.
 */
import type { IsoDateTime } from './contract';

// ---- GET / PUT /work-orders/mapping ----

/** What the import reads from a batch, each from the column whose header the mapping names. */
export const WORK_ORDER_FIELDS = [
  'workOrderNo',
  'dispatchedAt',
  'dueAt',
  'content',
  'community',
  'address',
  'contactName',
  'contactPhone',
  'category',
] as const;
export type WorkOrderField = (typeof WORK_ORDER_FIELDS)[number];

/** Each field's name on the screens and in the row errors. */
export const WORK_ORDER_FIELD_LABELS: Record<WorkOrderField, string> = {
  workOrderNo: '工单编号',
  dispatchedAt: '派单时间',
  dueAt: '办理时限',
  content: '诉求内容',
  community: '所属社区',
  address: '诉求地址',
  contactName: '来电人',
  contactPhone: '联系电话',
  category: '问题分类',
};

/** Fields every mapping names; of `community` and `address` at least one (the community is found by either). */
export const REQUIRED_WORK_ORDER_FIELDS: readonly WorkOrderField[] = ['workOrderNo', 'dispatchedAt', 'dueAt', 'content'];

/** Which source column header gives each field (a field left out is not read). */
export type WorkOrderMapping = Partial<Record<WorkOrderField, string>>;

/** The headers 12345's own export uses (the fields' own names), offered until the street admin saves a mapping of her own. */
export const SUGGESTED_WORK_ORDER_MAPPING: WorkOrderMapping = { ...WORK_ORDER_FIELD_LABELS };

export interface WorkOrderMappingInfo {
  /** Whether the street admin saved a mapping; until she does, `mapping` is the suggestion and imports are refused. */
  configured: boolean;
  mapping: WorkOrderMapping;
  updatedAt: IsoDateTime | null;
  updatedBy: { id: number; displayName: string } | null;
}

export type PutWorkOrderMappingRequest = WorkOrderMapping;

// ---- POST /work-orders/import/preview, POST /work-orders/import (multipart `file`) ----

/** A row of the preview: `ready` to be filed; of the import: `filed`. Both: `skipped` (taken in before), `refused` (errors). */
export type WorkOrderRowOutcome = 'ready' | 'filed' | 'skipped' | 'refused';

export interface WorkOrderRowResult {
  /** The row's number as the spreadsheet shows it (the header's row is above it). */
  row: number;
  workOrderNo: string | null;
  outcome: WorkOrderRowOutcome;
  /** Why the row was refused or skipped, one sentence a problem (Chinese). */
  errors: string[];
  /** What was left out or guessed, the row still filed (an unreadable phone, an unknown category…). */
  warnings: string[];
  community: { id: number; name: string } | null;
  building: { id: number; name: string } | null;
  /** The appeal filed, or the one that took the number in before. */
  appealId: number | null;
}

export interface WorkOrderBatchResult<Counted extends WorkOrderRowOutcome> {
  /** The sheet read (null for CSV) and the row its header was found on. */
  sheet: string | null;
  headerRow: number;
  counts: Record<Counted, number>;
  rows: WorkOrderRowResult[];
}

/** What an import would do, writing nothing. */
export type WorkOrderPreview = WorkOrderBatchResult<'ready' | 'skipped' | 'refused'>;
/** What an import did: each good row filed in a transaction of its own. */
export type WorkOrderImportResult = WorkOrderBatchResult<'filed' | 'skipped' | 'refused'>;

// ---- GET /work-orders/replies.xlsx | replies.csv ?from&to ----

export interface WorkOrderRepliesQuery {
  /** Beijing calendar dates `YYYY-MM-DD`, both included: the work orders taken in on those days. */
  from: string;
  to: string;
}

/** The reply file's columns, in 12345's layout. */
export const WORK_ORDER_REPLY_COLUMNS = ['工单编号', '办理结果', '回复内容', '办结时间', '是否联系', '是否解决', '是否满意'] as const;
