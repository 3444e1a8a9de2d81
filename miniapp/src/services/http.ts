import { NEXT_CURSOR_HEADER, type ApiErrorCode, type ApiError as ApiErrorBody, type FieldError } from '@lingjuli/shared';

/**
 * The mini-program's own codes, for failures the server did not name: no answer at all (`NETWORK`),
 * something that was no API failure (`UNKNOWN`), or an answer without an error body (a proxy's).
 */
export const CLIENT_ERROR_CODES = ['NETWORK', 'UNKNOWN', 'SERVER_ERROR', 'RATE_LIMITED', 'REQUEST_FAILED'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** A failure's code: one the server sends (the shared `ERROR_CODES`) or one of the mini-program's own. */
export type FailureCode = ApiErrorCode | ClientErrorCode;

/** An API failure with a message a user can read (Chinese), whatever went wrong underneath. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server was not reached at all. */
    readonly status: number,
    /** What went wrong, for the code to switch on (the message is for people). */
    readonly code: FailureCode,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth trying again with the same request: the network failed or the server was briefly unavailable. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }

  /** The message for one form field, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
}

/** Any thrown value as an ApiError; `message` (Chinese) for what was not an API failure. */
export function asApiError(error: unknown, message = '操作未能完成，请稍后重试'): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', message);
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportRequest {
  url: string;
  method: Method;
  data?: unknown;
  header: Record<string, string>;
}

export interface TransportResponse {
  statusCode: number;
  data: unknown;
  header?: Record<string, string>;
}

/** Sends one request; rejects only when no HTTP answer came back (offline, DNS, timeout). */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export interface FileTransportRequest {
  url: string;
  /** A local path (WeChat temp file, or a browser blob: URL). */
  filePath: string;
  /** The multipart field the server reads the file from. */
  name: string;
  /** The file's own name, sent in the browser (a blob: URL has none); WeChat sends the temp file's. */
  fileName?: string;
  header: Record<string, string>;
}

/** Sends one file as multipart/form-data; like Transport, rejects only when no HTTP answer came back. */
export type FileTransport = (request: FileTransportRequest) => Promise<TransportResponse>;

export interface HttpOptions {
  baseUrl: string;
  transport: Transport;
  fileTransport: FileTransport;
  getToken: () => string | null;
  /** Called on 401 (expired or revoked session) before the error is thrown. */
  onUnauthorized?: () => void;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>;
  data?: unknown;
  headers?: Record<string, string>;
}

export interface UploadOptions {
  filePath: string;
  /** The multipart field name. */
  field: string;
  /** The file's own name, where the path does not carry it (a browser blob: URL). */
  fileName?: string;
  /** What to say when the file did not reach the server at all. */
  networkMessage?: string;
}

const NETWORK_MESSAGE = '网络不给力，请检查网络后重试';
const SERVER_MESSAGE = '服务器开小差了，请稍后再试';

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).message === 'string' && typeof (body as ApiErrorBody).code === 'string';
}

/** Turns any non-2xx answer into an ApiError, keeping the server's Chinese message when it sent one. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(status, body.code, body.message, body.details ?? []);
  if (status >= 500) return new ApiError(status, 'SERVER_ERROR', SERVER_MESSAGE);
  if (status === 401) return new ApiError(status, 'UNAUTHENTICATED', '请先登录');
  if (status === 403) return new ApiError(status, 'FORBIDDEN', '没有权限进行此操作');
  if (status === 404) return new ApiError(status, 'NOT_FOUND', '找不到请求的内容');
  // A proxy's rate limit has no JSON body; the server's own 429 carries the same words.
  if (status === 429) return new ApiError(status, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
  return new ApiError(status, 'REQUEST_FAILED', '请求未能完成，请稍后再试');
}

export function buildQuery(query: RequestOptions['query']): string {
  const parts = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * A response header's value, whatever case its name came in: WeChat passes the server's spelling
 * (`Next-Cursor`), a browser's fetch lower-cases it (`next-cursor`), HTTP/2 always does.
 */
export function headerValue(header: Record<string, string> | undefined, name: string): string | undefined {
  if (!header) return undefined;
  const wanted = name.toLowerCase();
  const key = Object.keys(header).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? undefined : header[key];
}

/** A list answered as a plain array, with where the next page starts (the `Next-Cursor` header; null on the last page). */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** An upload's answer arrives as text (WeChat and the browser alike); JSON when the server sent JSON. */
function parseText(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/** Where a download comes from, with the caller's token. */
export interface DownloadRequest {
  url: string;
  header: Record<string, string>;
}

/** The one HTTP layer: base URL, bearer token, JSON, and errors mapped to ApiError in Chinese. */
export function createHttp(options: HttpOptions) {
  function authorized(header: Record<string, string>): Record<string, string> {
    const token = options.getToken();
    return token ? { ...header, Authorization: `Bearer ${token}` } : header;
  }

  /** Any HTTP answer: the data on 2xx; otherwise an ApiError, after ending the session on 401. */
  function answer<T>(response: TransportResponse): T {
    if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
    if (response.statusCode === 401) options.onUnauthorized?.();
    throw toApiError(response.statusCode, response.data);
  }

  async function send(method: Method, path: string, req: RequestOptions = {}): Promise<TransportResponse> {
    const header = authorized({ 'Content-Type': 'application/json', ...req.headers });
    try {
      return await options.transport({ url: `${options.baseUrl}/api${path}${buildQuery(req.query)}`, method, data: req.data, header });
    } catch {
      throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
    }
  }

  async function request<T>(method: Method, path: string, req: RequestOptions = {}): Promise<T> {
    return answer<T>(await send(method, path, req));
  }

  /** GETs a list answered as a plain array, with the next page's cursor from its `Next-Cursor` header. */
  async function getList<T>(path: string, req?: RequestOptions): Promise<ListPage<T>> {
    const response = await send('GET', path, req);
    return { items: answer<T[]>(response), nextCursor: headerValue(response.header, NEXT_CURSOR_HEADER) || null };
  }

  /**
   * GETs what a poller watches, unless it is what it was (`If-None-Match: etag`): null while unchanged
   * — a 304, or the same validator again where a browser answered from its cache — else the data and
   * its validator.
   */
  async function getIfChanged<T>(path: string, etag: string | null, req: RequestOptions = {}): Promise<{ data: T; etag: string | null } | null> {
    const response = await send('GET', path, { ...req, headers: { ...req.headers, ...(etag ? { 'If-None-Match': etag } : {}) } });
    if (response.statusCode === 304) return null;
    const data = answer<T>(response);
    const next = headerValue(response.header, 'ETag') ?? null;
    return next !== null && next === etag ? null : { data, etag: next };
  }

  /** POSTs one local file as multipart/form-data, with the same token, errors and 401 handling as `request`. */
  async function upload<T>(path: string, file: UploadOptions): Promise<T> {
    let response: TransportResponse;
    try {
      // No Content-Type: the transport sets multipart/form-data with its boundary.
      response = await options.fileTransport({
        url: `${options.baseUrl}/api${path}`,
        filePath: file.filePath,
        name: file.field,
        ...(file.fileName && { fileName: file.fileName }),
        header: authorized({}),
      });
    } catch {
      throw new ApiError(0, 'NETWORK', file.networkMessage ?? NETWORK_MESSAGE);
    }
    return answer<T>({ ...response, data: parseText(response.data) });
  }

  /** POSTs and answers the data with its HTTP status, for a route whose 200 and 201 mean different things (made now, or already there). */
  async function postWithStatus<T>(path: string, req?: RequestOptions): Promise<{ status: number; data: T }> {
    const response = await send('POST', path, req);
    return { status: response.statusCode, data: answer<T>(response) };
  }

  /** A file to download: its address and the token, for the platform to fetch and save (an .xlsx export). */
  function download(path: string, req: RequestOptions = {}): DownloadRequest {
    return { url: `${options.baseUrl}/api${path}${buildQuery(req.query)}`, header: authorized({}) };
  }

  return {
    get: <T>(path: string, req?: RequestOptions) => request<T>('GET', path, req),
    download,
    getList,
    getIfChanged,
    post: <T>(path: string, req?: RequestOptions) => request<T>('POST', path, req),
    postWithStatus,
    put: <T>(path: string, req?: RequestOptions) => request<T>('PUT', path, req),
    delete: <T>(path: string, req?: RequestOptions) => request<T>('DELETE', path, req),
    upload,
  };
}

export type Http = ReturnType<typeof createHttp>;
