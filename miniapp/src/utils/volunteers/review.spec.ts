import type { VolunteerApplicationInfo } from '@lingjuli/shared';
import { acceptBody, afterDecision, applicationLines, applicationQuery, declineBody } from '@/utils/volunteers/review';

const app = (patch: Partial<VolunteerApplicationInfo> = {}): VolunteerApplicationInfo => ({
  id: 1,
  kind: 'partyMember',
  status: 'pending',
  applicantId: 7,
  communityId: 3,
  communityName: '测试甲社区',
  name: '赵建国',
  phone: '13733334444',
  birthYear: 1958,
  ageBand: 'from60to69',
  offers: ['patrol', 'legalAdvice'],
  times: ['weekend', 'holidays'],
  timesNote: '周六上午',
  workUnit: '区市场监管局',
  partyOrganisation: '机关党支部',
  appliedAt: '2026-03-01T02:00:00.000Z',
  decidedAt: null,
  decidedBy: null,
  declineReason: null,
  actions: ['accept', 'decline'],
  ...patch,
});

describe('reviewing volunteer applications', () => {
  it('asks the queue, or a status, or all', () => {
    expect(applicationQuery('pending')).toEqual({ status: 'pending' });
    expect(applicationQuery('all')).toEqual({});
  });

  it('reads an application line by line', () => {
    const lines = applicationLines(app(), 2026);
    expect(lines).toEqual([
      { label: '电话', value: '13733334444' },
      { label: '出生年份', value: '1958年（68岁，60–69岁）' },
      { label: '可提供', value: '巡查走访、法律咨询' },
      { label: '空闲时间', value: '周末、节假日；周六上午' },
      { label: '工作单位', value: '区市场监管局' },
      { label: '所在党组织', value: '机关党支部' },
      { label: '申请时间', value: '3月1日 10:00' },
    ]);
    const declined = applicationLines(
      app({
        status: 'declined',
        decidedAt: '2026-03-02T02:00:00.000Z',
        decidedBy: { id: 2, name: '张敏', role: 'communityStaff' },
        declineReason: '请补充证明',
      }),
      2026,
    );
    expect(declined.slice(-2)).toEqual([
      { label: '处理', value: '张敏 3月2日 10:00' },
      { label: '未通过原因', value: '请补充证明' },
    ]);
  });

  it('names a liaison’s duties (one at least) and none for a party member', () => {
    expect(acceptBody({ kind: 'liaison' }, ['mediator', 'observer'])).toEqual({ ok: true, body: { duties: ['observer', 'mediator'] } });
    expect(acceptBody({ kind: 'liaison' }, [])).toEqual({ ok: false, errors: { duties: '请至少选择一项专员职责' } });
    expect(acceptBody({ kind: 'partyMember' }, ['observer'])).toEqual({ ok: true, body: {} });
  });

  it('needs a reason to decline', () => {
    expect(declineBody('  ')).toEqual({ ok: false, errors: { reason: '请填写未通过的原因' } });
    expect(declineBody(' 请补充证明 ')).toEqual({ ok: true, body: { reason: '请补充证明' } });
    expect(declineBody('字'.repeat(501))).toEqual({ ok: false, errors: { reason: '未通过的原因不能超过500个字' } });
  });

  it('takes a decided one out of the queue, and shows it changed in the full list', () => {
    const rows = [app({ id: 1 }), app({ id: 2 })];
    const accepted = app({ id: 1, status: 'accepted', actions: [] });
    expect(afterDecision(rows, accepted, 'pending').map((r) => r.id)).toEqual([2]);
    expect(afterDecision(rows, accepted, 'all')[0]).toBe(accepted);
  });
});
