import { Text, View } from '@tarojs/components';
import type { SurveyQuestionType, SurveyTally } from '@lingjuli/shared';
import { choiceBars } from '@/utils/surveys/results';
import './surveys.scss';

/** A question's answers as horizontal bars (width = share), each with its count and percent in words (`#${idPrefix}-<choice>`). */
export function ShareBars({
  idPrefix,
  type,
  tally,
}: {
  idPrefix: string;
  type: Exclude<SurveyQuestionType, 'text'>;
  tally: Pick<SurveyTally, 'n' | 'counts'>;
}) {
  return (
    <View className='survey-bars'>
      {choiceBars(type, tally).map((bar) => (
        <View key={bar.choice} id={`${idPrefix}-${bar.choice}`} className='survey-bar' data-count={bar.count}>
          <View className='survey-bar__head'>
            <Text className='survey-bar__label'>{bar.label}</Text>
            <Text className='survey-bar__figure'>{bar.text}</Text>
          </View>
          <View className='survey-bar__track'>
            <View className={`survey-bar__fill survey-bar__fill--${bar.choice}`} style={{ width: bar.width }} />
          </View>
        </View>
      ))}
    </View>
  );
}
