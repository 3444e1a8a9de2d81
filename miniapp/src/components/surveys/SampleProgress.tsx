import { Text, View } from '@tarojs/components';
import type { SurveySample } from '@lingjuli/shared';
import { neededWords, progressWidth, progressWords } from '@/utils/surveys/results';
import './surveys.scss';

/** How far a sample has come toward its target, and what a ±`marginPoints` margin needs. */
export function SampleProgress({ id, name, sample, marginPoints }: { id: string; name?: string; sample: SurveySample; marginPoints: number }) {
  const reached = sample.entries >= sample.target;
  return (
    <View id={id} className='survey-progress' data-entries={sample.entries} data-target={sample.target}>
      {name && <Text className='survey-progress__name'>{name}</Text>}
      <Text className='survey-progress__words'>{progressWords(sample)}</Text>
      <View className='survey-bar__track'>
        <View className={`survey-progress__fill ${reached ? 'survey-progress__fill--reached' : ''}`} style={{ width: progressWidth(sample) }} />
      </View>
      <Text className='survey-progress__needed'>{neededWords(sample, marginPoints)}</Text>
    </View>
  );
}
