import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CATEGORIES, CATEGORY_INFO } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Notice } from '@/components/States';
import { Chips } from '@/components/Chips';
import { PhotoGrid } from '@/components/liaison/PhotoGrid';
import { useLiaisonReport } from '@/hooks/liaison/useLiaisonReport';
import { LIAISON_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { MAX_PHOTOS, likelyPromise } from '@/utils/liaison/report';
import { appendSpoken } from '@/utils/liaison/voice';
import { VoiceInput } from '@/components/liaison/VoiceInput';
import { goToTasks } from '@/liaison/leave';
import './index.scss';

const CATEGORY_CHOICES = CATEGORIES.map((c) => ({ key: c, label: CATEGORY_INFO[c].label }));
/** Up to this many buildings are big chips; more go in a picker. */
const BUILDING_CHIPS = 16;

/** A problem she found on her round; the server files it as proactive (未诉即办). */
export default function LiaisonReport() {
  const session = useRoleSession(LIAISON_ROLES);
  const r = useLiaisonReport(session);
  const buildings = r.buildings.data ?? [];
  const promise = likelyPromise(r.draft.content, r.draft.category);

  if (r.filed) {
    return (
      <Screen className='liaison'>
        <View className='liaison-done' id='report-done' data-id={r.filed.id}>
          <Text className='liaison-done__mark'>✓</Text>
          <Text className='liaison-done__title'>已上报，谢谢您！</Text>
          <Text className='liaison-done__code'>编号 {r.filed.code}</Text>
          <Text className='muted'>社区会尽快处理，记为「未诉即办」。</Text>
        </View>
        <BigButton id='report-again' onClick={r.startAgain}>
          再报一个
        </BigButton>
        <BigButton id='report-to-tasks' kind='secondary' onClick={() => void Taro.redirectTo({ url: routes.liaisonTasks() })}>
          回到任务
        </BigButton>
      </Screen>
    );
  }

  const reused = r.error?.code === 'IDEMPOTENCY_KEY_REUSED';
  const generalError = r.error && !r.error.details.length ? r.error.message : null;

  return (
    <Screen className='liaison'>
      <Text className='liaison__hello'>上报问题</Text>
      {r.community && <Text className='liaison__sub'>{r.community.name}</Text>}
      {r.communityId === null && <Notice tone='error'>您的账号没有所属社区，暂不能上报，请联系社区。</Notice>}

      <Card>
        <Field label='发现了什么问题' required error={r.message('content')}>
          <Textarea
            id='report-content'
            className='textarea liaison-report__content'
            value={r.draft.content}
            maxlength={2000}
            disabled={r.busy}
            placeholder='如：3号楼东侧井盖松动'
            onInput={(e) => r.setContent(e.detail.value)}
          />
          <VoiceInput id='report-voice' disabled={r.busy} onText={(spoken) => r.setContent(appendSpoken(r.draft.content, spoken))} />
        </Field>
        {promise && (
          <Text className={`liaison-report__promise liaison-report__promise--${promise.tier}`} id='report-promise'>
            {promise.promise}
          </Text>
        )}
      </Card>

      <Card>
        <Field label={`照片（最多${MAX_PHOTOS}张，可不拍）`} error={r.message('photos') ?? r.message('attachmentIds')}>
          <PhotoGrid photos={r.draft.photos} onAdd={() => void r.choosePhotos()} onRemove={r.removePhoto} disabled={r.busy} />
        </Field>
      </Card>

      <Card>
        <Field label='在哪栋楼' error={r.message('buildingId')}>
          {buildings.length <= BUILDING_CHIPS ? (
            <Chips
              idPrefix='report-building'
              itemClassName='liaison-chip'
              choices={[{ key: 'none', label: '公共区域' }, ...buildings.map((b) => ({ key: String(b.id), label: b.name }))]}
              value={r.draft.buildingId === null ? 'none' : String(r.draft.buildingId)}
              onChange={(key) => r.setBuilding(key === 'none' ? null : Number(key))}
            />
          ) : (
            <Picker
              mode='selector'
              range={['公共区域', ...buildings.map((b) => b.name)]}
              onChange={(e) => {
                const i = Number(e.detail.value);
                r.setBuilding(i === 0 ? null : buildings[i - 1].id);
              }}
            >
              <View className='picker' id='report-building'>
                {buildings.find((b) => b.id === r.draft.buildingId)?.name ?? '公共区域（点击选择楼栋）'}
              </View>
            </Picker>
          )}
        </Field>
        <Field label='具体位置（可不填）' error={r.message('locationText')}>
          <Input
            id='report-location-text'
            className='input'
            value={r.draft.locationText}
            maxlength={200}
            disabled={r.busy}
            placeholder='如：东门口、2单元楼道'
            onInput={(e) => r.setLocationText(e.detail.value)}
          />
        </Field>
        <View className='liaison-report__locate'>
          {r.location === 'found' ? (
            <View className='row'>
              <Text className='liaison-report__located'>✓ 已记下当前位置</Text>
              <Text id='report-location-clear' className='liaison-report__link' onClick={r.clearLocation}>
                不用了
              </Text>
            </View>
          ) : (
            <BigButton id='report-location' kind='plain' loading={r.location === 'locating'} onClick={() => void r.locate()}>
              记下我现在的位置
            </BigButton>
          )}
          {r.location === 'unavailable' && <Text className='muted'>没能取到位置，不影响上报。</Text>}
        </View>
      </Card>

      <Card title='问题类别（可不选）'>
        <Chips idPrefix='report-category' itemClassName='liaison-chip' choices={CATEGORY_CHOICES} value={r.draft.category} onChange={r.setCategory} />
      </Card>

      {reused && <Notice tone='warning'>上一次的上报可能已经成功，请先到「我的记录」查看；确需再报，请再点一次提交。</Notice>}
      {!reused && generalError && <Notice tone='error'>{generalError}</Notice>}
      <BigButton id='report-submit' className='liaison-report__submit' loading={r.busy} disabled={r.communityId === null} onClick={() => void r.submit()}>
        提交上报
      </BigButton>
      <Text className='muted liaison-report__keep' id='report-step'>
        {r.step === 'uploading' ? '正在上传照片…' : r.step === 'sending' ? '正在提交…' : '没网时内容会保留，有网再点提交即可。'}
      </Text>
      <BigButton id='liaison-home' kind='plain' onClick={goToTasks}>
        回到我的任务
      </BigButton>
    </Screen>
  );
}
