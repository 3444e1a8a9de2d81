import { CATEGORY_INFO, formatShanghaiDateTime, type SimilarAppeal } from '@lingjuli/shared';
import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { ResidentStatusTag } from '@/components/Tags';
import type { SupportFailure } from '@/utils/resident/me-too';
import './resident.scss';

function FailureNotice({ failure }: { failure: SupportFailure }) {
  return (
    <View id='me-too-error' className={`notice notice--${failure.tone}`}>
      <Text>{failure.text}</Text>
    </View>
  );
}

/**
 * Open appeals about the same problem in her building. "我也遇到了" adds her to one (she is told of its
 * progress too) instead of filing the same thing again. A failure shows under the appeal she tapped.
 */
export function SimilarAppeals({
  items,
  buildingName,
  supporting,
  error,
  onMeToo,
}: {
  items: SimilarAppeal[];
  buildingName: string;
  supporting: number | null;
  error: (SupportFailure & { id: number }) | null;
  onMeToo: (id: number) => void;
}) {
  if (!items.length && !error) return null;
  // The appeal may have left the list (closed meanwhile): then the message stands on its own.
  const orphanError = error && !items.some((a) => a.id === error.id) ? error : null;
  return (
    <Card title={`${buildingName}已有邻居反映过`} className='similar'>
      <Text className='similar__intro'>如果是同一件事，点「我也遇到了」就行，不用再写一遍。办理进展同样会告诉您。</Text>
      {items.map((a) => (
        <View key={a.id} className='similar__item' data-id={a.id}>
          <View className='row'>
            <ResidentStatusTag appeal={{ status: a.status, filedByViewer: false }} />
            <Text className='muted'>{CATEGORY_INFO[a.category].label}</Text>
          </View>
          <Text className='similar__summary'>{a.summary}</Text>
          <Text className='muted'>
            {formatShanghaiDateTime(new Date(a.receivedAt))} 提交{a.supporters > 0 ? ` · 另有${a.supporters}人也遇到了` : ''}
          </Text>
          <BigButton id={`me-too-${a.id}`} kind='secondary' disabled={supporting !== null} onClick={() => onMeToo(a.id)}>
            {supporting === a.id ? '正在加入…' : '我也遇到了'}
          </BigButton>
          {error?.id === a.id && <FailureNotice failure={error} />}
        </View>
      ))}
      {orphanError && <FailureNotice failure={orphanError} />}
      <Text className='muted similar__outro'>不是同一件事？请继续往下填写。</Text>
    </Card>
  );
}
