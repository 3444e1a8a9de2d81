import { Text, View } from '@tarojs/components';
import { useWaiting } from '@/hooks/staff/useWaiting';
import { openPage } from '@/utils/navigation';
import type { QueueFilter } from '@/utils/staff/queue';
import type { WaitingRow } from '@/utils/staff/waiting';
import './WaitingForMe.scss';

/**
 * The top of the community secretary's landing: what waits for her — approvals, reviews, overdue and
 * supervised appeals, departments to score — each with its count, a tap away from where she acts.
 * What does not wait is listed quietly below, so "nothing" is said rather than guessed.
 */
export function WaitingForMe({ onFilter }: { onFilter: (filter: QueueFilter) => void }) {
  const w = useWaiting(true);
  if (w.loading) return null;
  if (w.error)
    return (
      <View id='waiting' className='waiting waiting--error' onClick={() => void w.reload()}>
        <Text className='waiting__note'>待办事项暂未加载，点此重试</Text>
      </View>
    );
  const open = (row: WaitingRow) => ('page' in row.target ? openPage(row.target.page) : onFilter(row.target.filter));
  const waiting = w.rows.filter((r) => r.waiting);
  const calm = w.rows.filter((r) => !r.waiting);
  return (
    <View id='waiting' className='waiting'>
      <Text className='waiting__title'>{waiting.length ? '待我处理' : '暂无待我处理的事项'}</Text>
      {waiting.map((row) => (
        <View key={row.kind} id={`waiting-${row.kind}`} className={`waiting__row waiting__row--${row.kind}`} onClick={() => open(row)}>
          <View className='waiting__words'>
            <Text className='waiting__label'>{row.title}</Text>
            {row.detail && <Text className='waiting__detail'>{row.detail}</Text>}
          </View>
          <Text className='waiting__count'>{row.count}</Text>
          <Text className='waiting__go'>›</Text>
        </View>
      ))}
      {calm.length > 0 && (
        <View className='waiting__calm'>
          {calm.map((row) => (
            <Text key={row.kind} id={`waiting-${row.kind}`} className='waiting__calm-item' onClick={() => open(row)}>
              {row.title} 0
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
