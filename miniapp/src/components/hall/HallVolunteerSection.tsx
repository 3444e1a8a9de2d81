import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { ErrorBox, Loading } from '@/components/States';
import { HallSection } from '@/components/hall/HallSection';
import { StateBanner } from '@/components/StateBanner';
import type { HallContext } from '@/hooks/hall/useHall';
import { useHallVolunteer } from '@/hooks/volunteers/useHallVolunteer';
import { routes } from '@/routes';
import { inviteLine } from '@/utils/volunteers/applications';
import { openPage } from '@/utils/navigation';
import './hall.scss';
import '@/components/volunteers/volunteers.scss';

/**
 * 志愿服务: her application's state while it waits or just after it was decided, else an invitation to
 * volunteer (民情专员, 双报到); nothing when she already serves in both. `#hall-volunteer-card` with
 * `data-state` (`invite` or the application's status), `#hall-volunteer-go`.
 */
export function HallVolunteerSection({ hall }: { hall: HallContext }) {
  const v = useHallVolunteer(hall);
  if (v.loaded && !v.card && !v.error) return null;
  const go = () => openPage(routes.hallVolunteer());
  return (
    <HallSection sectionKey='volunteer' title='志愿服务'>
      {v.loading && <Loading />}
      {v.error && <ErrorBox error={v.error} onRetry={() => void v.reload()} />}
      {v.card?.kind === 'application' && (
        <View id='hall-volunteer-card' data-state={v.card.application.status} onClick={go}>
          <StateBanner view={v.card.view} state={v.card.application.status} />
          <Text id='hall-volunteer-go' className='hall-section__more'>
            查看详情 ›
          </Text>
        </View>
      )}
      {v.card?.kind === 'invite' && (
        <View id='hall-volunteer-card' data-state='invite'>
          <Card>
            <Text className='hall-household__line'>{inviteLine(v.card.open)}</Text>
            <BigButton id='hall-volunteer-go' onClick={go}>
              {v.card.open.includes('liaison') ? '我要当志愿者' : '我要双报到'}
            </BigButton>
          </Card>
        </View>
      )}
    </HallSection>
  );
}
