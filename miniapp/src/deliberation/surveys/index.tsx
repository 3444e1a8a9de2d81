import { Text } from '@tarojs/components';
import { ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Chips } from '@/components/Chips';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { SurveyRow } from '@/components/surveys/SurveyRow';
import { useSurveys } from '@/hooks/surveys/useSurveys';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import { SURVEY_FILTERS, SURVEY_STAFF_ROLES } from '@/utils/surveys/list';
import '@/components/surveys/surveys.scss';

/**
 * 入户调查: the surveys of her scope with their status and progress (n / target per community);
 * ＋ 发起入户调查 for a community's staff (their own community) and the street (any or all communities).
 */
export default function DeliberationSurveys() {
  const session = useRoleSession(SURVEY_STAFF_ROLES);
  const v = useSurveys(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  return (
    <Screen className='surveys'>
      <Text className='title'>入户调查</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <Text className='survey-intro'>民情专员和社区干部上门入户，在手机上录入每一户的回答；这里看各社区的进度、满意率和误差。</Text>
      {v.canCreate && (
        <BigButton id='surveys-new' onClick={() => openPage(routes.surveyEdit())}>
          ＋ 发起入户调查
        </BigButton>
      )}
      <Chips idPrefix='surveys-filter' choices={SURVEY_FILTERS} value={v.filter} onChange={v.setFilter} />
      {v.loading && !v.rows.length && <Loading />}
      {v.error && <ErrorBox error={v.error} onRetry={() => void v.reload()} />}
      {!v.loading && !v.error && v.rows.length === 0 && <Empty text='还没有入户调查' />}
      {v.rows.map((s) => (
        <SurveyRow key={s.id} survey={s} results={v.progress[s.id]} onOpen={(id) => openPage(routes.survey(id))} />
      ))}
    </Screen>
  );
}
