import { Body, Controller, Get, Header, HttpCode, Post, Put, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { WorkOrderImportResult, WorkOrderMappingInfo, WorkOrderPreview } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { attachmentDisposition } from '../common/export/download';
import { sendXlsx, XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { BatchUploadInterceptor } from './batch-upload.interceptor';
import { WorkOrderMappingDto } from './dto/work-order-mapping.dto';
import { WorkOrderRepliesQueryDto } from './dto/work-order-replies.query';
import { WorkOrderImportService } from './work-order-import.service';
import { WorkOrderMappingService } from './work-order-mapping.service';
import { WorkOrderRepliesService } from './work-order-replies.service';

const BATCH_BODY = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } as const;

/** 12345 work orders (接诉即办): the batch's column mapping, its import (a preview first), and the replies to upload back. */
@ApiTags('work-orders')
@ApiBearerAuth()
@Controller('work-orders')
export class WorkOrdersController {
  constructor(
    private readonly mapping: WorkOrderMappingService,
    private readonly imports: WorkOrderImportService,
    private readonly replies: WorkOrderRepliesService,
  ) {}

  /** Which column of the city's batch gives each field (the suggestion until the street admin saves one). */
  @Allow('workOrder.read')
  @Get('mapping')
  currentMapping(): Promise<WorkOrderMappingInfo> {
    return this.mapping.info();
  }

  @Allow('workOrder.mapping')
  @Put('mapping')
  updateMapping(@Ctx() ctx: RequestContext, @Body() body: WorkOrderMappingDto): Promise<WorkOrderMappingInfo> {
    return this.mapping.update(ctx, body);
  }

  /** What importing the batch (multipart `file`, .xlsx or .csv, at most 5 MB) would do, row by row; writes nothing. */
  @ApiConsumes('multipart/form-data')
  @ApiBody(BATCH_BODY)
  @Allow('workOrder.read')
  @Post('import/preview')
  @HttpCode(200)
  @UseInterceptors(BatchUploadInterceptor())
  preview(@UploadedFile() file: Express.Multer.File | undefined): Promise<WorkOrderPreview> {
    return this.imports.preview(file);
  }

  /** Files the batch's good rows as 12345 transfers, one transaction a row; numbers taken in before are skipped. */
  @ApiConsumes('multipart/form-data')
  @ApiBody(BATCH_BODY)
  @Allow('workOrder.import')
  @Post('import')
  @HttpCode(200)
  @UseInterceptors(BatchUploadInterceptor())
  import(@Ctx() ctx: RequestContext, @UploadedFile() file: Express.Multer.File | undefined): Promise<WorkOrderImportResult> {
    return this.imports.import(ctx, file);
  }

  /** The replies of the work orders taken in from `from` to `to` (Beijing dates, both included), in 12345's layout. */
  @ApiProduces(XLSX_CONTENT_TYPE)
  @Allow('workOrder.read')
  @Get('replies.xlsx')
  async repliesXlsx(@Query() query: WorkOrderRepliesQueryDto, @Res() res: Response): Promise<void> {
    const replies = this.replies.prepare(query);
    await sendXlsx(res, replies.file('xlsx'), [replies.sheet]);
  }

  /** …and as CSV (UTF-8 with BOM). */
  @ApiProduces('text/csv')
  @Allow('workOrder.read')
  @Get('replies.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async repliesCsv(@Query() query: WorkOrderRepliesQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const replies = this.replies.prepare(query);
    const csv = await replies.csv();
    const file = replies.file('csv');
    res.setHeader('Content-Disposition', attachmentDisposition(file.asciiName, file.name));
    return csv;
  }
}
