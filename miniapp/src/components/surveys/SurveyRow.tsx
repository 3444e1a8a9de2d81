import { Text, View } from '@tarojs/components';
import type { SurveyInfo, SurveyResults } from '@lingjuli/shared';
import { Tag } from '@/components/Tags';
import { communityProgressLine, reachedCount, surveyWhere } from '@/utils/surveys/list';
import { STATUS_TONES, progressWidth, progressWords, statusLabel, surveyPeriod } from '@/utils/surveys/results';
import './surveys.scss';

const TAG_TONES = { ok: 'ok', warning: 'warning', closed: 'plain' } as const;

/**
 * One survey in the staff's list (`#surveys-row-<id>`, `data-status`): title, status, who runs it and
 * where, its days, and its progress — together and per community (`n / target`) once its results came.
 */
export function SurveyRow({ survey: s, results, onOpen }: { survey: SurveyInfo; results: SurveyResults | undefined; onOpen: (id: number) => void }) {
  const many = (results?.communities.length ?? 0) > 1;
  return (
    <View id={`surveys-row-${s.id}`} className='card survey-row' data-id={String(s.id)} data-status={s.status} onClick={() => onOpen(s.id)}>
      <View className='survey-row__tags'>
        <Tag tone={TAG_TONES[STATUS_TONES[s.status]]}>{statusLabel(s.status)}</Tag>
        <Text className='survey-row__where'>{surveyWhere(s)}</Text>
      </View>
      <Text className='survey-row__title'>{s.title}</Text>
      <Text className='survey-row__line'>{`${surveyPeriod(s)} · 每社区目标 ${s.targetSampleSize} 户 · ${s.questions.length} 道题`}</Text>
      {results && (
        <View className='survey-row__progress' data-entries={results.overall.entries} data-target={results.overall.target}>
          <Text className='survey-row__line'>{`${many ? '合计' : ''}${progressWords(results.overall)}`}</Text>
          <View className='survey-bar__track'>
            <View className='survey-progress__fill' style={{ width: progressWidth(results.overall) }} />
          </View>
          {many && (
            <>
              <Text className='survey-row__line'>{`${reachedCount(results.communities)}/${results.communities.length} 个社区已达目标`}</Text>
              <View className='survey-row__communities'>
                {results.communities.map((c) => (
                  <Text key={c.communityId} className={`survey-row__community ${c.entries >= c.target ? 'survey-row__community--reached' : ''}`}>
                    {communityProgressLine(c)}
                  </Text>
                ))}
              </View>
            </>
          )}
        </View>
      )}
      <Text className='survey-row__go'>查看结果 ›</Text>
    </View>
  );
}
