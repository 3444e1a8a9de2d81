import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { LedgerQueryDto } from './dto/ledger.query';
import { MeasuresService } from '../measures/measures.service';
import { measuresSheet } from '../measures/measures-sheet';
import { LedgerService } from './ledger.service';

/** The ledger (台账 / 民情热线日志) as an Excel download. */
@ApiTags('ledger')
@ApiBearerAuth()
@Controller()
export class LedgerController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly measures: MeasuresService,
  ) {}

  /**
   * The appeals received from `from` to `to` (Beijing dates, both included, at most 366 days) of one
   * community or of the caller's whole scope: 诉求台账 and 联系记录, personal data masked, and the
   * period's measures (汇总). Streamed.
   */
  @ApiProduces(XLSX_CONTENT_TYPE)
  @Allow('ledger.export')
  @Get('ledger.xlsx')
  async export(@Ctx() ctx: RequestContext, @Query() query: LedgerQueryDto, @Res() res: Response): Promise<void> {
    const ledger = await this.ledger.prepare(ctx, query, [measuresSheet(this.measures)]);
    await sendXlsx(res, ledger.file, ledger.sheets);
  }
}
