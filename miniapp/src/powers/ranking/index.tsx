import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, hasPermission } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { EvaluationPeriodChips } from '@/components/powers/EvaluationPeriodChips';
import { EvaluationRankingTable } from '@/components/powers/EvaluationRankingTable';
import { useRanking } from '@/hooks/powers/useRanking';
import { useRoleSession } from '@/hooks/useRoleSession';
import { weightLabels } from '@/utils/powers/evaluation';
import './index.scss';

/**
 * 科室排名: the departments of a period ranked by the communities' scores and the measured data
 * (whistle report-in on time, dispatch completion on time, residents' satisfaction), the weights
 * shown; the street admin creates the quarter's period; export for the year-end review.
 */
export default function PowersRanking() {
  const { params } = useRouter();
  const wanted = Number(params.periodId) || null;
  const session = useRoleSession(PERMISSIONS['evaluation.ranking']);
  const r = useRanking(wanted, !!session, !!session && hasPermission(session.user.role, 'evaluation.managePeriods'));
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const data = r.ranking.data;
  return (
    <Screen className='ranking'>
      <Text className='title'>科室排名</Text>
      <Text className='muted'>社区考评得分与吹哨报到、派单办结、居民满意等实测数据加权排名，用于年终考核。</Text>
      <View className='spacer' />

      {r.offerCreate && (
        <View className='card ranking__create'>
          <Text>本季度尚未设立考评期。设立后，各社区书记即可为科室打分。</Text>
          {r.createError && <Notice tone='error'>{r.createError}</Notice>}
          <BigButton id='ranking-create-period' kind='secondary' loading={r.creating} onClick={() => void r.createPeriod()}>
            设立本季度考评期
          </BigButton>
        </View>
      )}

      {r.periods.loading && <Loading />}
      {r.periods.error && <ErrorBox error={r.periods.error} onRetry={() => void r.periods.reload()} />}
      {!r.periods.loading && !r.periods.error && r.periods.sorted.length === 0 && <Empty text='尚无考评期' />}

      {r.periods.sorted.length > 0 && (
        <View className='card'>
          <Text className='card__title ranking__label'>考评期</Text>
          <EvaluationPeriodChips periods={r.periods.sorted} value={r.periodId} onChange={r.choosePeriod} />
        </View>
      )}

      {r.periodId !== null && r.ranking.loading && !data && <Loading />}
      {r.ranking.error && <ErrorBox error={r.ranking.error} onRetry={() => void r.ranking.reload()} />}

      {data && (
        <>
          <View id='ranking-weights' className='card ranking__weights'>
            <Text className='card__title ranking__label'>计分权重</Text>
            <View className='ranking__weight-list'>
              {weightLabels(data.weights).map((w) => (
                <View key={w.measure} className='ranking__weight' data-measure={w.measure}>
                  <Text className='ranking__weight-pct'>{w.percent}</Text>
                  <Text className='ranking__weight-label'>{w.label}</Text>
                </View>
              ))}
            </View>
            <Text className='muted'>某项无数据（如本期未被吹哨）时记为“—”，不计入该科室总分，其余各项按权重折算。</Text>
          </View>

          {data.rows.length === 0 ? (
            <Empty text='本期暂无可排名的科室' />
          ) : (
            <View className='card ranking__table-card'>
              <View className='card__head'>
                <Text className='card__title'>{data.period.name}</Text>
                <Text className='muted'>共 {data.rows.length} 个科室</Text>
              </View>
              <EvaluationRankingTable rows={data.rows} />
              <Text className='muted ranking__scroll-hint'>表格可左右滑动查看各项得分</Text>
            </View>
          )}

          <View className='ranking__export'>
            {r.canExport ? (
              <>
                <BigButton id='ranking-export' kind='secondary' loading={r.exporting} onClick={() => void r.exportCsv()}>
                  导出排名（CSV）
                </BigButton>
                {r.exportError && <Notice tone='error'>{r.exportError}</Notice>}
                {r.download && (
                  <View className='ranking__download'>
                    <Text>已生成：</Text>
                    <a id='ranking-download' className='ranking__download-link' href={r.download.url} download={r.download.fileName}>
                      {r.download.fileName}
                    </a>
                  </View>
                )}
              </>
            ) : (
              <Text id='ranking-export' className='notice notice--info ranking__export-note'>
                导出排名表请在电脑浏览器中登录本系统，打开“科室排名”后点击“导出排名”。
              </Text>
            )}
          </View>
        </>
      )}
    </Screen>
  );
}
