import { parseMiniprogramState, parseSubscribeTemplates } from './subscribe-config';

describe('WECHAT_TEMPLATES', () => {
  it('reads each topic’s template and which key takes which word', () => {
    const templates = parseSubscribeTemplates(
      JSON.stringify({ appealProgress: { id: ' tmpl-progress ', fields: { character_string1: 'code', thing2: 'text', time3: 'time' } } }),
    );
    expect(templates).toEqual({ appealProgress: { id: 'tmpl-progress', fields: { character_string1: 'code', thing2: 'text', time3: 'time' } } });
    expect(parseSubscribeTemplates(undefined)).toEqual({});
    expect(parseSubscribeTemplates('  ')).toEqual({});
  });

  it.each([
    ['not JSON', '{appealProgress', /must be JSON/],
    ['a list', '[]', /an object by topic/],
    ['an unknown topic', '{"appealRated": {"id": "x", "fields": {"thing1": "text"}}}', /unknown topic "appealRated"/],
    ['no id', '{"appealResult": {"fields": {"thing1": "text"}}}', /appealResult\.id/],
    ['no fields', '{"appealResult": {"id": "x", "fields": {}}}', /appealResult\.fields must map/],
    ['a kind of key it cannot fill', '{"appealResult": {"id": "x", "fields": {"amount1": "text"}}}', /amount1 is not a kind of field/],
    ['a word it does not have', '{"appealResult": {"id": "x", "fields": {"thing1": "resident"}}}', /fields\.thing1 must be one of/],
  ])('stops the start on %s', (_, text, message) => {
    expect(() => parseSubscribeTemplates(text)).toThrow(message);
  });

  it('WECHAT_MINIPROGRAM_STATE is formal unless set to trial or developer', () => {
    expect(parseMiniprogramState(undefined)).toBe('formal');
    expect(parseMiniprogramState('trial')).toBe('trial');
    expect(() => parseMiniprogramState('release')).toThrow(/formal, trial, developer/);
  });
});
