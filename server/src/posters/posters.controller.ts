import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/validation/ids';
import { PostersService } from './posters.service';

/**
 * Stairwell codes and posters: public, like the landing they lead to; nothing personal on them.
 * Headers are set only on success (a route-level @Header would also go out on a JSON error, and a
 * 502 must not be cached for an hour).
 */
@ApiTags('posters')
@Controller()
export class PostersController {
  constructor(private readonly posters: PostersService) {}

  /** The building's code: a mini-program code when WeChat is configured, else a QR code of its browser URL. */
  @Public()
  @Get('buildings/by-code/:code/qr.png')
  @ApiProduces('image/png', 'image/jpeg')
  async qr(@Param('code') code: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const image = await this.posters.qr(code);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    return new StreamableFile(image.bytes, { type: image.mimeType, length: image.bytes.length });
  }

  /** A printable A4 poster for the building's stairwell (HTML with print CSS). */
  @Public()
  @Get('buildings/by-code/:code/poster')
  @ApiProduces('text/html')
  async poster(@Param('code') code: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.posters.buildingPoster(code);
    res.type('html');
    return html;
  }

  /** Every building's poster of a community, one per A4 sheet. */
  @Public()
  @Get('communities/:id/posters')
  @ApiProduces('text/html')
  async communityPosters(@Param('id', ParseIdPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.posters.communityPosters(id);
    res.type('html');
    return html;
  }
}
