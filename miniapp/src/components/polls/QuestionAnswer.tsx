import { Text, Textarea, View } from '@tarojs/components';
import { POLL_LIMITS, type PollQuestion } from '@lingjuli/shared';
import { questionHint, textCount, type QuestionAnswer as Answer } from '@/utils/polls/answer-form';
import { rankOf, rankingHint } from '@/utils/polls/ranking';
import './polls.scss';

/**
 * One question to answer, as big controls: a whole row per option — a radio for single choice, a box
 * for multiple choice (最多选 n 项 said and kept), a number for ranked choice (tap in order, tap again
 * to undo) — or a box for words with their count. Ids: `#poll-q<i>`, `#poll-q<i>-option-<j>` (with
 * `data-selected` and, ranked, `data-rank`), `#poll-q<i>-text`.
 */
export function QuestionAnswer({
  question,
  index,
  answer,
  onTap,
  onText,
  disabled = false,
  error,
  limit,
}: {
  question: PollQuestion;
  index: number;
  answer: Answer;
  onTap: (optionId: number) => void;
  onText: (text: string) => void;
  /** Shown, not answerable (before it opens, a household not verified). */
  disabled?: boolean;
  error?: string;
  /** A tap one too many, said under the options. */
  limit?: string;
}) {
  const id = `poll-q${index}`;
  return (
    <View id={id} className={`card poll-question ${error ? 'poll-question--error field--error' : ''}`} data-type={question.type}>
      <View className='poll-question__head'>
        <Text className='poll-question__no'>{`${index + 1}.`}</Text>
        <Text className='poll-question__prompt'>{question.prompt}</Text>
      </View>
      <Text className='poll-question__hint'>{questionHint(question)}</Text>

      {question.type === 'text' ? (
        <>
          <Textarea
            id={`${id}-text`}
            className='textarea poll-text'
            value={answer.text}
            placeholder='请在这里写下您的意见'
            maxlength={POLL_LIMITS.textAnswer}
            autoHeight={false}
            disabled={disabled}
            onInput={(e) => onText(e.detail.value)}
          />
          <Text className='poll-text__count'>{textCount(answer.text)}</Text>
        </>
      ) : (
        <View className='poll-options' role={question.type === 'single' ? 'radiogroup' : 'group'}>
          {question.options.map((option, j) => {
            const rank = question.type === 'ranked' ? rankOf(answer.optionIds, option.id) : null;
            const on = question.type === 'ranked' ? rank !== null : answer.optionIds.includes(option.id);
            return (
              <View
                key={option.id}
                id={`${id}-option-${j}`}
                className={`poll-option ${on ? 'poll-option--on' : ''} ${disabled ? 'poll-option--disabled' : ''}`}
                role={question.type === 'single' ? 'radio' : 'checkbox'}
                aria-checked={on}
                data-selected={on ? 'true' : 'false'}
                data-rank={rank ?? ''}
                onClick={() => !disabled && onTap(option.id)}
              >
                <View className={`poll-option__mark poll-option__mark--${question.type}`}>
                  {question.type === 'single' && on && <View className='poll-option__dot' />}
                  {question.type === 'multiple' && on && <Text>✓</Text>}
                  {question.type === 'ranked' && rank !== null && <Text>{rank}</Text>}
                </View>
                <Text className='poll-option__label'>{option.label}</Text>
              </View>
            );
          })}
        </View>
      )}
      {question.type === 'ranked' && !disabled && <Text className='poll-question__hint'>{rankingHint(answer.optionIds, question.options.length)}</Text>}
      {limit && (
        <Text id={`${id}-limit`} className='poll-question__limit'>
          {limit}
        </Text>
      )}
      {error && <Text className='poll-question__error field__error'>{error}</Text>}
    </View>
  );
}
