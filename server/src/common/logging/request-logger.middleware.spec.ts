import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { RequestWithContext } from '../context/ctx.decorator';
import { RequestLoggerMiddleware, requestLogLine } from './request-logger.middleware';

describe('RequestLoggerMiddleware', () => {
  afterEach(() => jest.restoreAllMocks());

  function request(logFormat: 'json' | 'text', status: number): { log: jest.SpyInstance; error: jest.SpyInstance } {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const res = Object.assign(new EventEmitter(), { statusCode: status }) as unknown as Response;
    const req = { method: 'GET', originalUrl: '/api/appeals?status=open&phone=138', ctx: { userId: 7 } } as unknown as RequestWithContext;
    const next = jest.fn() as NextFunction;
    new RequestLoggerMiddleware({ logFormat }).use(req, res, next);
    expect(next).toHaveBeenCalled();
    (res as unknown as EventEmitter).emit('finish');
    return { log, error };
  }

  it('logs one line per request in the text format, without the query string', () => {
    const { log } = request('text', 200);
    expect(log).toHaveBeenCalledTimes(1);
    const line = log.mock.calls[0][0] as string;
    expect(line).toMatch(/^GET \/api\/appeals 200 [\d.]+ms user=7$/);
    expect(line).not.toContain('\n');
  });

  it('keeps the structured entry for the JSON format, and server errors as errors', () => {
    const { log, error } = request('json', 503);
    expect(log).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ method: 'GET', path: '/api/appeals', status: 503, userId: 7 }));
  });

  it('marks an anonymous request with a dash', () => {
    expect(requestLogLine({ method: 'POST', path: '/api/auth/login', status: 401, ms: 1.5, userId: null })).toBe('POST /api/auth/login 401 1.5ms user=-');
  });
});
