import type { OpenAPIObject } from '@nestjs/swagger';
import { malformedRequests, type MalformedRequest } from './openapi-fuzz';

/** A small document in the shape the server's has: one write with a path id and a body, one read with a query. */
const doc: OpenAPIObject = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/api/things/{id}/notes': {
      post: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NoteDto' } } } },
        responses: {},
      },
    },
    '/api/things': {
      get: {
        parameters: [
          { name: 'page', in: 'query', required: false, schema: { type: 'number', minimum: 1, maximum: 100 } },
          { name: 'kind', in: 'query', required: true, schema: { type: 'string', enum: ['a', 'b'] } },
        ],
        responses: {},
      },
    },
  },
  components: {
    schemas: {
      NoteDto: {
        type: 'object',
        properties: {
          content: { type: 'string', maxLength: 5 },
          at: { type: 'string', format: 'date-time' },
          people: { type: 'array', items: { $ref: '#/components/schemas/PersonDto' } },
        },
        required: ['content'],
      },
      PersonDto: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
    },
  },
};

const requests = malformedRequests(doc, { knownGood: { content: 'ok' }, pathValue: () => 31 });
const flaws = (operation: string) => requests.filter((r) => r.operation === operation).map((r) => r.flaw);
const find = (flaw: string): MalformedRequest => requests.find((r) => r.flaw === flaw)!;

describe('malformed requests from an OpenAPI document', () => {
  it('writes loose ids into the path, with a valid body, so that the id is what is judged', () => {
    expect(find('path id = "0x1f"')).toMatchObject({ method: 'post', url: '/api/things/0x1f/notes', body: { content: 'ok' } });
    expect(flaws('POST /api/things/{id}/notes')).toEqual(
      expect.arrayContaining(['path id = "+31"', 'path id = " 31"', 'path id = "31.0"', 'path id = "99999999999999999999"']),
    );
    expect(find('path id = " 31"').url).toBe('/api/things/%2031/notes');
  });

  it('makes one field at a time wrong, the others valid: type, null, length, format, nesting', () => {
    expect(find('body.content: null').body).toEqual({ content: null });
    expect(find('body.content: longer than 5').body).toEqual({ content: 'xxxxxx' });
    expect(find('body.at: a bad date "2026-W01"').body).toEqual({ content: 'ok', at: '2026-W01' });
    expect(find('body.at: a bad date "2026-02-20"').body).toEqual({ content: 'ok', at: '2026-02-20' });
    expect(find('body.people: a list of empty lists').body).toEqual({ content: 'ok', people: [[]] });
    expect(find('body.people[0]: without name').body).toEqual({ content: 'ok', people: [{}] });
    expect(find('body: an unknown field').body).toEqual({ content: 'ok', fuzzUnknownField: 1 });
    expect(find('body: without content').body).toEqual({});
    expect(find('body nested 5000 objects deep').rawBody).toMatch(/^(\{"a":){5000}1\}{5000}$/);
  });

  it('sends bad query values one at a time, keeping the required ones valid', () => {
    expect(find('query page = "0x1f"').url).toBe('/api/things?kind=a&page=0x1f');
    expect(find('query page = "101"').url).toBe('/api/things?kind=a&page=101');
    expect(find('query kind = "fuzz-not-a-choice"').url).toBe('/api/things?kind=fuzz-not-a-choice');
    expect(find('query page given twice').url).toBe('/api/things?kind=a&page=1&page=1');
  });

  it('sends no body to an operation that takes none', () => {
    expect(requests.filter((r) => r.operation === 'GET /api/things').every((r) => r.body === undefined && r.rawBody === undefined)).toBe(true);
  });
});
