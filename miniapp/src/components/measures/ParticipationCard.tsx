import { Text, View } from '@tarojs/components';
import { MEASURE_DEFINITIONS, type Participation } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { AgeBars } from '@/components/volunteers/AgeBars';
import { formatRate } from '@/utils/measures/format';
import { meetingsLine, pollsLine } from '@/utils/measures/participation';

/**
 * 居民参与: the deliberation hall's figures for the scope — meetings held and their attendance, the polls'
 * turnout, and the volunteers now by age band (the paper's worry: the willing are old, the able absent).
 * A part the server does not count is left out.
 */
export function ParticipationCard({ participation }: { participation: Participation }) {
  const { meetings, polls, volunteers } = participation;
  return (
    <Card title='居民参与'>
      <View id='figures-participation' className='measures-shares'>
        {meetings && (
          <View id='figures-meetings' className='measures-share' data-held={meetings.held}>
            <Text className='measures-share__value'>{meetings.held}</Text>
            <Text className='measures-share__label'>{`${MEASURE_DEFINITIONS.meetings.label}：${meetingsLine(meetings)}`}</Text>
          </View>
        )}
        {polls && (
          <View id='figures-poll-turnout' className='measures-share' data-closed={polls.closed}>
            <Text className='measures-share__value'>{formatRate(polls.turnout)}</Text>
            <Text className='measures-share__label'>{`${MEASURE_DEFINITIONS.pollTurnout.label}：${pollsLine(polls)}`}</Text>
          </View>
        )}
      </View>
      {volunteers && (
        <View id='figures-volunteers' data-liaisons={volunteers.liaisons} data-party-members={volunteers.partyMembers}>
          <Text className='measures-note'>{`${MEASURE_DEFINITIONS.volunteerAges.label}：民情专员 ${volunteers.liaisons} 人，报到党员 ${volunteers.partyMembers} 人`}</Text>
          <AgeBars counts={volunteers.byAgeBand} idPrefix='figures' />
        </View>
      )}
      {(['meetings', 'pollTurnout', 'volunteerAges'] as const).map((k) => (
        <Text key={k} className='measures-note'>
          {MEASURE_DEFINITIONS[k].label}：{MEASURE_DEFINITIONS[k].definition}
        </Text>
      ))}
    </Card>
  );
}
