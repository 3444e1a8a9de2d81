import { Text } from '@tarojs/components';
import { Card } from '@/components/Card';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { HallSection } from '@/components/hall/HallSection';
import { MeetingRow } from '@/components/hall/MeetingRow';
import type { HallContext } from '@/hooks/hall/useHall';
import { useHallMeetings } from '@/hooks/hall/useHallSections';
import { useNow } from '@/hooks/useNow';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';

/** 议事会: the meetings to come (报名 / 已报名), then those whose minutes and decisions are out. */
export function HallMeetingsSection({ hall }: { hall: HallContext }) {
  const now = useNow();
  const m = useHallMeetings(hall, now);
  const open = (id: number) => openPage(routes.meeting(id));
  return (
    <>
      <HallSection sectionKey='meetings' title='议事会'>
        {m.householdRequired && (
          <Card>
            <Text className='muted'>登记住址后，就能看到并报名您可以参加的议事会。</Text>
          </Card>
        )}
        {m.loading && <Loading />}
        {m.error && <ErrorBox error={m.error} onRetry={() => void m.reload()} />}
        {m.loaded && m.upcoming.length === 0 && <Empty text='近期没有议事会，有新的会在这里通知大家。' />}
        {m.upcoming.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} now={now} idPrefix='hall-meeting' onOpen={open} />
        ))}
      </HallSection>
      {m.withMinutes.length > 0 && (
        <HallSection sectionKey='minutes' title='议事结果'>
          {m.withMinutes.map((meeting) => (
            <MeetingRow
              key={meeting.id}
              meeting={meeting}
              now={now}
              idPrefix='hall-minutes'
              minutesLink
              decisions={m.decisions.get(meeting.id)}
              onOpen={open}
            />
          ))}
        </HallSection>
      )}
    </>
  );
}
