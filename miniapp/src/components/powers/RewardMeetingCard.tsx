import { Text, View } from '@tarojs/components';
import type { MeetingRecord } from '@lingjuli/shared';
import { formatDay } from '@/utils/dates';
import { InfoRows } from '@/components/staff/InfoRows';

/** The community party organisation's meeting that decided the reward (社区党组织会议). */
export function RewardMeetingCard({ meeting, onEdit }: { meeting: MeetingRecord; onEdit?: () => void }) {
  return (
    <View id='meeting-record' className='card reward-meeting'>
      <View className='card__head'>
        <Text className='card__title'>社区党组织会议</Text>
        {onEdit && (
          <Text id='meeting-edit' className='reward-meeting__edit' onClick={onEdit}>
            修改
          </Text>
        )}
      </View>
      <InfoRows
        rows={[
          { label: '会议日期', value: formatDay(meeting.date) },
          { label: '参会人员', value: meeting.attendees },
          { label: '会议决定', value: meeting.decision },
        ]}
      />
      <Text className='reward-meeting__label'>会议纪要</Text>
      <Text className='reward-meeting__minutes'>{meeting.minutes}</Text>
    </View>
  );
}
