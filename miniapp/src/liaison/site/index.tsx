import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { CAMPAIGN_LIMITS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { CountStepper } from '@/components/campaigns/CountStepper';
import { PhotoGrid } from '@/components/liaison/PhotoGrid';
import { VoiceInput } from '@/components/liaison/VoiceInput';
import { useCampaignSite } from '@/hooks/campaigns/useCampaignSite';
import { useRoleSession } from '@/hooks/useRoleSession';
import { goToTasks } from '@/liaison/leave';
import { routes } from '@/routes';
import { SITE_REPORTER_ROLES } from '@/utils/campaigns/roles';
import { sitePlace } from '@/utils/campaigns/site-form';
import { MAX_PHOTOS } from '@/utils/liaison/report';
import { appendSpoken } from '@/utils/liaison/voice';
import { backOr } from '@/utils/navigation';
import '@/liaison/report/index.scss';
import '@/components/campaigns/campaigns.scss';

/** Up to this many buildings are big chips; more go in a picker. */
const BUILDING_CHIPS = 16;

/**
 * 上报整治点位: a site of a campaign running in her community (e.g. 3 private ground locks by the fire lane),
 * found on her rounds: the building or the place in words, what she found, how many (big − and ＋),
 * photos. Big controls for liaisons, who are often retired; the community's staff report here too.
 */
export default function LiaisonSite() {
  const campaignIdParam = Number(useRouter().params.campaignId) || undefined;
  const session = useRoleSession(SITE_REPORTER_ROLES);
  const r = useCampaignSite(session, campaignIdParam);
  const isLiaison = session?.user.role === 'liaison';
  const buildings = r.buildings.data ?? [];
  const home = () => (isLiaison ? goToTasks() : backOr(campaignIdParam ? routes.campaign(campaignIdParam) : routes.campaigns()));
  const homeLabel = isLiaison ? '回到我的任务' : '回到专项整治';

  if (r.reported) {
    return (
      <Screen className='liaison campaign-page'>
        <View className='liaison-done' id='site-done' data-id={r.reported.id}>
          <Text className='liaison-done__mark'>✓</Text>
          <Text className='liaison-done__title'>已上报，谢谢您！</Text>
          <Text className='liaison-done__code'>{`${sitePlace(r.reported)} · ${r.reported.count}处`}</Text>
          <Text className='muted'>社区或参与单位会尽快整治。</Text>
        </View>
        <BigButton id='site-again' onClick={r.again}>
          再报一处
        </BigButton>
        <BigButton id='site-to-tasks' kind='secondary' onClick={home}>
          {homeLabel}
        </BigButton>
      </Screen>
    );
  }

  return (
    <Screen className='liaison campaign-page'>
      <Text className='liaison__hello'>上报整治点位</Text>
      {r.communityId === null && <Notice tone='error'>您的账号没有所属社区，暂不能上报，请联系社区。</Notice>}
      {r.running.loading && !r.running.data && <Loading />}
      {r.running.error && <ErrorBox error={r.running.error} onRetry={() => void r.running.reload()} />}
      {r.missing && (
        <View id='site-not-running'>
          <Notice tone='warning'>这项专项整治已经结束或还没开始，现在不能上报点位。</Notice>
        </View>
      )}
      {r.running.data && r.campaigns.length === 0 && !r.missing && (
        <View id='site-none'>
          <Notice tone='info'>您的社区现在没有进行中的专项整治。</Notice>
        </View>
      )}

      {r.campaigns.length > 1 && !r.campaign && (
        <Card title='哪项专项整治'>
          <Chips
            idPrefix='site-campaign'
            itemClassName='liaison-chip'
            choices={r.campaigns.map((c) => ({ key: c.id, label: c.title, note: c.siteKind }))}
            value={null}
            onChange={r.pick}
          />
        </Card>
      )}

      {r.campaign && (
        <>
          <View id='site-campaign' className='site-campaign' data-id={r.campaign.id}>
            <Text className='site-campaign__title'>{r.campaign.title}</Text>
            <Text className='site-campaign__kind'>{`整治对象：${r.campaign.siteKind}`}</Text>
            {r.campaigns.length > 1 && (
              <Text id='site-campaign-change' className='liaison-report__link' onClick={() => r.pick(null)}>
                换一项
              </Text>
            )}
          </View>

          <Card>
            <Field label='在哪栋楼' error={r.message('buildingId')}>
              {buildings.length <= BUILDING_CHIPS ? (
                <Chips
                  idPrefix='site-building'
                  itemClassName='liaison-chip'
                  choices={[{ key: 'none', label: '不在楼里' }, ...buildings.map((b) => ({ key: String(b.id), label: b.name }))]}
                  value={r.draft.buildingId === null ? 'none' : String(r.draft.buildingId)}
                  onChange={(key) => r.setBuilding(key === 'none' ? null : Number(key))}
                />
              ) : (
                <Picker
                  mode='selector'
                  range={['不在楼里', ...buildings.map((b) => b.name)]}
                  onChange={(e) => {
                    const i = Number(e.detail.value);
                    r.setBuilding(i === 0 ? null : buildings[i - 1].id);
                  }}
                >
                  <View className='picker' id='site-building'>
                    {buildings.find((b) => b.id === r.draft.buildingId)?.name ?? '不在楼里（点击选择楼栋）'}
                  </View>
                </Picker>
              )}
            </Field>
            <Field
              label={r.draft.buildingId === null ? '具体位置' : '具体位置（可不填）'}
              required={r.draft.buildingId === null}
              error={r.message('locationText')}
            >
              <Input
                id='site-location-text'
                className='input'
                value={r.draft.locationText}
                maxlength={CAMPAIGN_LIMITS.locationText}
                disabled={r.busy}
                placeholder='如：东侧消防通道旁车位、南门外'
                onInput={(e) => r.setLocationText(e.detail.value)}
              />
            </Field>
          </Card>

          <Card>
            <Field label='发现了什么' required error={r.message('finding')}>
              <Textarea
                id='site-finding'
                className='textarea liaison-report__content'
                value={r.draft.finding}
                maxlength={CAMPAIGN_LIMITS.finding}
                disabled={r.busy}
                placeholder={`如：${r.campaign.siteKind}，锁住了消防通道旁的车位`}
                onInput={(e) => r.setFinding(e.detail.value)}
              />
              <VoiceInput id='site-voice' disabled={r.busy} onText={(spoken) => r.setFinding(appendSpoken(r.draft.finding, spoken, CAMPAIGN_LIMITS.finding))} />
            </Field>
            <Field label='一共几处' required error={r.message('count')} hint='同一个地方有几个就填几，如3个地锁填3'>
              <CountStepper id='site-count' value={r.draft.count} onChange={r.setCount} disabled={r.busy} />
            </Field>
          </Card>

          <Card>
            <Field label={`照片（最多${MAX_PHOTOS}张，可不拍）`} error={r.message('attachmentIds')}>
              <PhotoGrid photos={r.draft.photos} onAdd={() => void r.choosePhotos()} onRemove={r.removePhoto} disabled={r.busy} />
            </Field>
          </Card>

          {r.formMessage && <Notice tone='error'>{r.formMessage}</Notice>}
          <BigButton id='site-submit' className='site-submit' loading={r.busy} disabled={r.communityId === null} onClick={() => void r.submit()}>
            提交点位
          </BigButton>
          <Text className='muted site-step' id='site-step'>
            {r.step === 'uploading' ? '正在上传照片…' : r.step === 'sending' ? '正在提交…' : '没网时内容会保留，有网再点提交即可。'}
          </Text>
        </>
      )}

      <BigButton id={isLiaison ? 'liaison-home' : 'site-back'} kind='plain' onClick={home}>
        {homeLabel}
      </BigButton>
    </Screen>
  );
}
