import { RATES, type MeasureSettings, type RateKey } from '@lingjuli/shared';
import { checked, collect, type Checked } from '@/utils/staff/forms';

/** 测度设置 as typed: the 基本满意 weight and the three rates' weights, each a number from 0 to 1. */
export interface SettingsDraft {
  basicallySatisfiedWeight: string;
  weights: Record<RateKey, string>;
}

/** The form's fields, named as the server names them in its errors (`weights.responseRate`). */
export const SETTINGS_FIELDS = ['basicallySatisfiedWeight', ...RATES.map((r) => `weights.${r}`), 'weights'] as const;

export function draftOf(settings: MeasureSettings): SettingsDraft {
  return {
    basicallySatisfiedWeight: String(settings.basicallySatisfiedWeight),
    weights: Object.fromEntries(RATES.map((r) => [r, String(settings.weights[r])])) as Record<RateKey, string>,
  };
}

const DECIMAL = /^(0|1|0?\.\d+|1\.0*)$/;

/** A weight as typed → the number, or what is wrong with it. */
function weight(text: string): { value: number } | { error: string } {
  const t = text.trim();
  if (!t) return { error: '请填写 0 到 1 之间的数' };
  if (!DECIMAL.test(t)) return { error: '应为 0 到 1 之间的数，如 0.9' };
  return { value: Number(t) };
}

/** The settings to save, or each field's problem: every weight 0–1, at least one rate weighted above 0. */
export function settingsBody(draft: SettingsDraft): Checked<MeasureSettings> {
  const basic = weight(draft.basicallySatisfiedWeight);
  const rates = RATES.map((r) => [r, weight(draft.weights[r])] as const);
  const values = rates.map(([, w]) => ('value' in w ? w.value : null));
  const errors = collect({
    basicallySatisfiedWeight: 'error' in basic ? basic.error : undefined,
    ...Object.fromEntries(rates.map(([r, w]) => [`weights.${r}`, 'error' in w ? w.error : undefined])),
    weights: values.every((v) => v === 0) ? '三项权重至少有一项大于0' : undefined,
  });
  return checked(errors, () => ({
    basicallySatisfiedWeight: (basic as { value: number }).value,
    weights: Object.fromEntries(rates.map(([r, w]) => [r, (w as { value: number }).value])) as Record<RateKey, number>,
  }));
}
