import { Text, View } from '@tarojs/components';
import type { BallotUnit, PollQuestionResult, PollResults } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { questionNote, resultBars, turnoutLine, turnoutWidth } from '@/utils/polls/results';
import './polls.scss';

/** A bar drawn with Views: as wide as its share, its count and percent written beside it. */
function Bar({
  id,
  label,
  width,
  count,
  percent,
  leading,
  place,
  detail,
}: {
  id: string;
  label: string;
  width: string;
  count: string;
  percent: string;
  leading: boolean;
  place?: number;
  detail?: string;
}) {
  return (
    <View id={id} className={`poll-bar ${leading ? 'poll-bar--leading' : ''}`} data-place={place ?? ''} data-percent={percent}>
      <Text className='poll-bar__label'>
        {place !== undefined && <Text className='poll-bar__place'>{`第${place}名`}</Text>}
        {label}
      </Text>
      <View className='poll-bar__track'>
        <View className='poll-bar__fill' style={{ width }} />
      </View>
      <View className='poll-bar__numbers'>
        <Text className='poll-bar__count'>{count}</Text>
        <Text className='poll-bar__percent'>{percent}</Text>
      </View>
      {detail && <Text className='poll-bar__detail'>{detail}</Text>}
    </View>
  );
}

/** One question's results: bars for the choices (ranked: in the Borda order), the words for staff. Ids `#poll-result-q<i>-option-<j>` (j: the option's place in the question). */
export function QuestionResult({ question, index, unit }: { question: PollQuestionResult; index: number; unit: BallotUnit }) {
  const optionIndex = new Map(question.options.map((o, j) => [o.optionId, j]));
  return (
    <Card className='poll-result'>
      <Text className='poll-result__prompt'>{`${index + 1}. ${question.prompt}`}</Text>
      <Text className='poll-result__note'>{questionNote(question, unit)}</Text>
      {question.type !== 'text' && (
        <View className='poll-bars'>
          {resultBars(question, unit).map((bar) => (
            <Bar
              key={bar.optionId}
              id={`poll-result-q${index}-option-${optionIndex.get(bar.optionId)}`}
              label={bar.label}
              width={bar.width}
              count={bar.count}
              percent={bar.percent}
              leading={bar.leading}
              place={bar.place}
              detail={bar.detail}
            />
          ))}
        </View>
      )}
      {question.type === 'text' &&
        (question.texts ? (
          question.texts.length ? (
            <View id={`poll-result-q${index}-texts`}>
              {question.texts.map((t, k) => (
                <Text key={k} className='poll-texts__item'>
                  {t}
                </Text>
              ))}
            </View>
          ) : (
            <Text className='muted'>还没有人填写</Text>
          )
        ) : (
          <Text className='muted'>文字意见由社区工作人员整理，不公开显示。</Text>
        ))}
    </Card>
  );
}

/** The turnout: 参与 182 户 / 共 240 户 (75.8%), with its bar. */
export function TurnoutCard({ results }: { results: Pick<PollResults, 'participants' | 'eligible' | 'turnout' | 'ballotUnit'> }) {
  return (
    <Card title='参与情况' className='poll-turnout'>
      <Text id='poll-turnout' className='poll-turnout__line'>
        {turnoutLine(results)}
      </Text>
      {results.eligible > 0 && (
        <View className='poll-bar__track'>
          <View className='poll-bar__fill' style={{ width: turnoutWidth(results) }} />
        </View>
      )}
    </Card>
  );
}
