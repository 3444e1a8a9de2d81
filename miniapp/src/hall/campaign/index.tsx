import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { CAMPAIGN_STATUS_LABELS, DEPARTMENT_KIND_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { CommunityProgress, TotalsRow } from '@/components/campaigns/ProgressBars';
import { useCampaignResult } from '@/hooks/campaigns/useCampaignResult';
import { routes } from '@/routes';
import { useSession } from '@/state/session';
import { periodLine } from '@/utils/campaigns/lists';
import { resultHeadline, unitsLine } from '@/utils/campaigns/result';
import { CAMPAIGN_STAFF_ROLES } from '@/utils/campaigns/roles';
import { openPage } from '@/utils/navigation';
import '@/components/campaigns/campaigns.scss';

/**
 * A street-wide campaign as residents read it, without logging in: what it was about, the units and the
 * people they sent, how many were found and cleared in each community, and once finished the result.
 * Nothing of a person: no names, places in words or photos (the server sends none).
 */
export default function HallCampaign() {
  const { params } = useRouter();
  const page = useCampaignResult(params.id);
  const session = useSession();
  const { result } = page;

  if (page.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (!result)
    return (
      <Screen className='campaign-page'>
        {page.error?.status === 404 ? (
          <View id='hall-campaign-load-error'>
            <Notice tone='warning'>找不到这项专项整治，或它还没有开始。</Notice>
          </View>
        ) : (
          page.error && <ErrorBox error={page.error} onRetry={() => void page.reload()} />
        )}
        <BigButton kind='plain' onClick={() => openPage(routes.hall(), 'redirect')}>
          去社区议事厅
        </BigButton>
      </Screen>
    );

  const finished = result.status === 'finished';
  const atWork = !!session && CAMPAIGN_STAFF_ROLES.includes(session.user.role);

  return (
    <Screen className='campaign-page'>
      <Card>
        <View className='campaign-head__tags'>
          <Tag tone={finished ? 'plain' : 'ok'}>{CAMPAIGN_STATUS_LABELS[result.status]}</Tag>
          <Tag>{result.siteKind}</Tag>
        </View>
        <Text id='hall-campaign-title' className='campaign-head__title'>
          {result.title}
        </Text>
        <Text className='campaign-head__meta'>{`${periodLine(result.startDate, result.endDate)} · ${unitsLine(result.units, result.people)}`}</Text>
        <Text className='campaign-head__description'>{result.description}</Text>
      </Card>

      {finished && result.resultSummary && (
        <Card title='整治结果'>
          <Text id='hall-campaign-summary' className='campaign-head__description'>
            {result.resultSummary}
          </Text>
        </Card>
      )}

      <Card title={finished ? '整治成效' : '整治进度'}>
        <Text id='hall-campaign-headline' className='campaign-row__title'>
          {resultHeadline(result)}
        </Text>
        <TotalsRow idPrefix='hall-campaign-total' tally={result.total} />
        {!finished && <Text className='campaign-head__meta'>整治进行中，数字随时更新。</Text>}
      </Card>

      {result.communities.length > 0 && (
        <Card title='各社区'>
          <CommunityProgress idPrefix='hall-campaign' rows={result.communities} />
        </Card>
      )}

      {result.units.length > 0 && (
        <Card title={`参与单位（共${result.people}人）`}>
          <View id='hall-campaign-units'>
            {result.units.map((u, i) => (
              <View key={`${u.name}-${i}`} className='campaign-unit'>
                <Text className='campaign-unit__name'>{`${u.name}（${DEPARTMENT_KIND_LABELS[u.kind]}）`}</Text>
                <Text className='campaign-unit__people'>{`${u.people}人`}</Text>
              </View>
            ))}
          </View>
        </Card>
      )}

      {atWork && (
        <BigButton id='hall-campaign-manage' kind='secondary' onClick={() => openPage(routes.campaign(result.id))}>
          到工作台查看点位
        </BigButton>
      )}
      <BigButton id='hall-campaign-hall' kind='plain' onClick={() => openPage(routes.hall())}>
        去社区议事厅
      </BigButton>
    </Screen>
  );
}
