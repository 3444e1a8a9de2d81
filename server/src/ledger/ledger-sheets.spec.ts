import { CONTACT_LOG_TYPE_LIST, onTimeLabel } from './ledger-sheets';

const at = (text: string) => new Date(text);
const DUE = at('2026-03-03T10:00:00+08:00');

describe('是否按时 in the ledger', () => {
  it.each<[string, Date | null, Date | null, Date, string]>([
    ['responded by the due time', at('2026-03-03T10:00:00+08:00'), null, at('2026-03-10T00:00:00+08:00'), '是'],
    ['responded after it', at('2026-03-03T10:00:00.001+08:00'), null, at('2026-03-10T00:00:00+08:00'), '否'],
    ['not responded, past due', null, null, at('2026-03-03T10:00:00.001+08:00'), '否'],
    ['not responded, not yet due', null, null, at('2026-03-03T09:00:00+08:00'), '未到期'],
    ['withdrawn before the due time', null, at('2026-03-02T12:00:00+08:00'), at('2026-03-10T00:00:00+08:00'), '未到期'],
    ['withdrawn after it', null, at('2026-03-04T12:00:00+08:00'), at('2026-03-10T00:00:00+08:00'), '否'],
  ])('%s', (_what, respondedAt, closedAt, now, label) => {
    expect(onTimeLabel({ dueAt: DUE, respondedAt, closedAt }, now)).toBe(label);
  });
});

describe('联系记录', () => {
  it('lists every kind of line but another resident’s "me too"', () => {
    expect(CONTACT_LOG_TYPE_LIST).not.toContain('support');
    expect(CONTACT_LOG_TYPE_LIST).toEqual(expect.arrayContaining(['file', 'feedback', 'callback', 'rate', 'dispatch', 'breach']));
  });
});
