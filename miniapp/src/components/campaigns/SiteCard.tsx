import { Text, View } from '@tarojs/components';
import { ACTOR_ROLE_LABELS, CAMPAIGN_SITE_STATUS_LABELS, formatShanghaiDateTime, type AttachmentInfo, type CampaignSiteInfo } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Tag } from '@/components/Tags';
import { PhotoGrid } from '@/components/resident/PhotoGrid';
import { serverUrl } from '@/services/api';
import { sitePlace } from '@/utils/campaigns/site-form';
import { photoNote } from '@/utils/content-check';
import './campaigns.scss';

const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

function Photos({ id, photos }: { id: string; photos: readonly AttachmentInfo[] }) {
  if (!photos.length) return null;
  return (
    <View id={id} className='campaign-site__photos'>
      <PhotoGrid photos={photos.map((p) => serverUrl(p.url))} notes={photos.map((p) => photoNote(p.check, 'staff'))} />
    </View>
  );
}

/**
 * A site (`#campaign-site-<id>`, `data-status`): where, what was found and how many, who reported it,
 * the photos (tap one to see it large); once cleared, how many and what was done; else 整治 for those
 * who may clear it (`#campaign-site-<id>-clear`).
 */
export function SiteCard({
  site,
  showCommunity,
  canClear,
  onClear,
}: {
  site: CampaignSiteInfo;
  showCommunity: boolean;
  canClear: boolean;
  onClear: () => void;
}) {
  const id = `campaign-site-${site.id}`;
  const cleared = site.status === 'cleared';
  return (
    <View id={id} className={`card campaign-site ${cleared ? 'campaign-site--cleared' : ''}`} data-status={site.status}>
      <View className='campaign-head__tags'>
        <Tag tone={cleared ? 'ok' : 'warning'}>{CAMPAIGN_SITE_STATUS_LABELS[site.status]}</Tag>
        <Tag>{`${site.count}处`}</Tag>
        {showCommunity && <Tag>{site.communityName}</Tag>}
      </View>
      <Text className='campaign-site__place'>{sitePlace(site)}</Text>
      <Text className='campaign-site__finding'>{site.finding}</Text>
      <Text className='campaign-site__meta'>{`${ACTOR_ROLE_LABELS[site.reportedBy.role]} ${site.reportedBy.name} · ${time(site.reportedAt)} 上报`}</Text>
      <Photos id={`${id}-photos-found`} photos={site.photos.found} />
      {cleared && (
        <View id={`${id}-cleared`}>
          <Text className='campaign-site__cleared'>{`已整治${site.clearedCount ?? 0}处：${site.clearNote ?? ''}`}</Text>
          <Text className='campaign-site__meta'>
            {`${site.clearedBy ? `${site.clearedBy.name} · ` : ''}${site.clearedAt ? `${time(site.clearedAt)} 整治` : ''}`}
          </Text>
          <Photos id={`${id}-photos-cleared`} photos={site.photos.cleared} />
        </View>
      )}
      {!cleared && canClear && (
        <BigButton id={`${id}-clear`} kind='secondary' onClick={onClear}>
          整治这个点位
        </BigButton>
      )}
    </View>
  );
}
