import { Text, View } from '@tarojs/components';
import { formatShanghaiDateTime, type MeetingDetail } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Tag } from '@/components/Tags';
import { decisionLines } from '@/utils/hall/meetings';
import './hall.scss';

/**
 * The published minutes and decisions (决议, 通过 / 未通过), each linked appeal by its code. `canOpen`
 * says which appeals open (a resident's own; every one for staff): `#meeting-decision-<i>-appeal-<id>`.
 */
export function MinutesView({
  meeting,
  canOpen,
  onOpenAppeal,
  title = '会议纪要',
}: {
  meeting: Pick<MeetingDetail, 'minutes' | 'decisions' | 'minutesPublishedAt'>;
  canOpen: ReadonlySet<number> | 'all';
  onOpenAppeal: (id: number) => void;
  title?: string;
}) {
  const lines = decisionLines(meeting.decisions, canOpen === 'all' ? new Set(meeting.decisions.flatMap((d) => d.appeals.map((a) => a.id))) : canOpen);
  return (
    <Card title={title}>
      <View id='meeting-minutes'>
        {meeting.minutesPublishedAt && <Text className='muted'>{`${formatShanghaiDateTime(new Date(meeting.minutesPublishedAt))} 发布`}</Text>}
        <Text className='minutes__text'>{meeting.minutes ?? ''}</Text>
        {lines.length > 0 && <Text className='subtitle'>决议</Text>}
        {lines.map((d, i) => (
          <View key={d.id} id={`meeting-decision-${i}`} className='decision' data-outcome={d.outcome ?? 'none'}>
            <View className='decision__head'>
              <Text className='decision__no'>{`决议${i + 1}`}</Text>
              {d.outcome ? <Tag tone={d.tone === 'ok' ? 'ok' : 'danger'}>{d.outcome}</Tag> : <Tag>未表决</Tag>}
            </View>
            <Text className='decision__text'>{d.text}</Text>
            {d.appeals.length > 0 && (
              <View className='decision__appeals'>
                <Text className='muted'>答复的诉求：</Text>
                {d.appeals.map((a) => (
                  <Text
                    key={a.id}
                    id={`meeting-decision-${i}-appeal-${a.id}`}
                    className={`decision__appeal ${a.mine ? 'decision__appeal--mine' : ''}`}
                    data-mine={a.mine ? 'true' : 'false'}
                    onClick={() => a.mine && onOpenAppeal(a.id)}
                  >
                    {a.mine ? `${a.code} ›` : a.code}
                  </Text>
                ))}
              </View>
            )}
          </View>
        ))}
      </View>
    </Card>
  );
}
