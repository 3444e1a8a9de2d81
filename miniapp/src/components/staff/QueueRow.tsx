import { Text, View } from '@tarojs/components';
import { channelText, DEFAULT_TIER_POLICY, type AppealSummary } from '@lingjuli/shared';
import { StatusTag, Tag, TierTag } from '@/components/Tags';
import { isPressingEmergency, queueRow } from '@/utils/staff/queue';

/**
 * One appeal in the queue: coloured by the share of its deadline's window left (`.queue-item--half` /
 * `--warning` / `--overdue`), an emergency still to be resolved red all round, one that came in while
 * the queue was open marked 新; with flags, the countdown in words, and who handles it. `data-id`,
 * `data-state` and `data-emergency` for browser tests.
 */
export function QueueRow({
  appeal,
  now,
  showCommunity,
  arrived = false,
  onOpen,
}: {
  appeal: AppealSummary;
  now: Date;
  showCommunity: boolean;
  arrived?: boolean;
  onOpen: (id: number) => void;
}) {
  const row = queueRow(appeal, now);
  const emergency = isPressingEmergency(appeal);
  const place = [showCommunity ? appeal.communityName : null, appeal.buildingName].filter(Boolean).join(' · ');
  const others = row.flags.filter((f) => f.text !== '督办');
  return (
    <View
      className={`card staff-row ${row.className} ${appeal.supervised ? 'staff-row--supervised' : ''} ${emergency ? 'staff-row--emergency' : ''}`}
      data-id={String(appeal.id)}
      data-state={row.deadline.state}
      data-emergency={emergency ? 'true' : 'false'}
      data-supervised={appeal.supervised ? 'true' : 'false'}
      onClick={() => onOpen(appeal.id)}
    >
      <View className='staff-row__top'>
        <View className='staff-row__tags'>
          {emergency && <Text className='staff-flag staff-flag--emergency'>{DEFAULT_TIER_POLICY.tiers.emergency.promise}</Text>}
          {arrived && <Text className='staff-flag staff-flag--new'>新</Text>}
          {appeal.supervised && <Text className='staff-flag staff-flag--supervised'>督办</Text>}
          <TierTag tier={appeal.tier} />
          <StatusTag status={appeal.status} />
        </View>
        <View className={`staff-row__due countdown countdown--${row.deadline.state}`}>
          <Text className='countdown__text'>{row.deadline.text}</Text>
          <Text className='countdown__due'>期限 {row.deadline.due}</Text>
        </View>
      </View>
      <Text className='staff-row__summary'>{appeal.summary}</Text>
      <View className='staff-row__meta'>
        <Text>{place || '未注明楼栋'}</Text>
        <Text>{channelText(appeal)}</Text>
        <Text className={appeal.handler ? '' : 'staff-row__unassigned'}>承办：{appeal.handler?.name ?? '未指派'}</Text>
        {appeal.supporters > 0 && <Text>同问{appeal.supporters}人</Text>}
      </View>
      <View className='staff-row__foot'>
        {others.map((f) => (
          <Tag key={f.text} tone={f.tone}>
            {f.text}
          </Tag>
        ))}
        <Text className='staff-row__code'>{appeal.code}</Text>
      </View>
    </View>
  );
}
