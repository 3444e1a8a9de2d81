import { Text } from '@tarojs/components';
import { ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Chips } from '@/components/Chips';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { MeetingRow } from '@/components/hall/MeetingRow';
import { useStaffMeetings, type MeetingListWhen } from '@/hooks/hall/useStaffMeetings';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { MEETING_STAFF_ROLES } from '@/utils/hall/roles';
import { openPage } from '@/utils/navigation';
import '@/components/hall/hall.scss';

const WHEN: readonly { key: MeetingListWhen; label: string }[] = [
  { key: 'current', label: '近期' },
  { key: 'past', label: '已结束' },
];

/**
 * 议事会 (居民议事厅): the community's meetings — running and to come first, with their sign-ups, then the
 * recent ones and what their minutes still need; ＋ 召开议事会. The grid and the street read theirs.
 */
export default function DeliberationMeetings() {
  const session = useRoleSession(MEETING_STAFF_ROLES);
  const now = useNow();
  const m = useStaffMeetings(session, now);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  return (
    <Screen className='meetings'>
      <Text className='title'>议事会</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <Text className='hall-intro'>社区召开居民议事会：居民在“社区议事厅”报名、到会扫码签到；会后发布纪要和决议，关联诉求的居民会收到通知。</Text>
      {m.canSchedule && (
        <BigButton id='meetings-new' onClick={() => openPage(routes.meetingEdit())}>
          ＋ 召开议事会
        </BigButton>
      )}
      <Chips idPrefix='meetings-when' choices={WHEN} value={m.when} onChange={m.setWhen} />
      {m.loading && <Loading />}
      {m.error && <ErrorBox error={m.error} onRetry={() => void m.reload()} />}
      {!m.loading && !m.error && m.rows.length === 0 && <Empty text={m.when === 'current' ? '近期没有议事会' : '还没有结束的议事会'} />}
      {m.rows.map((meeting) => (
        <MeetingRow
          key={meeting.id}
          meeting={meeting}
          now={now}
          idPrefix='meetings-row'
          forStaff
          showCommunity={m.showCommunity}
          onOpen={(id) => openPage(routes.meetingManage(id))}
        />
      ))}
    </Screen>
  );
}
