import { Text, View } from '@tarojs/components';
import { CAMPAIGN_STATUS_LABELS } from '@lingjuli/shared';
import { Tag } from '@/components/Tags';
import { ErrorBox, Loading } from '@/components/States';
import { HallSection } from '@/components/hall/HallSection';
import { ProgressBar } from '@/components/campaigns/ProgressBars';
import type { HallContext } from '@/hooks/hall/useHall';
import { useHallCampaigns } from '@/hooks/hall/useHallSections';
import { routes } from '@/routes';
import { campaignLine } from '@/utils/hall/landing';
import { periodLine } from '@/utils/campaigns/lists';
import { openPage } from '@/utils/navigation';
import './hall.scss';

/** 专项整治: the street's campaigns in her community, running ones first, with how far they got here (none: the section is not shown). */
export function HallCampaignsSection({ hall }: { hall: HallContext }) {
  const c = useHallCampaigns(hall);
  if (c.loaded && c.campaigns.length === 0 && !c.error) return null;
  return (
    <HallSection sectionKey='campaigns' title='专项整治'>
      {c.loading && <Loading />}
      {c.error && <ErrorBox error={c.error} onRetry={() => void c.reload()} />}
      {c.campaigns.map((campaign) => (
        <View
          key={campaign.id}
          id={`hall-campaign-${campaign.id}`}
          className='card meeting-row'
          data-status={campaign.status}
          onClick={() => openPage(routes.hallCampaign(campaign.id))}
        >
          <View className='meeting-row__tags'>
            <Tag tone={campaign.status === 'active' ? 'ok' : 'plain'}>{CAMPAIGN_STATUS_LABELS[campaign.status]}</Tag>
          </View>
          <Text className='meeting-row__topic'>{campaign.title}</Text>
          <Text className='meeting-row__meta'>{periodLine(campaign.startDate, campaign.endDate)}</Text>
          <Text className='meeting-row__meta'>{campaignLine(campaign)}</Text>
          {campaign.community.found > 0 && <ProgressBar id={`hall-campaign-${campaign.id}-bar`} label='本社区' tally={campaign.community} />}
        </View>
      ))}
    </HallSection>
  );
}
