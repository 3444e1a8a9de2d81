import { View } from '@tarojs/components';
import { CheckRow } from '@/components/CheckRow';
import { Empty } from '@/components/States';
import type { AttendanceRow } from '@/utils/volunteers/trainings';
import './volunteers.scss';

/**
 * Who may be marked present, each a whole row to tick: `#training-attendance-<courseId>-<userId>` with
 * `data-selected` (ticked) and `data-done` (recorded already, no longer tickable). Without
 * `onTick` it only lists who signed up and who came.
 */
export function AttendanceList({
  courseId,
  rows,
  ticked,
  onTick,
}: {
  courseId: number;
  rows: readonly AttendanceRow[];
  ticked: readonly number[];
  onTick?: (userId: number) => void;
}) {
  if (!rows.length) return <Empty text='还没有人报名' />;
  return (
    <View id={`training-attendance-${courseId}`}>
      {rows.map((r) => (
        <CheckRow
          key={r.userId}
          id={`training-attendance-${courseId}-${r.userId}`}
          on={ticked.includes(r.userId)}
          done={r.attended}
          label={r.name}
          note={r.note}
          onToggle={onTick && (() => onTick(r.userId))}
        />
      ))}
    </View>
  );
}
