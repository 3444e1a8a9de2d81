import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { EVALUATION_SCALE, PERMISSIONS } from '@lingjuli/shared';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { EvaluationPeriodChips } from '@/components/powers/EvaluationPeriodChips';
import { EvaluationScoreCard } from '@/components/powers/EvaluationScoreCard';
import { useEvaluationScoring } from '@/hooks/powers/useEvaluationScoring';
import { useRoleSession } from '@/hooks/useRoleSession';
import './index.scss';

/**
 * 考评权: the community secretary scores, each period, every department her community worked with
 * (whistles, dispatched appeals), 0–100, with an optional comment; one save per department.
 */
export default function PowersEvaluation() {
  const { params } = useRouter();
  const session = useRoleSession(PERMISSIONS['evaluation.score']);
  // Opened from her landing for the period the scores are due in.
  const s = useEvaluationScoring(!!session, Number(params.periodId) || null);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const { periods } = s;
  return (
    <Screen className='evaluation'>
      <Text className='title'>科室考评</Text>
      <Text className='muted'>
        为本期与社区有工作往来的街道科室打分（{EVALUATION_SCALE.min}–{EVALUATION_SCALE.max}分），考评分占科室年终排名的一半。
      </Text>
      <View className='spacer' />

      {periods.loading && <Loading />}
      {periods.error && <ErrorBox error={periods.error} onRetry={() => void periods.reload()} />}
      {!periods.loading && !periods.error && periods.sorted.length === 0 && <Empty text='街道尚未设立考评期，设立后即可评分' />}

      {periods.sorted.length > 0 && (
        <View className='card evaluation__periods'>
          <Text className='card__title'>考评期</Text>
          <EvaluationPeriodChips periods={periods.sorted} value={s.periodId} onChange={s.choosePeriod} />
        </View>
      )}

      {s.periodId !== null && (
        <>
          {s.departments.loading && <Loading />}
          {s.departments.error && <ErrorBox error={s.departments.error} onRetry={() => void s.departments.reload()} />}
          {!s.departments.loading && !s.departments.error && s.rows.length === 0 && <Empty text='本期社区没有向科室吹哨或派单的记录，无需评分' />}
          {s.rows.length > 0 && (
            <View id='evaluation-progress' className='evaluation__progress'>
              <Text>
                已评 {s.progress.scored} / {s.progress.total} 个科室
              </Text>
              {s.progress.scored === s.progress.total && <Text className='evaluation__done'>本期评分已完成</Text>}
            </View>
          )}
          {s.rows.length > 0 && (
            <Notice tone='info'>
              每个科室下列出它本期对本社区的报到、办结和居民评价，供打分参考；可点选常用分值或直接输入，每个科室单独保存，保存后仍可修改。
            </Notice>
          )}
          {s.rows.map((row) => {
            const id = row.department.id;
            return (
              <EvaluationScoreCard
                key={id}
                row={row}
                draft={s.drafts[id] ?? { score: '', comment: '' }}
                onChange={(patch) => s.change(id, patch)}
                onSave={() => void s.save(id)}
                busy={!!s.states[id]?.busy}
                error={s.states[id]?.error}
                dirty={s.dirty(row)}
              />
            );
          })}
        </>
      )}
    </Screen>
  );
}
