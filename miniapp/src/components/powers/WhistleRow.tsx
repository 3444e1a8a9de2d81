import { Text, View } from '@tarojs/components';
import { WHISTLE_STATUS_LABELS, formatShanghaiDateTime, type WhistleSummary } from '@lingjuli/shared';
import { Tag, TierTag } from '@/components/Tags';
import { describeReportIn, describeWhistle, myTarget, targetBadge } from '@/utils/powers/whistles';
import './power-cases.scss';

/**
 * One whistle in a list: its subject, each department's status (a missed report-in in red) and the
 * report-in countdown — the caller's own department's when she is department staff.
 * `.whistle-item[data-id]`, `data-state` (ok / warning / overdue / met / closed) for browser tests.
 */
export function WhistleRow({
  whistle,
  now,
  departmentId = null,
  showCommunity = false,
  onOpen,
}: {
  whistle: WhistleSummary;
  now: Date;
  departmentId?: number | null;
  showCommunity?: boolean;
  onOpen: (id: number) => void;
}) {
  const mine = myTarget(whistle, departmentId);
  const deadline = mine ? describeReportIn(whistle, mine, now) : describeWhistle(whistle, now);
  return (
    <View
      className={`card pw-row whistle-item whistle-item--${deadline.state} ${mine ? 'whistle-item--mine' : ''}`}
      data-id={String(whistle.id)}
      data-state={deadline.state}
      onClick={() => onOpen(whistle.id)}
    >
      <View className='pw-row__top'>
        <View className='pw-row__tags'>
          <Tag tone={whistle.status === 'open' ? 'warning' : 'plain'}>{WHISTLE_STATUS_LABELS[whistle.status]}</Tag>
          <TierTag tier={whistle.tier} />
        </View>
        <View className={`pw-row__due countdown countdown--${deadline.state}`}>
          <Text className='countdown__text'>{deadline.text}</Text>
          {(deadline.state === 'ok' || deadline.state === 'warning' || deadline.state === 'overdue') && (
            <Text className='countdown__due'>报到期限 {deadline.due}</Text>
          )}
        </View>
      </View>
      <Text className='pw-row__title'>{whistle.subject}</Text>
      <View className='pw-row__meta'>
        {showCommunity && <Text>{whistle.communityName}</Text>}
        <Text>吹哨于 {formatShanghaiDateTime(new Date(whistle.createdAt))}</Text>
        {whistle.appealId !== null && <Text>关联诉求 #{whistle.appealId}</Text>}
      </View>
      <View className='pw-targets'>
        {whistle.targets.map((t) => {
          const badge = targetBadge(t);
          return (
            <View
              key={t.departmentId}
              className={`pw-targets__item ${t.departmentId === departmentId ? 'pw-targets__item--mine' : ''}`}
              data-department={String(t.departmentId)}
              data-status={t.status}
            >
              <Text className='pw-targets__name'>{t.departmentName}</Text>
              <Tag tone={badge.tone}>{badge.text}</Tag>
            </View>
          );
        })}
      </View>
    </View>
  );
}
