import { Text, View } from '@tarojs/components';
import { CATEGORIES, CATEGORY_INFO, CHANNEL_LABELS, TIER_LABELS, STAFF_ROLES } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';
import { useIntake } from '@/hooks/staff/useIntake';
import { useRoleSession } from '@/hooks/useRoleSession';
import './index.scss';

const CHANNEL_NOTES: Partial<Record<string, string>> = {
  window: '来访',
  hotline: '来电',
  city12345: '市民热线转派',
  online: '公众号、微信群等',
};

const CATEGORY_CHOICES = CATEGORIES.map((c) => ({ key: c, label: CATEGORY_INFO[c].label }));

/** Taking in an appeal for a walk-in (民情窗口) or phone (民情专线) caller, or one passed on by 12345. */
export default function StaffIntake() {
  const session = useRoleSession(STAFF_ROLES);
  const intake = useIntake(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (!intake.allowed) {
    return (
      <Screen>
        <Text className='title'>代居民登记</Text>
        <Notice tone='warning'>只有社区工作人员和社区书记可以代居民登记本社区的诉求。</Notice>
      </Screen>
    );
  }
  const { form, set, preview } = intake;

  return (
    <Screen className='intake'>
      <Text className='title'>代居民登记诉求</Text>
      <Text className='muted intake__intro'>首问负责：登记人即首问负责人，跟进到诉求办结。</Text>

      <Card>
        <Field label='受理渠道' required error={intake.fieldError('channel')}>
          <ChoiceChips
            idPrefix='intake-channel'
            choices={intake.channels.map((ch) => ({ key: ch, label: CHANNEL_LABELS[ch], note: CHANNEL_NOTES[ch] }))}
            value={form.channel}
            onChange={(v) => v && set('channel', v)}
          />
        </Field>
        {form.channel === 'city12345' && (
          <View id='intake-work-order' className='intake__work-order'>
            <TextField
              id='intake-work-order-no'
              label='12345工单编号'
              required
              value={form.workOrderNo}
              onChange={(v) => set('workOrderNo', v)}
              error={intake.fieldError('workOrderNo')}
              placeholder='按工单上的编号填写'
              maxlength={40}
            />
            <View className='intake__pair'>
              <TextField
                id='intake-city-dispatched'
                label='派单时间'
                value={form.cityDispatchedAt}
                onChange={(v) => set('cityDispatchedAt', v)}
                error={intake.fieldError('cityDispatchedAt')}
                placeholder='如 2026-03-02 09:30'
                maxlength={19}
              />
              <TextField
                id='intake-city-due'
                label='市级办理时限'
                value={form.cityDueAt}
                onChange={(v) => set('cityDueAt', v)}
                error={intake.fieldError('cityDueAt')}
                placeholder='如 2026-03-03 09:30'
                maxlength={19}
              />
            </View>
            <Text className='muted'>时限早于分级时限时，按市级时限办理。</Text>
          </View>
        )}
        <View className='intake__pair'>
          <TextField
            id='intake-name'
            label='来访/来电人'
            value={form.contactName}
            onChange={(v) => set('contactName', v)}
            error={intake.fieldError('contactName')}
            placeholder='可不填，如 张阿姨'
            maxlength={50}
          />
          <TextField
            id='intake-phone'
            label='联系电话'
            value={form.contactPhone}
            onChange={(v) => set('contactPhone', v)}
            error={intake.fieldError('contactPhone')}
            placeholder='可不填，手机或座机'
            maxlength={20}
          />
        </View>
        <Text className='muted intake__privacy'>电话号码加密保存，仅办理人员可见完整号码。</Text>
      </Card>

      <Card title='问题地点'>
        <Field label='楼栋' error={intake.fieldError('buildingId')}>
          {intake.buildings.loading && <Loading />}
          {intake.buildings.error && <ErrorBox error={intake.buildings.error} onRetry={() => void intake.buildings.reload()} />}
          {intake.buildings.data && (
            <ChoiceChips
              idPrefix='intake-building'
              choices={[{ key: 0, label: '不指定' }, ...intake.buildings.data.map((b) => ({ key: b.id, label: b.name }))]}
              value={form.buildingId ?? 0}
              onChange={(v) => set('buildingId', v ? v : null)}
            />
          )}
        </Field>
        <TextField
          id='intake-location'
          label='具体位置'
          value={form.locationText}
          onChange={(v) => set('locationText', v)}
          error={intake.fieldError('locationText')}
          placeholder='可不填，如 3单元楼道'
          maxlength={200}
        />
      </Card>

      <Card title='诉求内容'>
        <TextField
          id='intake-content'
          label='居民反映的问题'
          required
          multiline
          value={form.content}
          onChange={(v) => set('content', v)}
          error={intake.fieldError('content')}
          placeholder='按居民原话记录：什么问题、在哪里、从什么时候开始'
        />
        <Field label='类别' hint='可不选，系统按内容判断' error={intake.fieldError('category')}>
          <ChoiceChips idPrefix='intake-category' choices={CATEGORY_CHOICES} value={form.category} onChange={(v) => set('category', v)} allowNone />
        </Field>
      </Card>

      {preview && (
        <View id='intake-triage' className={`card intake__triage ${preview.emergency ? 'intake__triage--emergency' : ''}`}>
          <Text className='intake__triage-title'>
            系统建议：{preview.tier} · {preview.category}
          </Text>
          <Text className='intake__triage-reason'>依据：{preview.reason}</Text>
          <Text className='intake__triage-promise'>{preview.promise}</Text>
          <Text className='muted'>登记后在诉求页“受理”时确认或调整分级（{Object.values(TIER_LABELS).join(' / ')}）。</Text>
        </View>
      )}

      {intake.message && <Notice tone='error'>{intake.message}</Notice>}
      <BigButton id='form-submit' loading={intake.busy} onClick={() => void intake.submit()}>
        提交登记
      </BigButton>
    </Screen>
  );
}
