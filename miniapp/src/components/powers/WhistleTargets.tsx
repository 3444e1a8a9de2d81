import { Text, View } from '@tarojs/components';
import { SATISFACTION_LABELS, formatShanghaiDateTime, type WhistleDetail } from '@lingjuli/shared';
import { Tag } from '@/components/Tags';
import { describeReportIn, targetBadge } from '@/utils/powers/whistles';
import './power-cases.scss';

const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

/**
 * Each whistled department's part: status, when (and by whom) it reported in, the missed report-in
 * flag in red, its completion note and the community's rating. `#whistle-target-<deptId>` with
 * `data-status` and `data-missed`.
 */
export function WhistleTargets({ detail, now, departmentId }: { detail: WhistleDetail; now: Date; departmentId: number | null }) {
  return (
    <View className='pw-parts'>
      {detail.targets.map((t) => {
        const badge = targetBadge(t);
        const deadline = describeReportIn(detail, t, now);
        const mine = t.departmentId === departmentId;
        return (
          <View
            key={t.departmentId}
            id={`whistle-target-${t.departmentId}`}
            className={`pw-parts__item ${mine ? 'pw-parts__item--mine' : ''} ${t.reportInMissed ? 'pw-parts__item--missed' : ''}`}
            data-status={t.status}
            data-missed={t.reportInMissed ? 'true' : 'false'}
          >
            <View className='pw-parts__head'>
              <Text className='pw-parts__name'>
                {t.departmentName}
                {mine ? '（本单位）' : ''}
              </Text>
              <Tag tone={badge.tone}>{badge.text}</Tag>
            </View>
            <Text className={`pw-parts__line countdown--${deadline.state}`}>
              <Text className='countdown__text'>{deadline.text}</Text>
            </Text>
            {t.reportInMissed && <Text className='pw-parts__missed'>未在报到时限内报到，已督办</Text>}
            {t.reportedInAt && (
              <Text className='pw-parts__line'>
                报到：{time(t.reportedInAt)}
                {t.reportedInBy ? ` · ${t.reportedInBy.name}` : ''}
              </Text>
            )}
            {t.completedAt && <Text className='pw-parts__line'>办结：{time(t.completedAt)}</Text>}
            {t.completionNote && <Text className='pw-parts__note'>{t.completionNote}</Text>}
            {t.rating && (
              <View className='pw-parts__rating'>
                <Tag tone={t.rating === 'unsatisfied' ? 'danger' : 'ok'}>{`社区评价：${SATISFACTION_LABELS[t.rating]}`}</Tag>
                {t.ratingComment && <Text className='pw-parts__note'>{t.ratingComment}</Text>}
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
