import { Text, View } from '@tarojs/components';
import { SURVEY_QUESTION_TYPE_LABELS, formatShanghaiDateTime, formatShareWithMargin, type SurveyQuestionResult } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { ShareBars } from '@/components/surveys/ShareBars';
import { headlineWords, wilsonWords } from '@/utils/surveys/results';
import './surveys.scss';

/**
 * One question's results (`#survey-result-q<position>`): for a choice question the headline in words
 * (满意率 95.2%，误差 ±3.0 个百分点（95% 置信）, `#survey-headline-q<position>`), the Wilson interval in
 * words, the bars, and — for several communities — each one's line; for a text question the words, masked.
 */
export function QuestionResult({ q, showCommunities }: { q: SurveyQuestionResult; showCommunities: boolean }) {
  const head = `第${q.position}题 · ${SURVEY_QUESTION_TYPE_LABELS[q.type]}`;
  if (q.type === 'text' || !q.overall) {
    return (
      <Card title={head} className='survey-result'>
        <View id={`survey-result-q${q.position}`} data-type={q.type}>
          <Text className='survey-result__question'>{q.text}</Text>
          <Text className='muted'>{`共 ${q.textCount} 条文字回答${q.textCount > q.texts.length ? `，显示最新 ${q.texts.length} 条` : ''}（已隐去电话、姓名等个人信息）`}</Text>
          {q.texts.map((t, i) => (
            <View key={i} className='survey-text'>
              <Text className='survey-text__words'>{t.text}</Text>
              <Text className='survey-text__meta'>{`${t.communityName} · ${formatShanghaiDateTime(new Date(t.interviewedAt))}`}</Text>
            </View>
          ))}
        </View>
      </Card>
    );
  }
  const type = q.type;
  const wilson = wilsonWords(type, q.overall);
  return (
    <Card title={head} className='survey-result'>
      <View id={`survey-result-q${q.position}`} data-type={q.type} data-n={q.overall.n}>
        <Text className='survey-result__question'>{q.text}</Text>
        <Text id={`survey-headline-q${q.position}`} className='survey-result__headline' data-share={q.overall.share ?? ''}>
          {headlineWords(type, q.overall)}
        </Text>
        {wilson && <Text className='survey-result__wilson'>{wilson}</Text>}
        <Text className='muted'>{`共 ${q.overall.n} 户回答`}</Text>
        <ShareBars idPrefix={`survey-bar-q${q.position}`} type={type} tally={q.overall} />
        {showCommunities && q.byCommunity.length > 1 && (
          <View className='survey-result__communities'>
            {q.byCommunity.map((c) => (
              <View key={c.communityId} className='survey-result__community' data-community={c.communityId}>
                <Text className='survey-result__community-name'>{c.communityName}</Text>
                <Text className='survey-result__community-figure'>{`${formatShareWithMargin(c.tally.share, c.tally.marginOfError)}（${c.tally.n} 户）`}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
    </Card>
  );
}
