import { Text, View } from '@tarojs/components';
import { hasPermission, type SurveyHeadline } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { routes } from '@/routes';
import { useSession } from '@/state/session';
import { openPage } from '@/utils/navigation';
import { headlineLine, statusLabel, surveyPeriod } from '@/utils/surveys/results';
import './surveys.scss';

/**
 * Beside the appeal ratings (指标): each door-to-door survey of the period with its first satisfaction
 * question's share, sample and ± margin (`#figures-survey-<id>`); staff who read results open it.
 */
export function SurveyHeadlines({ surveys }: { surveys: readonly SurveyHeadline[] | undefined }) {
  const session = useSession();
  if (!surveys?.length) return null;
  const canOpen = !!session && hasPermission(session.user.role, 'survey.results');
  return (
    <Card title='入户调查满意率' className='survey-headlines'>
      <View id='figures-surveys'>
        {surveys.map((h) => (
          <View
            key={h.surveyId}
            id={`figures-survey-${h.surveyId}`}
            className='survey-headline'
            data-n={h.n}
            data-share={h.share ?? ''}
            onClick={() => canOpen && openPage(routes.survey(h.surveyId))}
          >
            <Text className='survey-headline__title'>{h.title}</Text>
            <Text className='survey-headline__figure'>{headlineLine(h)}</Text>
            <Text className='measures-note'>{`${h.runBy.name} · ${surveyPeriod(h)} · ${statusLabel(h.status)}${h.questionText ? ` · ${h.questionText}` : ''}`}</Text>
          </View>
        ))}
      </View>
      <Text className='measures-note'>居民入户调查中“满意”与“基本满意”之和占回答户数的比例，±为95%置信度下的误差；与诉求评价的满意率分开计算。</Text>
    </Card>
  );
}
