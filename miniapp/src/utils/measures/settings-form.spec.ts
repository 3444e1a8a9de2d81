import { DEFAULT_MEASURE_SETTINGS } from '@lingjuli/shared';
import { visitOutcome } from '@/utils/measures/hot-spots';
import { draftOf, settingsBody } from '@/utils/measures/settings-form';

describe('测度设置 as typed', () => {
  it('round-trips the settings in use', () => {
    expect(settingsBody(draftOf(DEFAULT_MEASURE_SETTINGS))).toEqual({ ok: true, body: DEFAULT_MEASURE_SETTINGS });
  });

  it('takes decimals from 0 to 1', () => {
    const draft = { basicallySatisfiedWeight: '.9', weights: { responseRate: '0', resolutionRate: '0.5', satisfactionRate: '1.0' } };
    expect(settingsBody(draft)).toEqual({
      ok: true,
      body: { basicallySatisfiedWeight: 0.9, weights: { responseRate: 0, resolutionRate: 0.5, satisfactionRate: 1 } },
    });
  });

  it('names each field that is wrong, as the server names it', () => {
    const draft = { basicallySatisfiedWeight: '1.5', weights: { responseRate: '', resolutionRate: '-0.1', satisfactionRate: 'abc' } };
    const result = settingsBody(draft);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual([
        'basicallySatisfiedWeight',
        'weights.resolutionRate',
        'weights.responseRate',
        'weights.satisfactionRate',
      ]);
  });

  it('asks for at least one rate weighted above 0', () => {
    const result = settingsBody({ basicallySatisfiedWeight: '1', weights: { responseRate: '0', resolutionRate: '0.0', satisfactionRate: '0' } });
    expect(result).toEqual({ ok: false, errors: { weights: '三项权重至少有一项大于0' } });
  });
});

describe('派民情专员走访', () => {
  it('says whether a task was opened now or one was already waiting', () => {
    expect(visitOutcome(201)).toEqual({ label: '已派', created: true });
    expect(visitOutcome(200)).toEqual({ label: '已有待走访任务', created: false });
  });
});
