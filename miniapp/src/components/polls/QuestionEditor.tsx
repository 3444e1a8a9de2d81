import { Input, Text, View } from '@tarojs/components';
import { POLL_LIMITS, POLL_QUESTION_TYPES, POLL_QUESTION_TYPE_LABELS, type PollQuestionType } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { TextField } from '@/components/staff/TextField';
import { CheckRow } from '@/components/CheckRow';
import { isChoice, type QuestionDraft } from '@/utils/polls/poll-form';
import './polls.scss';

const TYPE_CHOICES = POLL_QUESTION_TYPES.map((t) => ({ key: t, label: POLL_QUESTION_TYPE_LABELS[t] }));

const TYPE_NOTES: Record<PollQuestionType, string> = {
  single: '居民选一项',
  multiple: '居民可选多项，可限定最多选几项',
  ranked: '居民按喜好依次点选，结果按综合得分（Borda计分）排序',
  text: '居民写下自己的意见（不超过500字），只有工作人员能看到',
};

/**
 * One question as staff write it: its type, the prompt, required or not, the options one per row (＋ to
 * add, ✕ to remove), and for multiple choice the most one may choose. Ids `#poll-edit-q<i>-…`.
 */
export function QuestionEditor({
  question: q,
  index: i,
  count,
  fieldError,
  onType,
  onChange,
  onOption,
  onAddOption,
  onRemoveOption,
  onMove,
  onRemove,
}: {
  question: QuestionDraft;
  index: number;
  count: number;
  fieldError: (field: string) => string | undefined;
  onType: (type: PollQuestionType) => void;
  onChange: (patch: Partial<Omit<QuestionDraft, 'key'>>) => void;
  onOption: (j: number, label: string) => void;
  onAddOption: () => void;
  onRemoveOption: (j: number) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = `poll-edit-q${i}`;
  const at = `questions.${i}`;
  return (
    <Card className='poll-edit-q'>
      <View id={id} className='poll-edit-q__head'>
        <Text className='poll-edit-q__no'>{`第${i + 1}题`}</Text>
        <View className='poll-edit-q__tools'>
          {i > 0 && (
            <Text id={`${id}-up`} className='poll-tool' onClick={() => onMove(-1)}>
              上移
            </Text>
          )}
          {i < count - 1 && (
            <Text id={`${id}-down`} className='poll-tool' onClick={() => onMove(1)}>
              下移
            </Text>
          )}
          {count > 1 && (
            <Text id={`${id}-remove`} className='poll-tool poll-tool--remove' onClick={onRemove}>
              删除
            </Text>
          )}
        </View>
      </View>
      <Field label='题型' hint={TYPE_NOTES[q.type]} error={fieldError(`${at}.type`)}>
        <Chips idPrefix={`${id}-type`} choices={TYPE_CHOICES} value={q.type} onChange={onType} />
      </Field>
      <TextField
        id={`${id}-prompt`}
        label='题目'
        required
        multiline
        value={q.prompt}
        onChange={(prompt) => onChange({ prompt })}
        error={fieldError(`${at}.prompt`) ?? fieldError(at)}
        placeholder={q.type === 'text' ? '如：您对停车管理还有什么意见和建议？' : '如：您支持哪个停车方案？'}
        maxlength={POLL_LIMITS.prompt}
      />
      {isChoice(q.type) && (
        <Field
          label='选项'
          required
          error={fieldError(`${at}.options`)}
          hint={`${POLL_LIMITS.minOptions}到${POLL_LIMITS.options}项，每项不超过${POLL_LIMITS.optionLabel}字`}
        >
          {q.options.map((label, j) => {
            const error = fieldError(`${at}.options.${j}`);
            return (
              <View key={j}>
                <View className={`poll-edit-option ${error ? 'field--error' : ''}`}>
                  <Text className='poll-edit-option__no'>{`${j + 1}.`}</Text>
                  <Input
                    id={`${id}-option-${j}`}
                    className='input poll-edit-option__input'
                    value={label}
                    placeholder={`选项${j + 1}`}
                    maxlength={POLL_LIMITS.optionLabel}
                    onInput={(e) => onOption(j, e.detail.value)}
                  />
                  {q.options.length > POLL_LIMITS.minOptions && (
                    <Text id={`${id}-option-${j}-remove`} className='poll-tool poll-tool--remove' onClick={() => onRemoveOption(j)}>
                      ✕
                    </Text>
                  )}
                </View>
                {error && <Text className='poll-edit-option__error'>{error}</Text>}
              </View>
            );
          })}
          {q.options.length < POLL_LIMITS.options && (
            <View className='poll-add'>
              <Text id={`${id}-add-option`} className='poll-add__item' onClick={onAddOption}>
                ＋ 添加选项
              </Text>
            </View>
          )}
        </Field>
      )}
      {q.type === 'multiple' && (
        <TextField
          id={`${id}-max`}
          label='最多选几项'
          type='number'
          value={q.maxChoices}
          onChange={(maxChoices) => onChange({ maxChoices })}
          error={fieldError(`${at}.maxChoices`)}
          hint='不限请留空；居民页面会写明“最多选n项”'
          placeholder='不限'
          maxlength={2}
        />
      )}
      <CheckRow
        id={`${id}-required`}
        on={q.required}
        label='必答题'
        note={q.required ? '不答这一题不能提交' : '选答：可以不答'}
        onToggle={() => onChange({ required: !q.required })}
      />
    </Card>
  );
}
