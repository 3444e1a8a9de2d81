import { Body, Controller, Get, Headers, Injectable, Param, Post, Query, Res, UseFilters, UseInterceptors, type PipeTransform } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { parseId } from '../common/validation/ids';
import type { Open311Client } from './open311-client.entity';
import { open311NotFound } from './open311-errors';
import { Open311ExceptionFilter } from './open311-exception.filter';
import { OPEN311_FORMATS, type Open311Document } from './open311-format';
import { Open311FormatInterceptor } from './open311-format.interceptor';
import type { Open311Fields } from './open311-input';
import { Open311Caller, Open311Key } from './open311-key.guard';
import { OPEN311_ROOT } from './open311-paths';
import {
  createdDocument,
  discoveryDocument,
  requestsDocument,
  serviceDefinitionDocument,
  servicesDocument,
  tokenDocument,
  updatesDocument,
} from './open311.mapper';
import { Open311Service } from './open311.service';

/** `.json` or `.xml`; any other extension is a path the API does not have. */
@Injectable()
class FormatPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!(OPEN311_FORMATS as readonly string[]).includes(value)) throw open311NotFound('只支持 .json 与 .xml 两种格式');
    return value;
  }
}

/**
 * Open311 GeoReport v2 (docs/integration.md), at `/open311/v2/…` outside the app's `/api`: each endpoint
 * in `.json` and `.xml`, every call with an API key, errors as the specification's list. Not in the
 * app's OpenAPI document: its formats and errors are the specification's, not the app's.
 */
@ApiExcludeController()
@Controller(OPEN311_ROOT)
@UseFilters(Open311ExceptionFilter)
@UseInterceptors(Open311FormatInterceptor)
export class Open311Controller {
  constructor(private readonly open311: Open311Service) {}

  @Open311Key()
  @Get('discovery.:format')
  discovery(@Param('format', FormatPipe) _format: string): Open311Document {
    return discoveryDocument(this.open311.discovery());
  }

  @Open311Key()
  @Get('services.:format')
  services(@Param('format', FormatPipe) _format: string): Open311Document {
    return servicesDocument(this.open311.services());
  }

  @Open311Key()
  @Get('services/:code.:format')
  async serviceDefinition(
    @Open311Caller() client: Open311Client,
    @Param('code') code: string,
    @Param('format', FormatPipe) _format: string,
  ): Promise<Open311Document> {
    const definition = await this.open311.serviceDefinition(client, code);
    return serviceDefinitionDocument(definition.code, definition.attributes);
  }

  /** A new request (form-encoded); 201, or 200 with the request already filed for the same Idempotency-Key or request. */
  @Open311Key({ writes: true })
  @Post('requests.:format')
  async create(
    @Open311Caller() client: Open311Client,
    @Param('format', FormatPipe) _format: string,
    @Body() body: Open311Fields | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Open311Document> {
    const created = await this.open311.create(client, body ?? {}, idempotencyKey);
    if (created.replayed) res.status(200);
    return createdDocument(created);
  }

  @Open311Key()
  @Get('tokens/:token.:format')
  async token(@Open311Caller() client: Open311Client, @Param('token') token: string, @Param('format', FormatPipe) _format: string): Promise<Open311Document> {
    return tokenDocument(await this.open311.token(client, token));
  }

  @Open311Key()
  @Get('requests.:format')
  async requests(
    @Open311Caller() client: Open311Client,
    @Param('format', FormatPipe) _format: string,
    @Query() query: Open311Fields,
  ): Promise<Open311Document> {
    return requestsDocument(await this.open311.requests(client, query));
  }

  @Open311Key()
  @Get('requests/:id.:format')
  async request(@Open311Caller() client: Open311Client, @Param('id') id: string, @Param('format', FormatPipe) _format: string): Promise<Open311Document> {
    return requestsDocument(await this.open311.request(client, parseId(id)));
  }

  /** mySociety's extension, which FixMyStreet polls for what happened to its reports. */
  @Open311Key()
  @Get('servicerequestupdates.:format')
  async updates(@Open311Caller() client: Open311Client, @Param('format', FormatPipe) _format: string, @Query() query: Open311Fields): Promise<Open311Document> {
    return updatesDocument(await this.open311.updates(client, query));
  }
}
