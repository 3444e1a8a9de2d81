import { Input, Text, View } from '@tarojs/components';
import { CAMPAIGN_LIMITS } from '@lingjuli/shared';
import { stepCount } from '@/utils/campaigns/site-form';
import './campaigns.scss';

/** A count with big − and ＋ (`#${id}-minus`, `#${id}-plus`) around the number, which can also be typed (`#${id}`). */
export function CountStepper({ id, value, onChange, disabled }: { id: string; value: string; onChange: (value: string) => void; disabled?: boolean }) {
  const n = Number(value);
  const atMin = !(n > CAMPAIGN_LIMITS.siteCount.min);
  const atMax = n >= CAMPAIGN_LIMITS.siteCount.max;
  const step = (by: 1 | -1) => !disabled && onChange(stepCount(value, by));
  return (
    <View className='site-count'>
      <View id={`${id}-minus`} className={`site-count__step ${atMin ? 'site-count__step--off' : ''}`} aria-label='减一' onClick={() => !atMin && step(-1)}>
        <Text>−</Text>
      </View>
      <Input
        id={id}
        className='input site-count__value'
        type='number'
        value={value}
        maxlength={3}
        disabled={disabled}
        onInput={(e) => onChange(e.detail.value.replace(/\D/g, ''))}
      />
      <View id={`${id}-plus`} className={`site-count__step ${atMax ? 'site-count__step--off' : ''}`} aria-label='加一' onClick={() => !atMax && step(1)}>
        <Text>＋</Text>
      </View>
    </View>
  );
}
