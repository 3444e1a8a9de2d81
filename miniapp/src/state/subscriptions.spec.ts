import { SUBSCRIPTION_ASKS } from '@lingjuli/shared';

const templates = jest.fn();
const recordAnswers = jest.fn(async (_body: unknown) => undefined);
const requestSubscriptions = jest.fn(async (ids: readonly string[]) => ids.map((templateId) => ({ templateId, answer: 'accept' as const })));
jest.mock('@/services/api', () => ({ api: { wechat: { templates: () => templates(), recordAnswers: (body: unknown) => recordAnswers(body) } } }));
jest.mock('@/platform', () => ({ platform: { requestSubscriptions: (ids: readonly string[]) => requestSubscriptions(ids) } }));

/** The module anew, with nothing read yet. */
const fresh = (): typeof import('@/state/subscriptions') => {
  let loaded!: typeof import('@/state/subscriptions');
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads synchronously
    loaded = require('@/state/subscriptions') as typeof import('@/state/subscriptions');
  });
  return loaded;
};

describe('asking for WeChat subscriptions', () => {
  beforeEach(() => jest.clearAllMocks());

  it('asks nothing before the templates are read, or while the channel is off', async () => {
    const s = fresh();
    expect(s.templateIdsFor('fileAppeal')).toEqual([]);
    templates.mockResolvedValueOnce({ enabled: false, templates: {} });
    await s.loadSubscriptionTemplates();
    expect(s.templateIdsFor('fileAppeal')).toEqual([]);
  });

  it('asks from the tap for the configured templates of the ask, in its order, and records the answers', async () => {
    const s = fresh();
    templates.mockResolvedValueOnce({ enabled: true, templates: { appealResult: 't-result', appealAccepted: 't-accepted', emergencyFiled: 't-emergency' } });
    await s.loadSubscriptionTemplates();
    expect(SUBSCRIPTION_ASKS.fileAppeal).toEqual(['appealAccepted', 'appealProgress', 'appealResult']);
    const answers = await s.askSubscriptions('fileAppeal');
    expect(requestSubscriptions).toHaveBeenCalledWith(['t-accepted', 't-result']);
    await s.recordSubscriptionAnswers(answers);
    expect(recordAnswers).toHaveBeenCalledWith({
      answers: [
        { templateId: 't-accepted', answer: 'accept' },
        { templateId: 't-result', answer: 'accept' },
      ],
    });
  });

  it('reads the templates again after a failure, and records nothing when she answered nothing', async () => {
    const s = fresh();
    templates.mockRejectedValueOnce(new Error('offline'));
    await s.loadSubscriptionTemplates();
    templates.mockResolvedValueOnce({ enabled: true, templates: { visitTask: 't-visit' } });
    await s.loadSubscriptionTemplates();
    expect(s.templateIdsFor('liaisonTasks')).toEqual(['t-visit']);
    await s.recordSubscriptionAnswers([]);
    expect(recordAnswers).not.toHaveBeenCalled();
  });
});
