import type { SurveyChoice, SurveyQuestionType, SurveyTally } from '@lingjuli/shared';
import { ShareBar, ShareBarList, type ShareBarTone } from '@/components/ShareBar';
import { choiceBars } from '@/utils/surveys/results';
import './surveys.scss';

const CHOICE_TONES: Record<SurveyChoice, ShareBarTone> = {
  satisfied: 'good',
  basicallySatisfied: 'fair',
  unsatisfied: 'bad',
  yes: 'good',
  no: 'bad',
  unsure: 'grey',
};

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
    <ShareBarList>
      {choiceBars(type, tally).map((bar) => (
        <ShareBar
          key={bar.choice}
          id={`${idPrefix}-${bar.choice}`}
          label={bar.label}
          figures={bar.text}
          width={bar.width}
          tone={CHOICE_TONES[bar.choice]}
          data={{ count: bar.count }}
        />
      ))}
    </ShareBarList>
  );
}
