import { Text, View } from '@tarojs/components';
import type { BallotUnit, PollQuestionResult, PollResults } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { ShareBar, ShareBarList } from '@/components/ShareBar';
import { questionNote, resultBars, turnoutLine, turnoutWidth } from '@/utils/polls/results';
import './polls.scss';

/** One question's results: bars for the choices (ranked: in the Borda order), the words for staff. Ids `#poll-result-q<i>-option-<j>` (j: the option's place in the question). */
export function QuestionResult({ question, index, unit }: { question: PollQuestionResult; index: number; unit: BallotUnit }) {
  const optionIndex = new Map(question.options.map((o, j) => [o.optionId, j]));
  return (
    <Card className='poll-result'>
      <Text className='poll-result__prompt'>{`${index + 1}. ${question.prompt}`}</Text>
      <Text className='poll-result__note'>{questionNote(question, unit)}</Text>
      {question.type !== 'text' && (
        <ShareBarList>
          {resultBars(question, unit).map((bar) => (
            <ShareBar
              key={bar.optionId}
              id={`poll-result-q${index}-option-${optionIndex.get(bar.optionId)}`}
              label={
                <>
                  {bar.place !== undefined && <Text className='poll-bar__place'>{`第${bar.place}名`}</Text>}
                  {bar.label}
                </>
              }
              figures={`${bar.count} · ${bar.percent}`}
              width={bar.width}
              tone={bar.leading ? 'lead' : 'soft'}
              strong={bar.leading}
              detail={bar.detail}
              data={{ place: bar.place ?? '', percent: bar.percent }}
            />
          ))}
        </ShareBarList>
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
        <View className='share-bar__track'>
          <View className='share-bar__fill share-bar__fill--good' style={{ width: turnoutWidth(results) }} />
        </View>
      )}
    </Card>
  );
}
