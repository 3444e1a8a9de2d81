import { Text, View } from '@tarojs/components';
import { VOLUNTEER_APPLICATION_STATUS_LABELS, VOLUNTEER_KIND_LABELS, type VolunteerApplicationInfo } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Tag } from '@/components/Tags';
import { Facts } from '@/components/volunteers/Facts';
import { applicationLines } from '@/utils/volunteers/review';
import './volunteers.scss';

const STATUS_TONES = { pending: 'warning', accepted: 'ok', declined: 'danger', withdrawn: 'plain' } as const;

/**
 * One application as its reviewer reads it: `#volunteers-application-<id>` (`data-status`, `data-kind`),
 * with 通过 `#volunteers-accept-<id>` and 不通过 `#volunteers-decline-<id>` while she may decide it.
 */
export function ApplicationCard({
  application: a,
  year,
  focus,
  showCommunity,
  onAccept,
  onDecline,
}: {
  application: VolunteerApplicationInfo;
  year: number;
  focus?: boolean;
  showCommunity?: boolean;
  onAccept: () => void;
  onDecline: () => void;
}) {
  return (
    <View id={`volunteers-application-${a.id}`} data-status={a.status} data-kind={a.kind}>
      <Card className={`volunteer-app volunteer-app--${a.status} ${focus ? 'volunteer-app--focus' : ''}`}>
        <View className='volunteer-app__head'>
          <Text className='volunteer-app__name'>{a.name}</Text>
          <Tag>{VOLUNTEER_KIND_LABELS[a.kind]}</Tag>
          <Tag tone={STATUS_TONES[a.status]}>{VOLUNTEER_APPLICATION_STATUS_LABELS[a.status]}</Tag>
        </View>
        {showCommunity && <Text className='muted'>{a.communityName}</Text>}
        <Facts lines={applicationLines(a, year)} />
        {(a.actions.includes('accept') || a.actions.includes('decline')) && (
          <View className='volunteer-app__actions'>
            {a.actions.includes('decline') && (
              <BigButton id={`volunteers-decline-${a.id}`} kind='plain' onClick={onDecline}>
                不通过
              </BigButton>
            )}
            {a.actions.includes('accept') && (
              <BigButton id={`volunteers-accept-${a.id}`} onClick={onAccept}>
                通过
              </BigButton>
            )}
          </View>
        )}
      </Card>
    </View>
  );
}
