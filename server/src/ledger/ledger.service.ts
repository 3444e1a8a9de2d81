import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LEDGER_MAX_DAYS, ROLE_SCOPE, shanghaiMidnight } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { ScopeService } from '../access/scope.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { invalidField } from '../common/errors/app-error';
import type { XlsxSheet } from '../common/export/xlsx';
import { maskPhone, PhoneCipher } from '../common/privacy/phone-cipher';
import { parseCalendarDate } from '../common/validation/dates';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Community } from '../organisation/community.entity';
import { Grid } from '../organisation/grid.entity';
import type { LedgerQueryDto } from './dto/ledger.query';
import { LedgerReader, type LedgerScope } from './ledger-reader';
import { APPEAL_COLUMNS, appealRow, CONTACT_COLUMNS, contactRow, residentNames } from './ledger-sheets';

const DAY = 24 * 3600_000;

/**
 * A further sheet of the ledger, after 诉求台账 and 联系记录 (e.g. the period's measures, 汇总): given
 * the scope and period the caller asked for, the sheet. Pass it to `LedgerService.prepare`.
 */
export type LedgerSheetWriter = (scope: LedgerScope) => XlsxSheet;

/** A ledger ready to be written: the download's names and its sheets, in order. */
export interface LedgerExport {
  file: { asciiName: string; name: string };
  scope: LedgerScope;
  sheets: XlsxSheet[];
}

/**
 * The ledger (台账 / 民情热线日志) as an Excel workbook (docs/architecture.md, "The ledger export"):
 * one row per appeal received in the period, then every contact and step on their timelines; names,
 * phones and words masked (docs/domain.md §11).
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly communities: ScopeService,
    private readonly reader: LedgerReader,
    private readonly phones: PhoneCipher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the request — the period (400), the community (404 outside the caller's scope) — and gives
   * the sheets to write; nothing is read for them until they are written. `more` sheets follow the two.
   */
  async prepare(ctx: RequestContext, query: LedgerQueryDto, more: readonly LedgerSheetWriter[] = []): Promise<LedgerExport> {
    const { start, end } = period(query.from, query.to);
    const { communityIds, title } = await this.scopeOf(ctx, query.communityId);
    const scope: LedgerScope = { communityIds, start, end };
    const now = this.clock.now();
    return {
      file: {
        asciiName: `ledger-${query.communityId ?? 'all'}-${query.from}-${query.to}.xlsx`,
        name: `台账_${title}_${query.from}至${query.to}.xlsx`,
      },
      scope,
      sheets: [this.appealSheet(scope, now), this.contactSheet(scope), ...more.map((sheet) => sheet(scope))],
    };
  }

  /** The community asked for (404 outside the caller's scope), or the caller's whole scope, and its name for the file. */
  private async scopeOf(ctx: RequestContext, communityId: number | undefined): Promise<{ communityIds: number[] | 'all'; title: string }> {
    if (communityId !== undefined) {
      const community = await this.access.require(ctx, 'ledger.export', communityId);
      return { communityIds: [community.id], title: community.name };
    }
    const communityIds = await this.communities.communityIds(ctx.actor);
    const manager = this.dataSource.manager;
    const title =
      communityIds === 'all'
        ? this.config.streetName
        : ROLE_SCOPE[ctx.role] === 'grid' && ctx.actor.gridId !== null
          ? (await manager.findOneBy(Grid, { id: ctx.actor.gridId }))?.name
          : ctx.actor.communityId !== null
            ? (await manager.findOneBy(Community, { id: ctx.actor.communityId }))?.name
            : undefined;
    return { communityIds, title: title ?? this.config.streetName };
  }

  /** 诉求台账: one row per appeal, in order of receipt. */
  private appealSheet(scope: LedgerScope, now: Date): XlsxSheet {
    return {
      name: '诉求台账',
      columns: APPEAL_COLUMNS,
      write: async (rows) => {
        const communityNames = await this.communityNames();
        for await (const { appeals, parts } of this.reader.pages(scope, 'all', (ids) => this.reader.appealParts(ids))) {
          for (const appeal of appeals) {
            rows.add(
              appealRow(
                appeal,
                {
                  communityName: communityNames.get(appeal.communityId) ?? '',
                  phone: appeal.contactPhoneEncrypted ? maskPhone(this.phones.decrypt(appeal.contactPhoneEncrypted)) : null,
                  feedbacks: parts.feedbacks.get(appeal.id) ?? [],
                  ratings: parts.ratings.get(appeal.id) ?? [],
                  assignments: parts.assignments.get(appeal.id) ?? [],
                },
                now,
              ),
            );
          }
          await rows.drained();
        }
      },
    };
  }

  /** 联系记录: the appeals' timeline lines, appeal after appeal in order of receipt (a second pass over the pages). */
  private contactSheet(scope: LedgerScope): XlsxSheet {
    return {
      name: '联系记录',
      columns: CONTACT_COLUMNS,
      write: async (rows) => {
        for await (const { appeals, parts: lines } of this.reader.pages(scope, 'names', (ids) => this.reader.contactLines(ids))) {
          for (const appeal of appeals) {
            const names = residentNames(appeal);
            for (const line of lines.get(appeal.id) ?? []) rows.add(contactRow(appeal, line, names));
          }
          await rows.drained();
        }
      },
    };
  }

  private async communityNames(): Promise<Map<number, string>> {
    const rows = await this.dataSource.manager.find(Community, { select: { id: true, name: true } });
    return new Map(rows.map((c) => [c.id, c.name]));
  }
}

/** The Beijing days `from` to `to` (both included) as the instants [start, end); 400 on `to` if it runs backwards or too long. */
function period(from: string, to: string): { start: Date; end: Date } {
  // The DTO has checked both are real calendar dates.
  const [first, last] = [parseCalendarDate(from)!, parseCalendarDate(to)!];
  const start = shanghaiMidnight(first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate());
  const end = shanghaiMidnight(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate() + 1);
  if (end <= start) throw invalidField('to', '截止日期不能早于起始日期');
  if (end.getTime() - start.getTime() > LEDGER_MAX_DAYS * DAY) throw invalidField('to', `导出期间不能超过${LEDGER_MAX_DAYS}天`);
  return { start, end };
}
