import type { LiaisonInfo } from '@lingjuli/shared';
import { countItems, dutiesText, hoursText, orderLiaisons, registerBody, sameDuties, toggleDuty, trainingBody } from '@/utils/powers/liaison';

describe('duties', () => {
  it('are shown and toggled in their fixed order', () => {
    expect(dutiesText(['mediator', 'policyPromoter'])).toBe('政策宣传员、矛盾调解员');
    expect(dutiesText([])).toBe('未设职责');
    expect(toggleDuty(['mediator'], 'policyPromoter')).toEqual(['policyPromoter', 'mediator']);
    expect(toggleDuty(['policyPromoter', 'mediator'], 'policyPromoter')).toEqual(['mediator']);
    expect(sameDuties(['observer', 'liaison'], ['liaison', 'observer'])).toBe(true);
    expect(sameDuties(['observer'], ['liaison', 'observer'])).toBe(false);
  });
});

describe('the registry', () => {
  const base = {
    userId: 1,
    communityId: 1,
    duties: [],
    joinedAt: '',
    phone: null,
    trainings: [],
    counts: { reports: 3, proactiveReports: 1, visits: 2, participations: 4 },
  };
  it('lists the active first, then by name', () => {
    const list = [
      { ...base, userId: 1, name: '王五', active: false },
      { ...base, userId: 2, name: '李四', active: true },
      { ...base, userId: 3, name: '张三', active: true },
    ] as LiaisonInfo[];
    expect(orderLiaisons(list).map((l) => l.userId)).toEqual([2, 3, 1]);
  });

  it('labels the counts', () => {
    expect(countItems(base.counts).map((c) => `${c.label}${c.value}`)).toEqual(['上报3', '主动发现1', '回访2', '参与办理4']);
  });
});

describe('registering a liaison', () => {
  it('sends what was filled in', () => {
    expect(registerBody({ name: ' 赵敏 ', phone: '138 0000 1234', duties: ['observer'], username: 'liaison-zhao' })).toEqual({
      ok: true,
      body: { name: '赵敏', phone: '13800001234', duties: ['observer'], username: 'liaison-zhao' },
    });
    expect(registerBody({ name: '赵敏', phone: '', duties: ['observer'], username: '' })).toEqual({ ok: true, body: { name: '赵敏', duties: ['observer'] } });
  });

  it('says what is wrong, field by field', () => {
    const r = registerBody({ name: '', phone: '12345', duties: [], username: 'Zhao Min' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['duties', 'name', 'phone', 'username']);
  });
});

describe('a training record', () => {
  const now = new Date('2026-03-10T04:00:00Z');
  it('sends the day as Beijing midnight', () => {
    expect(trainingBody({ title: '矛盾调解技巧', date: '2026-03-05', hours: '2.5' }, now)).toEqual({
      ok: true,
      body: { title: '矛盾调解技巧', date: '2026-03-04T16:00:00.000Z', hours: 2.5 },
    });
  });

  it('refuses hours off the half hour or out of range, and future days', () => {
    for (const hours of ['0', '0.3', '25', 'abc', '']) {
      const r = trainingBody({ title: 't', date: '2026-03-05', hours }, now);
      expect(r.ok ? null : r.errors.hours).toBe('学时为0.5–24，以半小时计');
    }
    const r = trainingBody({ title: '', date: '2026-03-11', hours: '1' }, now);
    expect(r.ok ? null : r.errors).toEqual({ title: '请填写培训内容', date: '培训日期不能晚于今天' });
    expect(hoursText(1.5)).toBe('1.5学时');
  });
});
