import { Text, View } from '@tarojs/components';
import { CATEGORY_INFO, MEASURE_DEFINITIONS, PERMISSIONS, formatShanghaiDateTime, hasPermission, type HotSpot } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { MonthPicker } from '@/components/measures/MonthPicker';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { useHotSpots, type VisitState } from '@/hooks/measures/useHotSpots';
import { useMonth } from '@/hooks/measures/useMonth';
import { useRoleSession } from '@/hooks/useRoleSession';
import { hotSpotKey } from '@/utils/measures/hot-spots';
import '@/components/measures/measures.scss';

/**
 * 重复诉求: the same building and category again and again within 90 days, each with 「派民情专员走访」
 * — a liaison visits before the next appeal comes (from 接诉即办 to 未诉即办) — and the categories
 * that grew this month, candidates for 每月一题.
 */
export default function MeasuresHotSpots() {
  const session = useRoleSession(PERMISSIONS['measures.read']);
  const { month, setMonth, months } = useMonth();
  const h = useHotSpots(!!session, month);
  const canSend = !!session && hasPermission(session.user.role, 'visitTask.create');
  const spots = h.hotSpots.data;

  return (
    <Screen className='measures'>
      <Text className='title'>重复诉求</Text>
      <Text className='muted'>{MEASURE_DEFINITIONS.hotSpots.definition}（不含不予受理的）。派民情专员上门走访，把“接诉即办”变成“未诉即办”。</Text>
      <View className='spacer' />

      <Card title={`${MEASURE_DEFINITIONS.hotSpots.label}（近90天）`}>
        {h.hotSpots.loading && !spots && <Loading />}
        {h.hotSpots.error && <ErrorBox error={h.hotSpots.error} onRetry={() => void h.hotSpots.reload()} />}
        {spots && spots.length === 0 && <Empty text='近90天没有重复诉求' />}
        {spots && spots.length > 0 && (
          <View id='hot-spots' className='measures-table'>
            <View className='measures-row measures-row--head'>
              <Text className='measures-cell measures-cell--name'>社区 · 楼栋</Text>
              <Text className='measures-cell'>类别</Text>
              <Text className='measures-cell measures-cell--num'>次数</Text>
              <Text className='measures-cell measures-cell--num'>最近一次</Text>
              {canSend && <Text className='measures-cell measures-cell--action'>走访</Text>}
            </View>
            {spots.map((spot) => (
              <HotSpotRow key={hotSpotKey(spot)} spot={spot} canSend={canSend} visit={h.visits[hotSpotKey(spot)]} onSend={() => void h.sendLiaison(spot)} />
            ))}
          </View>
        )}
      </Card>

      <Card title={`${MEASURE_DEFINITIONS.growingCategories.label}（每月一题候选）`}>
        <MonthPicker id='growing-month' month={month} months={months} onChange={setMonth} />
        {h.growing.loading && !h.growing.data && <Loading />}
        {h.growing.error && <ErrorBox error={h.growing.error} onRetry={() => void h.growing.reload()} />}
        {h.growing.data && h.growing.data.length === 0 && <Empty text='本月没有比上月增加的类别' />}
        {h.growing.data && h.growing.data.length > 0 && (
          <View id='growing-categories' className='measures-table'>
            <View className='measures-row measures-row--head'>
              <Text className='measures-cell measures-cell--name'>类别</Text>
              <Text className='measures-cell measures-cell--num'>本月</Text>
              <Text className='measures-cell measures-cell--num'>上月</Text>
              <Text className='measures-cell measures-cell--num'>增加</Text>
            </View>
            {h.growing.data.map((g) => (
              <View key={g.category} className='measures-row' data-category={g.category}>
                <Text className='measures-cell measures-cell--name'>{CATEGORY_INFO[g.category].label}</Text>
                <Text className='measures-cell measures-cell--num'>{g.thisMonth}</Text>
                <Text className='measures-cell measures-cell--num'>{g.lastMonth}</Text>
                <Text className='measures-cell measures-cell--num'>+{g.increase}</Text>
              </View>
            ))}
          </View>
        )}
        <Text className='measures-note'>{MEASURE_DEFINITIONS.growingCategories.definition}</Text>
      </Card>
    </Screen>
  );
}

function HotSpotRow({ spot, canSend, visit, onSend }: { spot: HotSpot; canSend: boolean; visit: VisitState | undefined; onSend: () => void }) {
  return (
    <View className='measures-row hot-spot' data-building={spot.buildingId} data-category={spot.category}>
      <Text className='measures-cell measures-cell--name'>
        {spot.communityName} · {spot.buildingName}
      </Text>
      <Text className='measures-cell'>{CATEGORY_INFO[spot.category].label}</Text>
      <Text className='measures-cell measures-cell--num'>{spot.appeals}</Text>
      <Text className='measures-cell measures-cell--num'>{formatShanghaiDateTime(new Date(spot.lastReceivedAt))}</Text>
      {canSend && (
        <View className='measures-cell measures-cell--action'>
          {visit && !visit.busy && 'label' in visit ? (
            <Text className='visit-done hot-spot__outcome'>{visit.label}</Text>
          ) : (
            <Text className={`visit-button hot-spot__send ${visit?.busy ? 'visit-button--busy' : ''}`} onClick={visit?.busy ? undefined : onSend}>
              {visit?.busy ? '派单中…' : '派民情专员走访'}
            </Text>
          )}
          {visit && !visit.busy && 'error' in visit && <Text className='visit-error'>{visit.error}</Text>}
        </View>
      )}
    </View>
  );
}
