import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { CAMPAIGN_LIMITS, CAMPAIGN_MOVES, CAMPAIGN_STATUS_LABELS, DEPARTMENT_KIND_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { BottomSheet } from '@/components/BottomSheet';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { LoadMore } from '@/components/LoadMore';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { InfoRows } from '@/components/staff/InfoRows';
import { TextField } from '@/components/staff/TextField';
import { CAMPAIGN_TONES } from '@/components/campaigns/CampaignRow';
import { ClearSiteSheet } from '@/components/campaigns/ClearSiteSheet';
import { CommunityProgress, TotalsRow } from '@/components/campaigns/ProgressBars';
import { SiteCard } from '@/components/campaigns/SiteCard';
import { useCampaign } from '@/hooks/campaigns/useCampaign';
import { SITE_FILTERS, useCampaignSites } from '@/hooks/campaigns/useCampaignSites';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { periodLine } from '@/utils/campaigns/lists';
import { sitesLine } from '@/utils/campaigns/progress';
import { CAMPAIGN_STAFF_ROLES } from '@/utils/campaigns/roles';
import { openPage } from '@/utils/navigation';
import '@/components/campaigns/campaigns.scss';

const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

/**
 * One campaign as staff see it: what it is about, who takes part, the progress per community in her
 * view (cleared / left), the street's 启动 and 结束并公布结果, its sites with their photos, and 整治 for
 * the community's staff and the units taking part while it runs.
 */
export default function DeliberationCampaign() {
  const id = Number(useRouter().params.id) || 0;
  const session = useRoleSession(CAMPAIGN_STAFF_ROLES);
  const m = useCampaign(id, session);
  const s = useCampaignSites(id, !!session, () => void m.reload());
  usePageRefresh(async () => {
    await Promise.all([m.reload(), s.reload()]);
  });
  const { campaign } = m;

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少专项整治编号，请从专项整治列表进入。</Notice>
      </Screen>
    );
  if (!session || m.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (!campaign)
    return (
      <Screen>
        {m.error ? <ErrorBox error={m.error} onRetry={() => void m.reload()} /> : <Loading />}
        <BigButton kind='plain' onClick={() => openPage(routes.campaigns(), 'redirect')}>
          回到专项整治列表
        </BigButton>
      </Screen>
    );

  const communities = campaign.allCommunities ? `全街道${campaign.communityCount}个社区` : campaign.communities.map((c) => c.name).join('、');
  const communityChoices = [{ key: 'all' as const, label: '全部社区' }, ...campaign.progress.map((p) => ({ key: p.communityId, label: p.communityName }))];

  return (
    <Screen className='campaign-page'>
      <Card>
        <View className='campaign-head__tags'>
          <Tag tone={CAMPAIGN_TONES[campaign.status]}>{CAMPAIGN_STATUS_LABELS[campaign.status]}</Tag>
          <Tag>{campaign.siteKind}</Tag>
        </View>
        <Text id='campaign-title' className='campaign-head__title'>
          {campaign.title}
        </Text>
        <Text id='campaign-period' className='campaign-row__line'>
          {periodLine(campaign.startDate, campaign.endDate)}
        </Text>
        <Text className='campaign-head__description'>{campaign.description}</Text>
        <InfoRows
          rows={[
            { label: '参与社区', value: communities },
            { label: '参与单位', value: campaign.unitCount ? `${campaign.unitCount}个单位共${campaign.people}人` : '暂无' },
            { label: '发起', value: `${campaign.createdBy.name} · ${time(campaign.createdAt)}` },
            { label: '启动', value: campaign.startedAt ? time(campaign.startedAt) : '', hidden: !campaign.startedAt },
            { label: '结束', value: campaign.finishedAt ? time(campaign.finishedAt) : '', hidden: !campaign.finishedAt },
          ]}
        />
      </Card>

      {campaign.resultSummary && (
        <Card title='整治结果（已向居民公布）'>
          <Text id='campaign-result-summary' className='campaign-head__description'>
            {campaign.resultSummary}
          </Text>
        </Card>
      )}

      {campaign.actions.length > 0 && (
        <Card title='管理'>
          {campaign.status === 'planned' && <Text className='muted'>启动后，民情专员和社区工作人员可以上报点位，居民可以看到进度。</Text>}
          {campaign.actions.map((action) => (
            <BigButton key={action} id={`campaign-${action}`} kind={action === 'finish' ? 'danger' : 'primary'} onClick={() => m.open(action)}>
              {CAMPAIGN_MOVES[action].label}
            </BigButton>
          ))}
        </Card>
      )}
      {campaign.canReportSite && (
        <BigButton id='campaign-report-site' onClick={() => openPage(routes.liaisonSite(campaign.id))}>
          ＋ 上报点位
        </BigButton>
      )}
      {campaign.status !== 'planned' && (
        <BigButton id='campaign-public' kind='plain' onClick={() => openPage(routes.hallCampaign(campaign.id))}>
          查看居民看到的结果
        </BigButton>
      )}

      <Card title='整治进度' className='campaign-progress'>
        <TotalsRow idPrefix='campaign-total' tally={campaign.total} />
        <Text className='campaign-head__meta'>{sitesLine(campaign.total)}</Text>
        <View className='spacer' />
        {campaign.progress.length > 0 ? (
          <CommunityProgress idPrefix='campaign' rows={campaign.progress} />
        ) : (
          <Text className='muted'>您的范围内没有参与的社区。</Text>
        )}
      </Card>

      {campaign.units.length > 0 && (
        <Card title={`参与单位（${campaign.units.length}个，共${campaign.people}人）`}>
          <View id='campaign-units'>
            {campaign.units.map((u) => (
              <View key={u.departmentId} id={`campaign-unit-${u.departmentId}`} className='campaign-unit'>
                <Text className='campaign-unit__name'>{`${u.departmentName}（${DEPARTMENT_KIND_LABELS[u.kind]}）`}</Text>
                <Text className='campaign-unit__people'>{`${u.people}人`}</Text>
              </View>
            ))}
          </View>
        </Card>
      )}

      {campaign.status !== 'planned' && (
        <View id='campaign-sites'>
          <Text className='subtitle'>{s.total !== null ? `点位（${s.total}）` : '点位'}</Text>
          <Chips idPrefix='campaign-sites-filter' choices={SITE_FILTERS} value={s.status} onChange={s.setStatus} />
          {m.manyCommunities && (
            <Chips
              idPrefix='campaign-sites-community'
              choices={communityChoices}
              value={s.communityId ?? 'all'}
              onChange={(k) => s.setCommunityId(k === 'all' ? null : k)}
            />
          )}
          {s.loading && <Loading />}
          {s.error && <ErrorBox error={s.error} onRetry={() => void s.reload()} />}
          {!s.loading && !s.error && s.rows.length === 0 && <Empty text={s.status === 'all' ? '还没有上报的点位' : '没有这样的点位'} />}
          {s.rows.map((site) => (
            <SiteCard key={site.id} site={site} showCommunity={m.manyCommunities} canClear={m.canClear} onClear={() => s.startClearing(site)} />
          ))}
          {s.hasMore && <LoadMore id='campaign-sites-more' loading={s.loadingMore} error={s.moreError} onLoad={() => void s.loadMore()} label='加载更多点位' />}
        </View>
      )}

      {m.moving === 'start' && (
        <BottomSheet
          id='campaign-start-sheet'
          title='启动整治'
          hint='启动后，参与社区的民情专员和工作人员可以上报点位，社区和参与单位可以整治；居民可以看到进度。启动后不能撤回。'
          message={m.mover.error?.message}
          confirm={{ id: 'campaign-start-confirm', label: '确定启动' }}
          busy={m.mover.busy}
          onConfirm={() => void m.move()}
          onCancel={m.close}
          cancelId='campaign-start-cancel'
        >
          <Text>{`「${campaign.title}」：${communities}参与。`}</Text>
        </BottomSheet>
      )}
      {m.moving === 'finish' && (
        <BottomSheet
          id='campaign-finish-sheet'
          title='结束并公布结果'
          hint='结束后不能再上报或整治点位，未整治的点位计入“还剩”。整治结果向居民公布，请不要写姓名、电话。'
          message={m.mover.message(['resultSummary'])}
          confirm={{ id: 'campaign-finish-confirm', label: '结束并公布', kind: 'danger' }}
          busy={m.mover.busy}
          onConfirm={() => void m.move()}
          onCancel={m.close}
          cancelId='campaign-finish-cancel'
        >
          <TextField
            id='campaign-finish-summary'
            label='整治结果'
            required
            multiline
            value={m.summary}
            onChange={m.setSummary}
            error={m.mover.fieldError('resultSummary')}
            maxlength={CAMPAIGN_LIMITS.resultSummary}
          />
        </BottomSheet>
      )}
      {s.clearing && (
        <ClearSiteSheet
          site={s.clearing}
          count={s.count}
          onCount={s.setCount}
          note={s.note}
          onNote={s.setNote}
          fix={s.fix}
          submitter={s.clearer}
          onConfirm={() => void s.clear()}
          onCancel={s.stopClearing}
        />
      )}
    </Screen>
  );
}
