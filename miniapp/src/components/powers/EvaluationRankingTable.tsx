import { ScrollView, Text, View } from '@tarojs/components';
import { RANKING_MEASURE_LABELS, type RankedDepartment } from '@lingjuli/shared';
import { MEASURES, formatMeasure } from '@/utils/powers/evaluation';

/**
 * The department ranking as a table that scrolls sideways on a phone: rank, department, total and
 * each measure (— where there was no data). Rows are `.ranking-row[data-id=departmentId]`.
 */
export function EvaluationRankingTable({ rows }: { rows: readonly RankedDepartment[] }) {
  return (
    <ScrollView scrollX className='ranking-table' id='ranking-table'>
      <View className='ranking-table__inner'>
        <View className='ranking-row ranking-row--head'>
          <Text className='ranking-cell ranking-cell--rank'>排名</Text>
          <Text className='ranking-cell ranking-cell--name'>科室</Text>
          <Text className='ranking-cell ranking-cell--total'>综合得分</Text>
          {MEASURES.map((m) => (
            <Text key={m} className='ranking-cell ranking-cell--measure'>
              {RANKING_MEASURE_LABELS[m]}
            </Text>
          ))}
        </View>
        {rows.map((r) => (
          <View
            key={r.departmentId}
            className={`ranking-row ${r.rank <= 3 ? `ranking-row--top ranking-row--top${r.rank}` : ''}`}
            data-id={String(r.departmentId)}
            data-rank={String(r.rank)}
          >
            <Text className='ranking-cell ranking-cell--rank'>{r.rank}</Text>
            <Text className='ranking-cell ranking-cell--name'>{r.departmentName}</Text>
            <Text className='ranking-cell ranking-cell--total'>{formatMeasure(r.total)}</Text>
            {MEASURES.map((m) => (
              <Text key={m} className={`ranking-cell ranking-cell--measure ranking-cell--${m}`}>
                {formatMeasure(r.measures[m])}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
