import { Text, View } from '@tarojs/components';
import type { MeetingParticipantInfo } from '@lingjuli/shared';
import { Empty } from '@/components/States';
import { attendanceSummary, participantLines } from '@/utils/hall/people';
import './hall.scss';

/**
 * Who signed up and who came (`#meeting-participant-<userId>`, `data-attended`), with their households;
 * a wrong attendance is taken back with 撤销 (`#meeting-participant-<userId>-undo`).
 */
export function SignInList({ participants, onUndo }: { participants: readonly MeetingParticipantInfo[]; onUndo?: (userId: number, name: string) => void }) {
  const lines = participantLines(participants);
  return (
    <View id='meeting-participants'>
      <Text id='meeting-attendance-summary' className='subtitle'>
        {attendanceSummary(participants)}
      </Text>
      {lines.length === 0 && <Empty text='还没有人报名' />}
      {lines.map((p) => (
        <View
          key={p.userId}
          id={`meeting-participant-${p.userId}`}
          className={`sign-in__row ${p.attended ? 'sign-in__row--attended' : ''}`}
          data-attended={p.attended ? 'true' : 'false'}
        >
          <View className='sign-in__who'>
            <Text className='sign-in__name'>{p.name}</Text>
            <Text className='sign-in__note'>{p.household}</Text>
            <Text className='sign-in__note'>{p.state}</Text>
          </View>
          {p.attended && onUndo && (
            <Text id={`meeting-participant-${p.userId}-undo`} className='sign-in__undo' onClick={() => onUndo(p.userId, p.name)}>
              撤销
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}
