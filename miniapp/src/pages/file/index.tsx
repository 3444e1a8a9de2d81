import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { PhoneInput } from '@/components/PhoneInput';
import { PhoneList } from '@/components/PhoneList';
import { CategoryPicker } from '@/components/resident/CategoryPicker';
import { PhotoGrid } from '@/components/resident/PhotoGrid';
import { PrivacyNotice } from '@/components/resident/PrivacyNotice';
import { SimilarAppeals } from '@/components/resident/SimilarAppeals';
import { Screen } from '@/components/Screen';
import { useFileAppeal } from '@/hooks/resident/useFileAppeal';
import { MAX_CONTENT, MAX_LOCATION_TEXT, MAX_PHOTOS, contentCounter } from '@/utils/resident/appeal-form';
import { categoryOption, urgentLines } from '@/utils/resident/categories';
import './index.scss';

const NO_BUILDING = '不在楼里 / 说不清';

/**
 * 我要反映问题: where (pre-filled from the stairwell code), what kind of problem (with how fast it will be
 * handled), what happened, photos, optional place and phone; similar open appeals first; a send that
 * keeps the draft when the network fails.
 */
export default function FileAppeal() {
  const { params } = useRouter();
  const f = useFileAppeal(params);
  const { draft, errors } = f;
  const counter = contentCounter(draft.content);
  const buildingNames = [...f.buildings.map((b) => b.name), NO_BUILDING];
  const urgent = f.hint ? urgentLines(f.hint.tier, f.hint.category) : [];

  return (
    <Screen className='file-page'>
      <Text className='title'>我要反映问题</Text>
      <Text className='file-page__lead'>写清楚遇到了什么，社区会按时办理，并告诉您结果。</Text>

      {f.restored && (
        <View className='notice notice--info file-page__restored'>
          <Text>已为您恢复上次没有提交的内容。</Text>
          <Text id='start-over' className='file-page__link' onClick={f.startOver}>
            清空，重新填写
          </Text>
        </View>
      )}

      <Card title='在哪里'>
        <Field label='社区' required error={errors.communityId}>
          {f.community ? (
            <Text className='file-page__place'>{f.community.name}</Text>
          ) : (
            <Picker
              mode='selector'
              range={f.communities.map((c) => c.name)}
              onChange={(e) => {
                const c = f.communities[Number(e.detail.value)];
                if (c) f.setCommunity(c.id);
              }}
            >
              <View id='community-picker' className='picker'>
                点击选择您所在的社区
              </View>
            </Picker>
          )}
        </Field>
        {draft.communityId && (
          <Field label='楼栋' error={errors.buildingId}>
            <Picker
              mode='selector'
              range={buildingNames}
              value={Math.max(
                0,
                f.buildings.findIndex((b) => b.id === draft.buildingId),
              )}
              onChange={(e) => {
                const b = f.buildings[Number(e.detail.value)];
                f.setBuilding(b ? b.id : null);
              }}
            >
              <View id='building-picker' className='picker file-page__building'>
                <Text className='file-page__place'>{f.building ? f.building.name : '未选楼栋'}</Text>
                <Text className='file-page__change'>更换 ›</Text>
              </View>
            </Picker>
          </Field>
        )}
      </Card>

      <Card title='什么问题'>
        <CategoryPicker value={draft.category} onChange={f.setCategory} />
        {errors.category && <Text className='field__error'>{errors.category}</Text>}
      </Card>

      <SimilarAppeals
        items={f.similar}
        buildingName={f.building?.name ?? '本楼'}
        supporting={f.supporting}
        error={f.supportError}
        onMeToo={(id) => void f.meToo(id)}
      />

      <Card>
        <Field label='具体情况' required error={errors.content}>
          <Textarea
            id='appeal-content'
            className='textarea file-page__content'
            value={draft.content}
            maxlength={MAX_CONTENT}
            placeholder='比如：3单元楼道的灯坏了一个星期，晚上看不见台阶'
            onInput={(e) => f.setContent(e.detail.value)}
          />
          <Text id='content-counter' className={`file-page__counter ${counter.over ? 'file-page__counter--over' : ''}`}>
            {counter.text}
          </Text>
        </Field>
        {f.hint && (
          <View id='triage-hint' className={`file-page__hint file-page__hint--${f.hint.tier}`}>
            <Text className='file-page__hint-line'>{f.hint.line}</Text>
            <Text className='file-page__hint-reason'>最终由社区工作人员确认。</Text>
            {urgent.length > 0 && (
              <View className='file-page__urgent' id='urgent-lines'>
                <Text className='file-page__urgent-title'>{f.hint.tier === 'emergency' ? '如有危险，请先到安全的地方，并立即拨打：' : '也可以直接拨打：'}</Text>
                <PhoneList entries={urgent.map((l) => ({ name: l.name, phone: l.phone }))} />
              </View>
            )}
            {f.hint.suggestedCategory && (
              <Text id='use-suggested-category' className='file-page__link' onClick={() => f.setCategory(f.hint!.suggestedCategory!)}>
                选「{categoryOption(f.hint.suggestedCategory).label}」类别
              </Text>
            )}
          </View>
        )}
      </Card>

      <Card title='照片（可不传）'>
        <PhotoGrid photos={draft.photos} max={MAX_PHOTOS} busy={f.photoBusy} onAdd={() => void f.choosePhotos()} onRemove={f.dropPhoto} />
        <Text className='field__hint'>最多{MAX_PHOTOS}张，会自动压缩后上传。</Text>
        {errors.attachmentIds && <Text className='field__error'>{errors.attachmentIds}</Text>}
      </Card>

      <Card title='位置和电话（都可不填）'>
        <Field label='具体位置' hint='比如：3单元楼道、小区东门' error={errors.locationText}>
          <Input
            id='location-text'
            className='input'
            value={draft.locationText}
            maxlength={MAX_LOCATION_TEXT}
            placeholder='可不填'
            onInput={(e) => f.setLocationText(e.detail.value)}
          />
        </Field>
        {f.location.coords ? (
          <View className='file-page__located'>
            <Text id='location-added'>✓ 已附上您现在的位置</Text>
            <Text id='remove-location' className='file-page__link' onClick={f.clearLocation}>
              不附位置
            </Text>
          </View>
        ) : (
          <BigButton id='add-location' kind='plain' disabled={f.location.busy} onClick={() => void f.locate()}>
            {f.location.busy ? '正在获取位置…' : '附上我现在的位置'}
          </BigButton>
        )}
        {f.location.message && <Text className='field__hint'>{f.location.message}</Text>}
        <View className='spacer' />
        <Field label='联系电话' hint='方便工作人员联系您、告诉您结果。只有办理这件事的工作人员能看到完整号码。' error={errors.contactPhone}>
          <PhoneInput id='contact-phone' value={draft.contactPhone} maxlength={13} placeholder='可不填' onInput={f.setPhone} />
        </Field>
      </Card>

      <PrivacyNotice />

      {f.message && (
        <View id='submit-message' className={`notice notice--${f.message.tone}`}>
          <Text>{f.message.text}</Text>
        </View>
      )}
      <BigButton id='submit-appeal' disabled={f.submitting} onClick={() => void f.submit()}>
        {f.progress ?? '提交'}
      </BigButton>
      <Text className='muted file-page__foot'>提交后可在「我的诉求」里查看办理进度。</Text>
    </Screen>
  );
}
