import { XMLParser } from 'fast-xml-parser';
import { renderOpen311 } from './open311-format';

describe('writing an Open311 document', () => {
  const doc = {
    root: 'service_requests',
    item: 'request',
    items: [{ service_request_id: '1', description: 'a < b & "c" \u0000\u001F\uD800 ok', lat: null, ok: true }],
  };

  it('writes JSON as the list, and XML as the root with an element per item, nulls empty', () => {
    expect(JSON.parse(renderOpen311('json', doc))).toEqual(doc.items.map((i) => ({ ...i })));
    const parsed = new XMLParser({ parseTagValue: false }).parse(renderOpen311('xml', doc));
    expect(parsed.service_requests.request).toEqual({ service_request_id: '1', description: 'a < b & "c"  ok', lat: '', ok: 'true' });
  });

  it('names a nested list’s entries as the specification does, and refuses a list it has no name for', () => {
    const xml = renderOpen311('xml', { root: 'discovery', object: { endpoints: [{ formats: ['text/xml'] }] } });
    expect(xml).toContain('<endpoints>\n    <endpoint>\n      <formats>\n        <format>text/xml</format>');
    expect(() => renderOpen311('xml', { root: 'x', object: { things: [1] } })).toThrow('No XML element');
  });

  it('wraps the updates’ JSON by the root’s name, as mySociety’s format has it', () => {
    expect(JSON.parse(renderOpen311('json', { root: 'service_request_updates', item: 'request_update', items: [], wrapped: true }))).toEqual({
      service_request_updates: [],
    });
  });
});
