import { Text, View } from '@tarojs/components';
import { CAMPAIGN_STATUS_LABELS, type CampaignCommunityProgress, type CampaignStatus, type CampaignSummary } from '@lingjuli/shared';
import { Tag } from '@/components/Tags';
import { CommunityProgress, ProgressBar } from '@/components/campaigns/ProgressBars';
import { periodLine, scaleLine } from '@/utils/campaigns/lists';
import { sitesLine } from '@/utils/campaigns/progress';
import './campaigns.scss';

export const CAMPAIGN_TONES: Record<CampaignStatus, 'ok' | 'warning' | 'plain'> = { active: 'ok', planned: 'warning', finished: 'plain' };

/**
 * A campaign in the street's list (`#campaigns-row-<id>`): its state, what it clears, when, who takes
 * part; once it runs, the progress per community as bars (`#campaigns-row-<id>-community-<communityId>`)
 * when read, else the total.
 */
export function CampaignRow({
  campaign,
  progress,
  onOpen,
}: {
  campaign: CampaignSummary;
  /** Per community in her view, when read (running and finished campaigns). */
  progress?: readonly CampaignCommunityProgress[];
  onOpen: (id: number) => void;
}) {
  const id = `campaigns-row-${campaign.id}`;
  return (
    <View id={id} className={`card campaign-row campaign-row--${campaign.status}`} data-status={campaign.status} onClick={() => onOpen(campaign.id)}>
      <View className='campaign-head__tags'>
        <Tag tone={CAMPAIGN_TONES[campaign.status]}>{CAMPAIGN_STATUS_LABELS[campaign.status]}</Tag>
        <Tag>{campaign.siteKind}</Tag>
      </View>
      <Text className='campaign-row__title'>{campaign.title}</Text>
      <Text className='campaign-row__line'>{periodLine(campaign.startDate, campaign.endDate)}</Text>
      <Text className='campaign-row__meta'>{scaleLine(campaign)}</Text>
      {campaign.status !== 'planned' && (
        <View className='campaign-row__bars'>
          <Text className='campaign-row__meta'>{sitesLine(campaign.total)}</Text>
          {progress && progress.length > 1 ? (
            <CommunityProgress idPrefix={id} rows={progress} legend={false} />
          ) : (
            <ProgressBar id={`${id}-total`} label={progress?.length === 1 ? progress[0].communityName : '合计'} tally={campaign.total} />
          )}
        </View>
      )}
    </View>
  );
}
