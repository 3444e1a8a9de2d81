import { MEASURE_DEFINITIONS, type CommunityOverviewRow } from '@lingjuli/shared';
import { ExportButton } from '@/components/measures/ExportButton';
import { communityRanking } from '@/utils/measures/exports';
import { DataTable, type DataColumn } from '@/components/desk/DataTable';
import { Sparkline } from '@/components/desk/measures/Sparkline';
import { Screen } from '@/components/Screen';
import { useOverview } from '@/hooks/measures/useOverview';
import { routes } from '@/routes';
import { formatRate, formatScore, monthLabel, rankChange, weightsLine } from '@/utils/measures/format';
import { openPage } from '@/utils/navigation';
import './measures-desk.scss';

const rate = (key: 'responseRate' | 'resolutionRate' | 'satisfactionRate'): DataColumn<CommunityOverviewRow> => ({
  key,
  title: MEASURE_DEFINITIONS[key].label,
  hint: MEASURE_DEFINITIONS[key].definition,
  sortable: true,
  width: '88px',
  cell: (r) => <span className='desk-figure'>{formatRate(r.rates[key])}</span>,
});

const COLUMNS: DataColumn<CommunityOverviewRow>[] = [
  {
    key: 'rank',
    title: '排名',
    hint: '按综合得分排名，并列同名次；无数据的社区不排名',
    sortable: true,
    width: '72px',
    cell: (r) => <span className='desk-rank'>{r.rank ?? '—'}</span>,
  },
  {
    key: 'rankChange',
    title: '较上月',
    hint: '名次较上月的变化：▲上升，▼下降',
    sortable: true,
    width: '80px',
    cell: (r) => {
      const change = rankChange(r.rankChange);
      return <span className={`desk-change desk-change--${change.tone}`}>{change.text}</span>;
    },
  },
  { key: 'community', title: '社区', sortable: true, width: '120px', cell: (r) => r.communityName },
  rate('responseRate'),
  rate('resolutionRate'),
  rate('satisfactionRate'),
  {
    key: 'composite',
    title: MEASURE_DEFINITIONS.composite.label,
    hint: MEASURE_DEFINITIONS.composite.definition,
    sortable: true,
    width: '88px',
    cell: (r) => <strong className='desk-figure'>{formatScore(r.composite)}</strong>,
  },
  { key: 'ratings', title: '评价数', hint: '本月的居民评价（含电话回访）', sortable: true, width: '72px', cell: (r) => r.ratings },
  { key: 'open', title: '在办', hint: '当前未办结的诉求', sortable: true, width: '64px', cell: (r) => r.open },
  {
    key: 'overdue',
    title: '超时',
    hint: '在办诉求中已过时限仍未按要求响应的',
    sortable: true,
    width: '64px',
    cell: (r) => <span className={r.overdue > 0 ? 'desk-overdue' : ''}>{r.overdue}</span>,
  },
  {
    key: 'trend',
    title: '近12个月',
    hint: '综合得分逐月走势；按全年升降排序',
    sortable: true,
    width: '120px',
    cell: (r) => <Sparkline trend={r.trend} />,
  },
];

/** 社区总览 at the desk: the communities of a month as a table, every column sortable, a row opening that community's queue. */
export function OverviewDesk({
  enabled,
  month,
  months,
  onMonth,
}: {
  enabled: boolean;
  month: string;
  months: readonly string[];
  onMonth: (m: string) => void;
}) {
  const { overview, table: t } = useOverview(month, enabled);
  const data = overview.data;
  const ranked = data?.communities.filter((c) => c.rank !== null).length ?? 0;

  return (
    <Screen className='desk-screen measures-desk'>
      <div className='measures-desk__bar'>
        <label className='measures-desk__month'>
          <span>月份</span>
          <select id='overview-month' value={month} onChange={(e) => onMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </select>
        </label>
        {data && (
          <span id='overview-weights' className='measures-desk__weights'>
            {weightsLine(data.settings)}
          </span>
        )}
        <ExportButton id='export-ranking' file={communityRanking(month)} />
      </div>
      <DataTable
        id='desk-overview'
        columns={COLUMNS}
        rows={t.rows}
        rowKey={(r) => r.communityId}
        sort={t.sort}
        onSort={t.toggleSort}
        onRowClick={(r) => openPage(routes.communityQueue(r.communityId, month))}
        search={{ value: t.search, onChange: t.setSearch, placeholder: '搜索社区' }}
        summary={data && `${monthLabel(data.month)} · ${data.communities.length} 个社区，${ranked} 个有数据参与排名 · 点击社区查看其诉求`}
        loading={overview.loading}
        error={overview.error}
        onRetry={() => void overview.reload()}
        empty={data ? '没有符合条件的社区' : '暂无数据'}
      />
      <div id='overview-definitions' className='measures-desk__notes'>
        {(['responseRate', 'resolutionRate', 'satisfactionRate', 'composite'] as const).map((k) => (
          <p key={k}>
            <strong>{MEASURE_DEFINITIONS[k].label}</strong>：{MEASURE_DEFINITIONS[k].definition}
          </p>
        ))}
        <p>“—”表示该月没有可计算的数据（如无评价），排序时排在最后。</p>
      </div>
    </Screen>
  );
}
