import { Text, View } from '@tarojs/components';
import { MEETING_LIMITS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { TextField } from '@/components/staff/TextField';
import { DECISION_OUTCOMES, type DecisionDraft, type DecisionOutcome } from '@/utils/hall/minutes-form';
import './hall.scss';

/**
 * One decision (决议) in the minutes editor: its words (`#meeting-decision-<i>-text`), 通过 / 未通过 / 未表决
 * (`#meeting-decision-<i>-outcome-<key>`), and the appeals it answers (`#meeting-decision-<i>-appeals-open`;
 * each linked one `#meeting-decision-<i>-linked-<id>` removes it).
 */
export function DecisionEditor({
  index: i,
  decision,
  fieldError,
  appealsError,
  onChange,
  onRemove,
  onPickAppeals,
  onRemoveAppeal,
}: {
  index: number;
  decision: DecisionDraft;
  fieldError: (field: string) => string | undefined;
  appealsError?: string;
  onChange: (patch: Partial<DecisionDraft>) => void;
  onRemove: () => void;
  onPickAppeals: () => void;
  onRemoveAppeal: (appealId: number) => void;
}) {
  return (
    <View id={`meeting-decision-${i}`} className='decision-edit'>
      <View className='decision-edit__head'>
        <Text className='decision-edit__title'>{`决议${i + 1}`}</Text>
        <Text id={`meeting-decision-${i}-remove`} className='decision-edit__remove' onClick={onRemove}>
          删除
        </Text>
      </View>
      <TextField
        id={`meeting-decision-${i}-text`}
        label='决议内容'
        required
        multiline
        value={decision.text}
        onChange={(text) => onChange({ text })}
        error={fieldError(`decisions.${i}.text`) ?? fieldError(`decisions.${i}`)}
        placeholder='如：在小区东侧空地增设30个停车位，由物业统一管理'
        maxlength={MEETING_LIMITS.decisionText}
      />
      <Field label='表决结果' required error={fieldError(`decisions.${i}.adopted`)}>
        <Chips<DecisionOutcome>
          idPrefix={`meeting-decision-${i}-outcome`}
          choices={DECISION_OUTCOMES}
          value={decision.outcome}
          onChange={(outcome) => onChange({ outcome })}
        />
      </Field>
      <Field label='答复的诉求' hint='选了诉求，发布后反映这些问题的居民会收到这条决议' error={appealsError}>
        <View className='decision__appeals'>
          {decision.appeals.map((a) => (
            <Text key={a.id} id={`meeting-decision-${i}-linked-${a.id}`} className='decision__appeal' onClick={() => onRemoveAppeal(a.id)}>
              {`${a.code} ✕`}
            </Text>
          ))}
        </View>
        <BigButton id={`meeting-decision-${i}-appeals-open`} kind='plain' onClick={onPickAppeals}>
          {decision.appeals.length ? '修改关联的诉求' : '＋ 关联诉求'}
        </BigButton>
      </Field>
    </View>
  );
}
