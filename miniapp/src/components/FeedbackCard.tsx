import { Text, View } from '@tarojs/components';
import { CONTENT_CHECK_MARKS, FEEDBACK_METHOD_LABELS, SATISFACTION_LABELS, formatShanghaiDateTime, type AppealDetail } from '@lingjuli/shared';
import { feedbackParties, ratingSource } from '@/utils/feedback';
import { Card } from '@/components/Card';
import { Tag } from '@/components/Tags';

const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

/**
 * What the resident was told, by whom together (社区 与 区园林绿化局 一起反馈), and how she rated it (in
 * the app, or on the phone to staff): on the community's and the street's appeal pages.
 */
export function FeedbackCard({ detail }: { detail: Pick<AppealDetail, 'feedbacks' | 'ratings'> }) {
  if (!detail.feedbacks.length && !detail.ratings.length) return null;
  return (
    <Card title='反馈与评价'>
      {detail.feedbacks.map((f) => (
        <View key={f.id} className='staff-feedback' data-id={f.id}>
          <View className='staff-feedback__head'>
            <Tag>{FEEDBACK_METHOD_LABELS[f.method]}</Tag>
            <Text className='staff-feedback__kind'>{f.final ? '结果反馈' : '阶段性反馈'}</Text>
            <Text className='muted'>
              {f.by.name} · {time(f.at)}
            </Text>
          </View>
          {feedbackParties(f) && <Text className='staff-feedback__parties'>{feedbackParties(f)}</Text>}
          <Text>{f.content}</Text>
          {f.contentCheck && <Tag tone='warning'>{CONTENT_CHECK_MARKS[f.contentCheck]}</Tag>}
          {f.residentOpinion && <Text className='staff-feedback__opinion'>居民意见：{f.residentOpinion}</Text>}
        </View>
      ))}
      {detail.ratings.map((r, i) => (
        <View key={`${r.at}-${i}`} className='staff-feedback'>
          <View className='staff-feedback__head'>
            <Tag
              tone={r.solved && r.satisfaction !== 'unsatisfied' ? 'ok' : 'danger'}
            >{`${r.solved ? '已解决' : '未解决'} · ${SATISFACTION_LABELS[r.satisfaction]}`}</Tag>
            <Text className='muted'>
              {ratingSource(r)} · {time(r.at)}
            </Text>
          </View>
          {r.comment && <Text>{r.comment}</Text>}
          {r.commentCheck && <Tag tone='warning'>{CONTENT_CHECK_MARKS[r.commentCheck]}</Tag>}
        </View>
      ))}
    </Card>
  );
}
