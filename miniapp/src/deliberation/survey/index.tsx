import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { ExportButton } from '@/components/measures/ExportButton';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { QuestionResult } from '@/components/surveys/QuestionResult';
import { SampleProgress } from '@/components/surveys/SampleProgress';
import { useSurveyResults } from '@/hooks/surveys/useSurveyResults';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import { SURVEY_STAFF_ROLES, surveyWhere } from '@/utils/surveys/list';
import { MARGIN_CHOICES, STATUS_TONES, statusLabel, surveyPeriod } from '@/utils/surveys/results';
import '@/components/surveys/surveys.scss';

const TAG_TONES = { ok: 'ok', warning: 'warning', closed: 'plain' } as const;
const MARGINS = MARGIN_CHOICES.map((m) => ({ key: m, label: `±${m}个百分点` }));

/**
 * 调查结果: the survey, its progress toward the target (per community for the street) and the sample a
 * ±n-point margin needs; per question the shares as bars with counts, the margin and the Wilson
 * interval in words; 下载结果 .xlsx; 提前结束 for its runner; 录入 for a community's staff. Never for
 * liaisons (they enter answers, they do not read them).
 */
export default function DeliberationSurvey() {
  const id = Number(useRouter().params.id) || 0;
  const session = useRoleSession(SURVEY_STAFF_ROLES);
  const r = useSurveyResults(session, id);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const data = r.data;
  const s = data?.survey;
  const scopeChoices = [{ key: 0, label: '合计' }, ...r.places.map((c) => ({ key: c.communityId, label: c.communityName }))];

  return (
    <Screen className='survey-results'>
      {r.results.loading && !data && <Loading />}
      {r.results.error && <ErrorBox error={r.results.error} onRetry={() => void r.results.reload()} />}
      {s && data && (
        <>
          <View className='survey-head__tags'>
            <Tag tone={TAG_TONES[STATUS_TONES[s.status]]}>{statusLabel(s.status)}</Tag>
            <Text className='survey-head__line'>{surveyWhere(s)}</Text>
          </View>
          <Text id='survey-title' className='title' data-status={s.status}>
            {s.title}
          </Text>
          <Text className='survey-head__line'>{`${surveyPeriod(s)} · 每社区目标 ${s.targetSampleSize} 户`}</Text>
          {s.closedAt && <Text className='survey-head__line'>{`已于 ${formatShanghaiDateTime(new Date(s.closedAt))} 提前结束`}</Text>}
          <Text className='survey-head__line'>{`调查目的：${s.purpose}`}</Text>

          {s.actions.includes('enter') && (
            <BigButton id='survey-enter' onClick={() => openPage(routes.liaisonSurvey(s.id))}>
              上门录入
            </BigButton>
          )}
          {r.exportFile && <ExportButton id='survey-export' file={r.exportFile} />}
          <View className='spacer' />

          <View className='survey-toolbar'>
            {r.places.length > 1 && (
              <>
                <Text className='survey-toolbar__label'>看哪个社区</Text>
                <Chips idPrefix='survey-scope' choices={scopeChoices} value={r.communityId ?? 0} onChange={(k) => r.setCommunityId(k === 0 ? null : k)} />
              </>
            )}
            <Text className='survey-toolbar__label'>按多大误差估算所需样本</Text>
            <Chips idPrefix='survey-margin' choices={MARGINS} value={r.marginPoints} onChange={r.setMarginPoints} />
          </View>

          <Card title='样本进度'>
            <SampleProgress
              id='survey-progress'
              name={data.communities.length > 1 ? '合计' : undefined}
              sample={data.overall}
              marginPoints={data.targetMarginPoints}
            />
            {data.communities.length > 1 &&
              data.communities.map((c) => (
                <SampleProgress
                  key={c.communityId}
                  id={`survey-community-${c.communityId}`}
                  name={c.communityName}
                  sample={c}
                  marginPoints={data.targetMarginPoints}
                />
              ))}
            <Text className='muted'>所需户数按最保守的情况（满意率50%）估算；知道社区总户数时已做有限总体校正。</Text>
          </Card>

          {data.questions.map((q) => (
            <QuestionResult key={q.questionId} q={q} showCommunities={r.communityId === null} />
          ))}
          <Text className='muted'>
            满意率为“满意”与“基本满意”之和占回答户数的比例；误差为95%置信度下的误差范围，区间用威尔逊（Wilson）方法计算，满意率接近100%时也可靠。
          </Text>

          {s.actions.includes('close') && (
            <>
              {r.closeError && <Notice tone='error'>{r.closeError}</Notice>}
              <BigButton id='survey-close' kind='danger' loading={r.closing} onClick={() => void r.close()}>
                提前结束调查
              </BigButton>
            </>
          )}
        </>
      )}
    </Screen>
  );
}
