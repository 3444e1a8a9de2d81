import { ERROR_CODES } from '@lingjuli/shared';
import { CLIENT_ERROR_CODES, toApiError } from '@/services/http';

describe('failure codes', () => {
  it('keeps the mini-program’s own codes apart from the server’s', () => {
    expect(CLIENT_ERROR_CODES.filter((code) => (ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('names an answer without an error body by a code of either list', () => {
    const known: readonly string[] = [...ERROR_CODES, ...CLIENT_ERROR_CODES];
    for (const status of [400, 401, 403, 404, 409, 413, 429, 500, 502, 503]) {
      expect(known).toContain(toApiError(status, '<html>').code);
    }
  });
});
