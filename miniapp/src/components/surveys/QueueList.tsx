import { Text, View } from '@tarojs/components';
import { formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import type { QueuedSurveyEntry } from '@/state/survey-queue';
import './surveys.scss';

/**
 * The households still on the phone, in the order they go (`#survey-queue-<i>`, `data-status`
 * pending | refused, `data-key`): where and when, and for one the server refused, its words with
 * 修改 (a mistake in the answers or the place) and 放弃这一户.
 */
export function QueueList({
  entries,
  showSurvey = false,
  onFix,
  onDiscard,
}: {
  entries: readonly QueuedSurveyEntry[];
  /** The survey's title on each (the list of all her surveys). */
  showSurvey?: boolean;
  /** Offered for a refusal she can fix in the form (a 400); absent: the entry cannot be fixed here. */
  onFix?: (entry: QueuedSurveyEntry) => void;
  onDiscard: (entry: QueuedSurveyEntry) => void;
}) {
  return (
    <View className='survey-queue'>
      {entries.map((e, i) => {
        const refused = e.status === 'refused';
        return (
          <View
            key={e.clientKey}
            id={`survey-queue-${i}`}
            className={`card survey-queue__item survey-queue__item--${e.status}`}
            data-status={e.status}
            data-key={e.clientKey}
          >
            {showSurvey && <Text className='survey-queue__survey'>{e.surveyTitle}</Text>}
            <Text className='survey-queue__place'>{e.place}</Text>
            <Text className='survey-queue__time'>{`保存于 ${formatShanghaiDateTime(new Date(e.savedAt))}`}</Text>
            <Text className={`survey-queue__state survey-queue__state--${e.status}`}>{refused ? `未能上传：${e.refusal?.message ?? ''}` : '等待上传'}</Text>
            {refused && (
              <View className='survey-queue__actions'>
                {onFix && e.refusal?.status === 400 && (
                  <BigButton id={`survey-queue-${i}-fix`} kind='secondary' onClick={() => onFix(e)}>
                    修改这一户
                  </BigButton>
                )}
                <BigButton id={`survey-queue-${i}-discard`} kind='plain' onClick={() => onDiscard(e)}>
                  放弃这一户
                </BigButton>
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
