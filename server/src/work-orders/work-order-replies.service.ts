import { Injectable } from '@nestjs/common';
import { WORK_ORDER_REPLY_COLUMNS } from '@lingjuli/shared';
import { Brackets, DataSource, In } from 'typeorm';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { AppealFeedback } from '../appeals/entities/appeal-feedback.entity';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { Clock } from '../common/clock/clock';
import { toCsv } from '../common/export/csv';
import type { XlsxCell, XlsxSheet } from '../common/export/xlsx';
import { resolvePeriod } from '../measures/measure-period';
import type { WorkOrderRepliesQueryDto } from './dto/work-order-replies.query';
import { REPLY_COLUMNS, REPLY_LINE_TYPES, replyRow, type ReplyAppeal, type ReplyParts } from './work-order-replies';

/** Work orders a page: their parts are read with one `IN (…)` a table. */
const PAGE = 500;

/** The replies of a period, ready to be written as .xlsx or CSV (the period checked before the first byte). */
export interface RepliesExport {
  file: (extension: 'xlsx' | 'csv') => { asciiName: string; name: string };
  sheet: XlsxSheet;
  csv: () => Promise<string>;
}

/**
 * The replies to upload back to 12345 (docs/integration.md): the work orders taken in on the days
 * asked for (Beijing days, both included), each as it stands now — its result, the answer the caller
 * was given (masked), when it was done, whether she was contacted, solved and satisfied. Read by keyset
 * over the appeals' receipts index, a page at a time.
 */
@Injectable()
export class WorkOrderRepliesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  prepare(query: WorkOrderRepliesQueryDto): RepliesExport {
    const period = resolvePeriod({ from: query.from, to: query.to }, this.clock.now());
    const pages = () => this.pages(period.startsAt, period.endsAt);
    return {
      file: (extension) => ({
        asciiName: `12345-replies-${query.from}-${query.to}.${extension}`,
        name: `12345工单回复_${query.from}至${query.to}.${extension}`,
      }),
      sheet: {
        name: '工单回复',
        columns: REPLY_COLUMNS,
        write: async (rows) => {
          for await (const page of pages()) {
            for (const row of page) rows.add(row);
            await rows.drained();
          }
        },
      },
      csv: async () => {
        const all: XlsxCell[][] = [];
        for await (const page of pages()) all.push(...page);
        return toCsv([[...WORK_ORDER_REPLY_COLUMNS], ...all]);
      },
    };
  }

  /** The period's work orders in order of receipt, a page of reply rows at a time. */
  private async *pages(start: Date, end: Date): AsyncGenerator<XlsxCell[][]> {
    let after: { at: Date; id: number } | null = null;
    for (;;) {
      const qb = this.dataSource.manager
        .createQueryBuilder(Appeal, 'a')
        .select(['a.id', 'a.receivedAt', 'a.workOrderNo', 'a.status', 'a.content', 'a.contactName', 'a.resolvedAt', 'a.closedAt'])
        .where('a.receivedAt >= :start AND a.receivedAt < :end', { start, end })
        .andWhere("a.channel = 'city12345' AND a.workOrderNo IS NOT NULL");
      if (after) {
        const { at, id } = after;
        qb.andWhere(new Brackets((k) => k.where('a.receivedAt > :at', { at }).orWhere('a.receivedAt = :at AND a.id > :id', { at, id })));
      }
      const appeals = await qb.orderBy('a.receivedAt', 'ASC').addOrderBy('a.id', 'ASC').limit(PAGE).getMany();
      if (!appeals.length) return;
      const parts = await this.parts(appeals.map((a) => a.id));
      yield appeals.map((a) => replyRow(a as ReplyAppeal, parts.get(a.id) ?? { feedbacks: [], ratings: [], lines: [] }));
      if (appeals.length < PAGE) return;
      const last = appeals[appeals.length - 1];
      after = { at: last.receivedAt, id: last.id };
    }
  }

  /** Each appeal's feedbacks, ratings and public answering lines, one read a table. */
  private async parts(ids: number[]): Promise<Map<number, ReplyParts>> {
    const em = this.dataSource.manager;
    const [feedbacks, ratings, lines] = await Promise.all([
      em.find(AppealFeedback, { select: { appealId: true, content: true, final: true, at: true }, where: { appealId: In(ids) } }),
      em.find(AppealRating, { select: { appealId: true, round: true, solved: true, satisfaction: true }, where: { appealId: In(ids) } }),
      em.find(AppealEvent, {
        select: { appealId: true, type: true, note: true, at: true },
        where: { appealId: In(ids), type: In([...REPLY_LINE_TYPES]), visibility: 'public' },
      }),
    ]);
    const parts = new Map<
      number,
      { feedbacks: ReplyParts['feedbacks'][number][]; ratings: ReplyParts['ratings'][number][]; lines: ReplyParts['lines'][number][] }
    >();
    const of = (id: number) => parts.get(id) ?? parts.set(id, { feedbacks: [], ratings: [], lines: [] }).get(id)!;
    for (const f of feedbacks) of(f.appealId).feedbacks.push(f);
    for (const r of ratings) of(r.appealId).ratings.push(r);
    for (const l of lines) of(l.appealId).lines.push(l);
    return parts;
  }
}
