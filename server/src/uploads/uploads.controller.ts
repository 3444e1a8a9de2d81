import { Controller, Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { AttachmentInfo } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow, Public } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import { USER_CONTENT_POLICY } from '../common/http/security-headers';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { PhotoUploadInterceptor } from './photo-upload.interceptor';
import { UploadsService } from './uploads.service';

@ApiTags('uploads')
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  /** Upload one photo (field `file`: JPG, PNG or WebP); then pass its id in `attachmentIds`. */
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @Allow('upload.create')
  @Post()
  @UseInterceptors(PhotoUploadInterceptor())
  upload(@Ctx() ctx: RequestContext, @UploadedFile() file: Express.Multer.File | undefined): Promise<AttachmentInfo> {
    return this.uploads.upload(ctx, file);
  }

  /** The photo itself, by the signed URL the API hands out with each attachment. */
  @Public()
  @Get(':id/content')
  async content(@Param('id', ParseIdPipe) id: number, @Query('exp') exp: string, @Query('sig') sig: string, @Res() res: Response): Promise<void> {
    const { stream, mimeType } = await this.uploads.open(id, exp ?? '', sig ?? '');
    res.setHeader('Content-Type', mimeType);
    res.setHeader('Content-Security-Policy', USER_CONTENT_POLICY);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    stream.pipe(res);
  }
}
