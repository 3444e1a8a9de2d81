import type { Role, SubscriptionAnswer } from '@lingjuli/shared';
import type { Session } from '@/state/session';

/** What happened, in order: the ask must come before any network call. */
const calls: string[] = [];
let answer: SubscriptionAnswer = 'accept';
const templates = jest.fn(async () => ({ enabled: true, templates: { emergencyFiled: 't-emergency', deadlineWarning: 't-warning', visitTask: 't-visit' } }));
const bind = jest.fn(async (_body: { code: string }) => void calls.push('bind'));
const recordAnswers = jest.fn(async (_body: unknown) => void calls.push('record'));
const requestSubscriptions = jest.fn((ids: readonly string[]) => {
  calls.push('ask');
  return Promise.resolve(ids.map((templateId) => ({ templateId, answer })));
});
const wechatLoginCode = jest.fn(async () => {
  calls.push('code');
  return 'wx-code-1';
});
jest.mock('@/services/api', () => ({
  api: { wechat: { templates: () => templates(), bind: (body: { code: string }) => bind(body), recordAnswers: (body: unknown) => recordAnswers(body) } },
}));
jest.mock('@/platform', () => ({
  platform: { requestSubscriptions: (ids: readonly string[]) => requestSubscriptions(ids), wechatLoginCode: () => wechatLoginCode() },
}));

import { loadSubscriptionTemplates } from '@/state/subscriptions';
import { turnOnWechatAlerts } from '@/state/wechat-alerts';

const session = (role: Role): Session => ({
  token: `token-${role}`,
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: { id: 1, role, displayName: '测试', communityId: 1, gridId: null, departmentId: null },
});

describe('turning on WeChat alerts from a tap', () => {
  beforeAll(() => loadSubscriptionTemplates());
  beforeEach(() => {
    jest.clearAllMocks();
    calls.length = 0;
    answer = 'accept';
  });

  it('asks WeChat within the tap, before any network call, then links her WeChat and records her answers', async () => {
    const turning = turnOnWechatAlerts('staffAlerts', session('communitySecretary'));
    // Synchronously, still inside the tap handler.
    expect(calls).toEqual(['ask']);
    expect(requestSubscriptions).toHaveBeenCalledWith(['t-emergency', 't-warning']);
    await expect(turning).resolves.toBe(true);
    expect(calls).toEqual(['ask', 'code', 'bind', 'record']);
    expect(bind).toHaveBeenCalledWith({ code: 'wx-code-1' });
    expect(recordAnswers).toHaveBeenCalledWith({
      answers: [
        { templateId: 't-emergency', answer: 'accept' },
        { templateId: 't-warning', answer: 'accept' },
      ],
    });
  });

  it('links no WeChat for a liaison, who signed in with hers', async () => {
    await expect(turnOnWechatAlerts('liaisonTasks', session('liaison'))).resolves.toBe(true);
    expect(calls).toEqual(['ask', 'record']);
    expect(wechatLoginCode).not.toHaveBeenCalled();
    expect(bind).not.toHaveBeenCalled();
  });

  it('links and records nothing when she accepted nothing', async () => {
    answer = 'reject';
    await expect(turnOnWechatAlerts('staffAlerts', session('communityStaff'))).resolves.toBe(false);
    expect(calls).toEqual(['ask']);
  });

  it('fails when her WeChat cannot be linked, without recording what WeChat will not send there', async () => {
    bind.mockRejectedValueOnce(new Error('微信授权已失效，请重试'));
    await expect(turnOnWechatAlerts('staffAlerts', session('gridSecretary'))).rejects.toThrow('微信授权已失效');
    expect(recordAnswers).not.toHaveBeenCalled();
  });
});
