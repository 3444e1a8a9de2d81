import { Text, View } from '@tarojs/components';
import type { MeetingSummary } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Tag } from '@/components/Tags';
import { PHASE_TONES, audienceLabel, capacityLabel, meetingTimeLabel, phaseLabel, phaseNow } from '@/utils/hall/meetings';
import './hall.scss';

/** A meeting's topic, time, place, who it is for, places and agenda: the top of both meeting pages. */
export function MeetingFacts({ meeting: m, now, showCommunity = false }: { meeting: MeetingSummary; now: Date; showCommunity?: boolean }) {
  const phase = phaseNow(m, now);
  const rows = [
    { label: '时间', value: meetingTimeLabel(m) },
    { label: '地点', value: m.place },
    { label: '参加', value: audienceLabel(m) },
    { label: '名额', value: capacityLabel(m) },
    ...(showCommunity ? [{ label: '社区', value: m.communityName }] : []),
  ];
  return (
    <>
      <Card className='meeting-facts'>
        <View className='row'>
          <Tag tone={PHASE_TONES[phase]}>{phaseLabel(phase)}</Tag>
        </View>
        <Text id='meeting-topic-text' className='meeting-facts__topic'>
          {m.topic}
        </Text>
        {rows.map((r) => (
          <View key={r.label} className='meeting-facts__row'>
            <Text className='meeting-facts__label'>{r.label}</Text>
            <Text className='meeting-facts__value'>{r.value}</Text>
          </View>
        ))}
        {phase === 'cancelled' && (
          <View className='notice notice--error'>
            <Text>{`这次议事会已取消${m.cancelReason ? `：${m.cancelReason}` : '。'}`}</Text>
          </View>
        )}
      </Card>
      <Card title='议程'>
        <View className='meeting-agenda'>
          {m.agenda.map((item, i) => (
            <View key={i} className='meeting-agenda__item'>
              <Text className='meeting-agenda__no'>{`${i + 1}.`}</Text>
              <Text className='meeting-agenda__text'>{item}</Text>
            </View>
          ))}
        </View>
      </Card>
    </>
  );
}
