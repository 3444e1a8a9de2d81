import { View } from '@tarojs/components';
import type { SurveyChoice, SurveyQuestionInfo } from '@lingjuli/shared';
import { Chips } from '@/components/Chips';
import { answerChoices } from '@/utils/surveys/household';
import './surveys.scss';

/**
 * A choice question's answers at the door: one big button per choice (满意 / 基本满意 / 不满意, or
 * 是 / 否 / 说不清), each on its own row, `#survey-q<position>-<choice>` with `data-selected`.
 */
export function AnswerButtons({
  question,
  value,
  onChange,
}: {
  question: Pick<SurveyQuestionInfo, 'position' | 'choices'>;
  value: SurveyChoice | null;
  onChange: (choice: SurveyChoice) => void;
}) {
  return (
    <View className='survey-answers'>
      <Chips
        idPrefix={`survey-q${question.position}`}
        itemClassName='liaison-chip survey-answer'
        choices={answerChoices(question)}
        value={value}
        onChange={onChange}
      />
    </View>
  );
}
