import { Text, View } from '@tarojs/components';
import { useNow } from '@/hooks/useNow';
import { describeDeadline, type DeadlineInput } from '@/utils/countdown';

/** The time left to an appeal's deadline in words, coloured by state (warning, overdue). */
export function Countdown({ appeal, showDue = true }: { appeal: DeadlineInput; showDue?: boolean }) {
  const view = describeDeadline(appeal, useNow());
  return (
    <View className={`countdown countdown--${view.state}`}>
      <Text className='countdown__text'>{view.text}</Text>
      {showDue && view.state !== 'closed' && view.state !== 'met' && <Text className='countdown__due'>期限 {view.due}</Text>}
    </View>
  );
}
