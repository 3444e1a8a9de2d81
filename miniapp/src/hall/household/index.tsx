import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { TextField } from '@/components/staff/TextField';
import { useHousehold } from '@/hooks/hall/useHousehold';
import { routes } from '@/routes';
import { HOUSEHOLD_MOVE_NOTE, HOUSEHOLD_WHY, householdPreview, householdStatus } from '@/utils/hall/household';
import { backOr } from '@/utils/navigation';
import '@/components/hall/hall.scss';

const FIELDS = ['buildingId', 'unit', 'room'];

/**
 * 登记住址: her household (户) — building of her community (the one from the stairwell code already
 * chosen), unit and room on the number keypad — stated once; afterwards shown with 已核实 / 待核实.
 */
export default function HallHousehold() {
  const h = useHousehold();
  const { household, draft, submitter } = h;

  if (h.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (h.error)
    return (
      <Screen>
        <ErrorBox error={h.error} onRetry={() => void h.reload()} />
      </Screen>
    );

  if (household) {
    const status = householdStatus(household);
    return (
      <Screen className='household'>
        <Text className='title'>我的住址</Text>
        {h.justStated && <Notice tone='ok'>登记成功！现在可以参加议事会和征求意见了。</Notice>}
        <Card>
          <View id='household-stated' data-verified={household.verifiedAt ? 'true' : 'false'}>
            <Text className='subtitle'>{household.communityName}</Text>
            <Text className='meeting-facts__topic'>{household.label}</Text>
            <Tag tone={status.tone}>{status.label}</Tag>
            <Text className='hall-household__line'>{status.note}</Text>
          </View>
        </Card>
        <Notice tone='info'>{HOUSEHOLD_MOVE_NOTE}</Notice>
        <BigButton id='household-back' onClick={() => backOr(routes.hall())}>
          回到议事厅
        </BigButton>
      </Screen>
    );
  }

  const buildings = h.buildings.data ?? [];
  const communities = h.communities.data ?? [];
  const preview = householdPreview(draft, buildings);

  return (
    <Screen className='household'>
      <Text className='title'>登记住址</Text>
      <View className='hall-household__why'>
        {HOUSEHOLD_WHY.map((line) => (
          <Text key={line} className='hall-household__line'>{`· ${line}`}</Text>
        ))}
      </View>

      <Card>
        {h.choosingCommunity ? (
          <Field label='您住在哪个社区' required>
            {h.communities.loading && <Loading />}
            {h.communities.error && <ErrorBox error={h.communities.error} onRetry={() => void h.communities.reload()} />}
            <Chips
              idPrefix='household-community'
              choices={communities.map((c) => ({ key: c.id, label: c.name }))}
              value={h.communityId}
              onChange={h.chooseCommunity}
            />
          </Field>
        ) : (
          <View className='hall-mine'>
            <Text>{`社区：${h.community?.name ?? ''}`}</Text>
            <Text id='household-other-community' className='hall-section__more' onClick={h.startChoosingCommunity}>
              不是这个社区？
            </Text>
          </View>
        )}

        {h.communityId !== null && (
          <Field
            label='楼栋'
            required
            error={submitter.fieldError('buildingId')}
            hint={draft.buildingId !== null && draft.buildingId === h.placeBuildingId ? '已按您扫的楼道二维码选好，不对可以点别的楼栋' : '点您住的那栋楼'}
          >
            {h.buildings.loading && <Loading />}
            {h.buildings.error && <ErrorBox error={h.buildings.error} onRetry={() => void h.buildings.reload()} />}
            {h.buildings.data && buildings.length === 0 && <Empty text='这个社区还没有登记楼栋，请联系社区工作人员' />}
            <Chips
              idPrefix='household-building'
              choices={buildings.map((b) => ({ key: b.id, label: b.name }))}
              value={draft.buildingId}
              onChange={(id) => h.set('buildingId', id)}
            />
          </Field>
        )}
        <TextField
          id='household-unit'
          label='单元'
          required
          type='number'
          value={draft.unit}
          onChange={(v) => h.set('unit', v)}
          error={submitter.fieldError('unit')}
          placeholder='如 2'
          maxlength={10}
          confirmType='next'
        />
        <TextField
          id='household-room'
          label='房间号'
          required
          type='number'
          value={draft.room}
          onChange={(v) => h.set('room', v)}
          error={submitter.fieldError('room')}
          placeholder='如 301'
          maxlength={10}
          confirmType='done'
          onConfirm={() => void h.submit()}
        />
        {preview && (
          <View id='household-preview' className='meeting-state meeting-state--info'>
            <Text>{`您的住址：${preview}`}</Text>
          </View>
        )}
      </Card>

      {submitter.message(FIELDS) && <Notice tone='error'>{submitter.message(FIELDS) as string}</Notice>}
      <Text className='muted'>{HOUSEHOLD_MOVE_NOTE}</Text>
      <BigButton id='household-submit' loading={submitter.busy} onClick={() => void h.submit()}>
        确认登记
      </BigButton>
    </Screen>
  );
}
