import { Text, View } from '@tarojs/components';
import { MEASURE_DEFINITIONS, PERMISSIONS, type CommunityOverviewRow } from '@lingjuli/shared';
import { Chips } from '@/components/Chips';
import { OverviewDesk } from '@/components/desk/measures/MeasuresDesks';
import { MonthPicker } from '@/components/measures/MonthPicker';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { useDeskLayout } from '@/hooks/desk/useDeskLayout';
import { useMonth } from '@/hooks/measures/useMonth';
import { useOverview } from '@/hooks/measures/useOverview';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import type { TableSort } from '@/utils/desk/table';
import { formatRate, formatScore, rankChange, weightsLine } from '@/utils/measures/format';
import { openPage } from '@/utils/navigation';
import '@/components/measures/measures.scss';

/**
 * 社区总览: the communities of the street (or the grid secretary's grid) for a month — rank and its
 * change, the three rates, the composite, ratings, open and overdue appeals. At a PC a sortable
 * table; on a phone cards in the order chosen. A community opens its queue.
 */
export default function MeasuresOverview() {
  const session = useRoleSession(PERMISSIONS['measures.overview']);
  const { month, setMonth, months } = useMonth();
  const desk = useDeskLayout();
  if (desk) return <OverviewDesk enabled={!!session} month={month} months={months} onMonth={setMonth} />;
  return <PhoneOverview enabled={!!session} month={month} months={months} onMonth={setMonth} />;
}

const ORDERS: { key: string; label: string; sort: TableSort }[] = [
  { key: 'rank', label: '按排名', sort: { key: 'rank', direction: 'asc' } },
  { key: 'satisfaction', label: '满意率低的在前', sort: { key: 'satisfactionRate', direction: 'asc' } },
  { key: 'overdue', label: '超时多的在前', sort: { key: 'overdue', direction: 'desc' } },
];

function PhoneOverview({ enabled, month, months, onMonth }: { enabled: boolean; month: string; months: readonly string[]; onMonth: (m: string) => void }) {
  const { overview, table } = useOverview(month, enabled);
  const data = overview.data;
  const order = ORDERS.find((o) => o.sort.key === table.sort?.key && o.sort.direction === table.sort?.direction)?.key ?? 'rank';
  const choose = (key: string) => table.setSort(ORDERS.find((o) => o.key === key)!.sort);

  return (
    <Screen className='measures'>
      <Text className='title'>社区总览</Text>
      <View className='measures-toolbar'>
        <MonthPicker id='overview-month' month={month} months={months} onChange={onMonth} />
        <Chips idPrefix='overview-order' choices={ORDERS.map((o) => ({ key: o.key, label: o.label }))} value={order} onChange={choose} />
      </View>
      {overview.loading && !data && <Loading />}
      {overview.error && <ErrorBox error={overview.error} onRetry={() => void overview.reload()} />}
      {data && data.communities.length === 0 && <Empty text='暂无社区' />}
      {table.rows.map((row) => (
        <CommunityCard key={row.communityId} row={row} month={month} />
      ))}
      {data && (
        <View className='card'>
          <Text className='measures-note'>{weightsLine(data.settings)}</Text>
          {(['responseRate', 'resolutionRate', 'satisfactionRate'] as const).map((k) => (
            <Text key={k} className='measures-note'>
              {MEASURE_DEFINITIONS[k].label}：{MEASURE_DEFINITIONS[k].definition}
            </Text>
          ))}
        </View>
      )}
    </Screen>
  );
}

function CommunityCard({ row, month }: { row: CommunityOverviewRow; month: string }) {
  const change = rankChange(row.rankChange);
  return (
    <View className='card overview-card' data-id={row.communityId} onClick={() => openPage(routes.communityQueue(row.communityId, month))}>
      <View className='overview-card__head'>
        <Text className='overview-card__rank'>{row.rank ?? '—'}</Text>
        <Text className='overview-card__name'>{row.communityName}</Text>
        <Text className={`overview-card__change--${change.tone}`}>{change.text}</Text>
      </View>
      <View className='overview-card__rates'>
        <Text>综合 {formatScore(row.composite)}</Text>
        <Text>响应 {formatRate(row.rates.responseRate)}</Text>
        <Text>解决 {formatRate(row.rates.resolutionRate)}</Text>
        <Text>满意 {formatRate(row.rates.satisfactionRate)}</Text>
        <Text className='muted'>
          评价 {row.ratings} · 在办 {row.open} · 超时 {row.overdue}
        </Text>
      </View>
      <View className='overview-card__links'>
        <Text>查看诉求 ›</Text>
        <Text
          onClick={(e) => {
            e.stopPropagation();
            openPage(routes.measures({ scope: 'community', id: row.communityId }));
          }}
        >
          指标 ›
        </Text>
      </View>
    </View>
  );
}
