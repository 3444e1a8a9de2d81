import { Picker, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import {
  LEVELS,
  LEVEL_LABELS,
  MEASURE_DEFINITIONS,
  MEASURE_SCOPES,
  PERMISSIONS,
  RATES,
  TIER_LABELS,
  hasPermission,
  type MeasureScopeKind,
  type MeasureSource,
  type ScopeMeasures,
} from '@lingjuli/shared';
import { useMemo, useState, type ReactNode } from 'react';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { FigureTile } from '@/components/measures/FigureTile';
import { SurveyHeadlines } from '@/components/surveys/SurveyHeadlines';
import { MonthPicker } from '@/components/measures/MonthPicker';
import { ParticipationCard } from '@/components/measures/ParticipationCard';
import { TrendChart } from '@/components/measures/TrendChart';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { useMonth } from '@/hooks/measures/useMonth';
import { useScopeFigures } from '@/hooks/measures/useScopeFigures';
import { useQuery } from '@/hooks/useQuery';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { againstMedian, formatMinutes, formatPerLiaison, formatRate, formatScore, monthLabel, weightsLine } from '@/utils/measures/format';
import { scopeChoices } from '@/utils/measures/scope';
import { hasTrendData } from '@/utils/measures/trend';
import { openPage } from '@/utils/navigation';
import '@/components/measures/measures.scss';

/** All appeals, or the 12345 work orders alone: the street as the city's 接诉即办 judges it. */
const SOURCE_CHOICES = [
  { key: 'all', label: '全部诉求' },
  { key: 'city12345', label: '仅12345工单' },
] as const;

/**
 * 指标: one scope's measures for a month (a community secretary's community by default): the three
 * rates and the composite against the street's median, twelve months as a chart, the tiers'
 * on-time rates and median times, where appeals closed, the shares found by liaisons and from
 * 12345, liaison participation, and the residents' part in the deliberation hall — each with its definition.
 */
export default function MeasuresFigures() {
  const session = useRoleSession(PERMISSIONS['measures.read']);
  const { params } = useRouter();
  const { month, setMonth, months } = useMonth();
  const [scope, setScope] = useState<{ kind?: MeasureScopeKind; id?: number | null }>(() => ({
    kind: MEASURE_SCOPES.includes(params.scope as MeasureScopeKind) ? (params.scope as MeasureScopeKind) : undefined,
    id: Number(params.id) || null,
  }));
  const user = session?.user ?? null;
  const [source, setSource] = useState<MeasureSource>(params.source === 'city12345' ? 'city12345' : 'all');
  const { figures, trend } = useScopeFigures(user, { ...scope, month, source });
  const communities = useQuery(() => (user && hasPermission(user.role, 'measures.overview') ? api.org.communities() : Promise.resolve([])), [user?.id]);
  const choices = useMemo(() => (user ? scopeChoices(user, communities.data ?? []) : []), [user, communities.data]);
  const data = figures.data;
  const chosen = data ? choices.findIndex((c) => c.kind === data.scope.kind && c.id === data.scope.id) : -1;

  return (
    <Screen className='measures'>
      <Text className='title'>指标{data ? ` · ${data.scope.name}` : ''}</Text>
      <View className='measures-toolbar'>
        <MonthPicker id='figures-month' month={month} months={months} onChange={setMonth} />
        <Chips idPrefix='figures-source' choices={SOURCE_CHOICES} value={source} onChange={setSource} />
        {choices.length > 0 && (
          <Picker
            mode='selector'
            range={choices.map((c) => c.label)}
            value={Math.max(0, chosen)}
            onChange={(e) => {
              const c = choices[Number(e.detail.value)];
              setScope({ kind: c.kind, id: c.id });
            }}
          >
            <View id='figures-scope' className='picker measures-month'>
              <Text>{chosen >= 0 ? choices[chosen].label : (data?.scope.name ?? '范围')}</Text>
              <Text className='measures-month__arrow'>▾ 换范围</Text>
            </View>
          </Picker>
        )}
      </View>

      {figures.loading && !data && <Loading />}
      {figures.error && <ErrorBox error={figures.error} onRetry={() => void figures.reload()} />}
      {data && (
        <Figures
          data={data}
          month={month}
          chart={
            <Card title='近12个月走势' className='measures-chart-card'>
              {trend.loading && !trend.data && <Loading text='正在读取各月数据…' />}
              {trend.error && <ErrorBox error={trend.error} onRetry={() => void trend.reload()} />}
              {trend.data &&
                (hasTrendData(trend.data) ? <TrendChart id='figures-chart' trend={trend.data} /> : <Text className='muted'>近12个月暂无数据</Text>)}
              <Text className='measures-note'>三率以百分比计，综合得分满分100，同一坐标轴；某月无数据处断开。</Text>
            </Card>
          }
        />
      )}

      {data && data.scope.kind !== 'department' && (
        <Text id='figures-hot-spots' className='measures-note measures-link' onClick={() => openPage(routes.hotSpots())}>
          重复诉求与每月一题候选 ›
        </Text>
      )}
    </Screen>
  );
}

/** The figures of the month: the rates and composite in large type, the chart (`chart`), then the details. */
function Figures({ data, month, chart }: { data: ScopeMeasures; month: string; chart: ReactNode }) {
  const median = data.streetMedian;
  const medianOf = (value: number | null, m: number | null, unit: 'rate' | 'score') => {
    if (!median) return undefined;
    const against = againstMedian(value, m, unit);
    const shown = unit === 'rate' ? formatRate(m) : formatScore(m);
    return against ? { value: shown, ...against } : { value: shown, text: null };
  };

  return (
    <>
      <Text className='muted'>
        {monthLabel(month)} · {weightsLine(data.settings)}
      </Text>
      <View className='spacer' />
      <View id='figures-rates' className='figure-grid'>
        {RATES.map((key) => (
          <FigureTile
            key={key}
            id={`figure-${key}`}
            label={MEASURE_DEFINITIONS[key].label}
            value={formatRate(data.rates[key])}
            definition={MEASURE_DEFINITIONS[key].definition}
            median={median ? medianOf(data.rates[key], median.rates[key], 'rate') : undefined}
          />
        ))}
        <FigureTile
          id='figure-composite'
          label={MEASURE_DEFINITIONS.composite.label}
          value={formatScore(data.composite)}
          definition={MEASURE_DEFINITIONS.composite.definition}
          median={median ? medianOf(data.composite, median.composite, 'score') : undefined}
        />
      </View>
      <SurveyHeadlines surveys={data.surveys} />

      {chart}

      <Card title='分级办理时效'>
        <View id='figures-tiers' className='measures-table'>
          <View className='measures-row measures-row--head'>
            <Text className='measures-cell measures-cell--name'>级别</Text>
            <Text className='measures-cell measures-cell--num'>到期时限</Text>
            <Text className='measures-cell measures-cell--num'>{MEASURE_DEFINITIONS.onTime.label}</Text>
            <Text className='measures-cell measures-cell--num'>首次响应中位用时</Text>
            <Text className='measures-cell measures-cell--num'>办结中位用时</Text>
          </View>
          {data.byTier.map((t) => (
            <View key={t.tier} className='measures-row' data-tier={t.tier}>
              <Text className='measures-cell measures-cell--name'>{TIER_LABELS[t.tier]}</Text>
              <Text className='measures-cell measures-cell--num'>
                {t.deadlinesMet}/{t.deadlinesDue}
              </Text>
              <Text className='measures-cell measures-cell--num'>{formatRate(t.onTimeRate)}</Text>
              <Text className='measures-cell measures-cell--num'>{formatMinutes(t.medianFirstResponseMinutes)}</Text>
              <Text className='measures-cell measures-cell--num'>{formatMinutes(t.medianResolutionMinutes)}</Text>
            </View>
          ))}
        </View>
        {(['onTime', 'firstResponse', 'resolution'] as const).map((k) => (
          <Text key={k} className='measures-note'>
            {MEASURE_DEFINITIONS[k].label}：{MEASURE_DEFINITIONS[k].definition}
          </Text>
        ))}
      </Card>

      <Card title={MEASURE_DEFINITIONS.whereClosed.label}>
        <View id='figures-where-closed' className='measures-shares'>
          {LEVELS.map((level) => (
            <View key={level} className='measures-share'>
              <Text className='measures-share__value'>{formatRate(data.whereClosed[level])}</Text>
              <Text className='measures-share__label'>{level === 'street' ? '街道' : LEVEL_LABELS[level]}办结</Text>
            </View>
          ))}
        </View>
        <Text className='measures-note'>{MEASURE_DEFINITIONS.whereClosed.definition}</Text>
      </Card>

      <Card title='诉求来源'>
        <View id='figures-sources' className='measures-shares'>
          <View className='measures-share'>
            <Text className='measures-share__value'>{formatRate(data.proactiveShare)}</Text>
            <Text className='measures-share__label'>{MEASURE_DEFINITIONS.proactiveShare.label}</Text>
          </View>
          <View className='measures-share'>
            <Text className='measures-share__value'>{formatRate(data.city12345Share)}</Text>
            <Text className='measures-share__label'>{MEASURE_DEFINITIONS.city12345Share.label}</Text>
          </View>
          <View className='measures-share'>
            <Text id='figures-filed' className='measures-share__value' data-source={data.source}>
              {data.counts.filed}
            </Text>
            <Text className='measures-share__label'>{data.source === 'city12345' ? '本期受理12345工单' : '本期受理诉求'}</Text>
          </View>
        </View>
        <Text className='measures-note'>
          {MEASURE_DEFINITIONS.proactiveShare.label}：{MEASURE_DEFINITIONS.proactiveShare.definition}
        </Text>
        <Text className='measures-note'>
          {MEASURE_DEFINITIONS.city12345Share.label}：{MEASURE_DEFINITIONS.city12345Share.definition}
        </Text>
      </Card>

      {data.liaisons && (
        <Card title={MEASURE_DEFINITIONS.liaisons.label}>
          <View id='figures-liaisons' className='measures-shares'>
            <View className='measures-share'>
              <Text className='measures-share__value'>{data.liaisons.activeLiaisons}</Text>
              <Text className='measures-share__label'>在岗专员</Text>
            </View>
            <View className='measures-share'>
              <Text className='measures-share__value'>{data.liaisons.reports}</Text>
              <Text className='measures-share__label'>主动上报（人均 {formatPerLiaison(data.liaisons.reportsPerLiaison)}）</Text>
            </View>
            <View className='measures-share'>
              <Text className='measures-share__value'>{data.liaisons.visits}</Text>
              <Text className='measures-share__label'>上门反馈（人均 {formatPerLiaison(data.liaisons.visitsPerLiaison)}）</Text>
            </View>
          </View>
          <Text className='measures-note'>{MEASURE_DEFINITIONS.liaisons.definition}</Text>
        </Card>
      )}

      {data.participation && <ParticipationCard participation={data.participation} />}
    </>
  );
}
