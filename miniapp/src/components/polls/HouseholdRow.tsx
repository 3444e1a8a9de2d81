import { Text, View } from '@tarojs/components';
import type { ResidentHousehold } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Tag } from '@/components/Tags';
import { householdStateLine, sharedLine } from '@/utils/polls/households';
import './polls.scss';

/** A resident's stated household: who, where, since when, how many share the flat; 核实 and 重置. `#household-<userId>`. */
export function HouseholdRow({
  household: h,
  busy,
  onVerify,
  onReset,
}: {
  household: ResidentHousehold;
  busy: boolean;
  onVerify: () => void;
  onReset: () => void;
}) {
  const shared = sharedLine(h);
  const verified = h.verifiedAt !== null;
  return (
    <View id={`household-${h.userId}`} className='card household-row' data-verified={verified ? 'true' : 'false'}>
      <View className='household-row__head'>
        <Text className='household-row__name'>{h.displayName}</Text>
        <Tag tone={verified ? 'ok' : 'warning'}>{verified ? '已核实' : '待核实'}</Tag>
      </View>
      <Text className='household-row__label'>{h.label}</Text>
      <Text className='household-row__meta'>{householdStateLine(h)}</Text>
      {shared && <Text className='household-row__shared'>{shared}</Text>}
      <View className='household-row__actions'>
        {!verified && (
          <BigButton id={`household-${h.userId}-verify`} loading={busy} onClick={onVerify}>
            核实
          </BigButton>
        )}
        <BigButton id={`household-${h.userId}-reset`} kind='plain' disabled={busy} onClick={onReset}>
          重置
        </BigButton>
      </View>
    </View>
  );
}
