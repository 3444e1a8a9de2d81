import { Text, View } from '@tarojs/components';
import { MEETING_LIMITS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Field } from '@/components/Field';
import { TextField } from '@/components/staff/TextField';
import './hall.scss';

/**
 * The agenda, one item at a time: the items so far (move up, down, remove: `#meeting-agenda-<i>-up|down|remove`),
 * then the box for the next (`#meeting-agenda-input`) and ＋ 添加 (`#meeting-agenda-add`).
 */
export function AgendaEditor({
  items,
  input,
  onInput,
  onAdd,
  onRemove,
  onMove,
  inputError,
  error,
}: {
  items: readonly string[];
  input: string;
  onInput: (text: string) => void;
  onAdd: () => void;
  onRemove: (i: number) => void;
  onMove: (i: number, by: -1 | 1) => void;
  inputError?: string;
  error?: string;
}) {
  return (
    <Field label='议程' required error={error} hint={`逐项添加，最多${MEETING_LIMITS.agendaItems}项`}>
      <View id='meeting-agenda' className='meeting-agenda'>
        {items.map((item, i) => (
          <View key={`${i}-${item}`} id={`meeting-agenda-${i}`} className='meeting-agenda__item'>
            <Text className='meeting-agenda__no'>{`${i + 1}.`}</Text>
            <Text className='meeting-agenda__text'>{item}</Text>
            <View className='meeting-agenda__tools'>
              {i > 0 && (
                <Text id={`meeting-agenda-${i}-up`} className='meeting-agenda__tool' onClick={() => onMove(i, -1)}>
                  ↑
                </Text>
              )}
              {i < items.length - 1 && (
                <Text id={`meeting-agenda-${i}-down`} className='meeting-agenda__tool' onClick={() => onMove(i, 1)}>
                  ↓
                </Text>
              )}
              <Text id={`meeting-agenda-${i}-remove`} className='meeting-agenda__tool meeting-agenda__tool--remove' onClick={() => onRemove(i)}>
                删除
              </Text>
            </View>
          </View>
        ))}
      </View>
      {items.length < MEETING_LIMITS.agendaItems && (
        <>
          <TextField
            id='meeting-agenda-input'
            label={`第${items.length + 1}项`}
            value={input}
            onChange={onInput}
            error={inputError}
            placeholder='如：通报小区停车现状'
            maxlength={MEETING_LIMITS.agendaItem}
            confirmType='done'
            onConfirm={onAdd}
          />
          <BigButton id='meeting-agenda-add' kind='secondary' onClick={onAdd}>
            ＋ 添加这项议程
          </BigButton>
        </>
      )}
    </Field>
  );
}
