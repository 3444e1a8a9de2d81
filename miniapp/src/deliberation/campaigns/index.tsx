import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Chips } from '@/components/Chips';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { CampaignRow } from '@/components/campaigns/CampaignRow';
import { ProgressLegend } from '@/components/campaigns/ProgressBars';
import { useCampaigns } from '@/hooks/campaigns/useCampaigns';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { CAMPAIGN_FILTERS } from '@/utils/campaigns/lists';
import { CAMPAIGN_STAFF_ROLES } from '@/utils/campaigns/roles';
import { openPage } from '@/utils/navigation';
import '@/components/campaigns/campaigns.scss';

/**
 * 专项整治: the street's campaigns across the communities (e.g. clearing private ground locks) — running
 * ones with the progress per community as bars (cleared / left), those being prepared, the finished;
 * ＋ 发起专项整治 for the street. A community, a grid and a unit taking part read theirs.
 */
export default function DeliberationCampaigns() {
  const session = useRoleSession(CAMPAIGN_STAFF_ROLES);
  const c = useCampaigns(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  return (
    <Screen className='campaign-page'>
      <Text className='title'>专项整治</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <Text className='campaign-head__description'>
        街道统筹各社区和参与单位集中整治一类问题（如清理私装地锁）：民情专员和社区上报发现的点位，社区或参与单位整治，进度按社区统计，结果向居民公布。
      </Text>
      {c.canCreate && (
        <BigButton id='campaigns-new' onClick={() => openPage(routes.campaignEdit())}>
          ＋ 发起专项整治
        </BigButton>
      )}
      <View className='spacer' />
      <Chips idPrefix='campaigns-filter' choices={CAMPAIGN_FILTERS} value={c.filter} onChange={c.setFilter} />
      {c.loading && <Loading />}
      {c.error && <ErrorBox error={c.error} onRetry={() => void c.reload()} />}
      {!c.loading && !c.error && c.rows.length === 0 && <Empty text='还没有专项整治' />}
      {c.groups.some((g) => g.key !== 'planned') && <ProgressLegend />}
      {c.groups.map((g) => (
        <View key={g.key} id={`campaigns-group-${g.key}`}>
          <Text className='campaign-group__title'>{`${g.title}（${g.rows.length}）`}</Text>
          {g.rows.map((campaign) => (
            <CampaignRow key={campaign.id} campaign={campaign} progress={c.progress.get(campaign.id)} onOpen={(id) => openPage(routes.campaign(id))} />
          ))}
        </View>
      ))}
    </Screen>
  );
}
