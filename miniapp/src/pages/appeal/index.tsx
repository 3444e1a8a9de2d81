import { CATEGORY_INFO, LEVEL_LABELS, ROLE_LABELS, formatShanghaiDateTime, residentStatus, type AttachmentInfo } from '@lingjuli/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Countdown } from '@/components/Countdown';
import { PhotoGrid } from '@/components/resident/PhotoGrid';
import { photoNote } from '@/utils/content-check';
import { RatingForm } from '@/components/resident/RatingForm';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { ResidentStatusTag, TierTag } from '@/components/Tags';
import { Timeline } from '@/components/Timeline';
import { useAppealDetail, useRating } from '@/hooks/resident/useAppealDetail';
import { useNow } from '@/hooks/useNow';
import { serverUrl } from '@/services/api';
import { feedbackParties, ratingSource } from '@/utils/feedback';
import {
  feedbackHeading,
  filingPhotos,
  photoUrls,
  photosOf,
  progressDueText,
  progressNotes,
  publicTimeline,
  ratingSummary,
  resolutions,
  supportersText,
  timelinePhotos,
} from '@/utils/resident/appeal-view';
import { scrollToSelector } from '@/utils/navigation';
import { tierPromise } from '@/utils/resident/categories';
import './index.scss';

/** Photos staff took of the fix, under what they illustrate (only those that passed WeChat's check reach her). */
function FixPhotos({ photos, label = '处置照片' }: { photos: readonly AttachmentInfo[]; label?: string }) {
  if (!photos.length) return null;
  return (
    <View className='appeal-page__fix-photos'>
      <Text className='appeal-page__fix-label'>{label}</Text>
      <PhotoGrid photos={photoUrls(photos, serverUrl)} />
    </View>
  );
}

/** One of her appeals: where it stands, the time left, what was done (timeline, progress, feedback), and rating. */
export default function AppealPage() {
  const { params } = useRouter();
  const page = useAppealDetail(params.id);
  const { detail } = page;
  const rating = useRating(detail, async (message) => {
    page.setDone(message);
    await page.reload();
  });
  const now = useNow();

  if (!detail) {
    return (
      <Screen className='appeal-page'>
        {page.loading && <Loading />}
        {page.error && <ErrorBox error={page.error} onRetry={() => void page.reload()} />}
      </Screen>
    );
  }

  const notes = progressNotes(detail);
  const progressDue = progressDueText(detail, now);
  const supporters = supportersText(detail.supporters);
  const status = { ...detail, filedByViewer: !detail.supportedByMe };
  const words = residentStatus(status);
  const done = resolutions(detail);
  const ownPhotos = filingPhotos(detail);

  return (
    <Screen className='appeal-page'>
      {page.done && (
        <View className='notice notice--ok' id='action-done'>
          <Text>{page.done}</Text>
        </View>
      )}

      <Card className='appeal-page__head'>
        <View className='row'>
          <ResidentStatusTag appeal={status} />
          <TierTag tier={detail.tier} />
          {detail.supervised && <Text className='tag tag--danger'>已督办</Text>}
          {detail.supportedByMe && <Text className='tag tag--ok'>我也遇到了</Text>}
        </View>
        <Text className='appeal-page__category'>{CATEGORY_INFO[detail.category].label}</Text>
        <Text className='appeal-page__promise'>{tierPromise(detail.tier)}</Text>
        {/* The time left matters while nobody has answered; after that the status says where it stands. */}
        {words.countdown && (
          <View className='appeal-page__countdown' id='appeal-countdown'>
            <Countdown appeal={detail} />
          </View>
        )}
        <View className='appeal-page__facts'>
          <Text id='appeal-code'>诉求编号：{detail.code}</Text>
          <Text>提交时间：{formatShanghaiDateTime(new Date(detail.receivedAt))}</Text>
          <Text>
            办理单位：{detail.communityName}
            {detail.level !== 'community' ? ` → ${LEVEL_LABELS[detail.level]}` : ''}
          </Text>
          {detail.handedTo && <Text>已转交 {detail.handedTo} 处置</Text>}
          {detail.handler && (
            <Text>
              办理人：{detail.handler.name}
              {detail.handler.role !== 'system' && detail.handler.role !== 'resident' ? `（${ROLE_LABELS[detail.handler.role]}）` : ''}
            </Text>
          )}
        </View>
        {detail.supportedByMe && (
          <View className='notice notice--info' id='supported-by-me'>
            <Text>您点过「我也遇到了」：这件事由邻居先反映，办理进展同样会告诉您。</Text>
          </View>
        )}
        {supporters && <Text className='muted'>{supporters}</Text>}
        {page.canRate && (
          <Text id='go-rate' className='appeal-page__go-rate' onClick={() => scrollToSelector('.rating')}>
            办理结果已告诉您，看看处置结果，给个评价 ›
          </Text>
        )}
      </Card>

      {(notes.length > 0 || progressDue) && (
        <Card title='办理进展' className='appeal-page__progress' extra={<Text className='muted'>每72小时公开一次</Text>}>
          {progressDue && <Text className='appeal-page__progress-due'>{progressDue}</Text>}
          {notes.map((n) => (
            <View key={n.id} className='appeal-page__note'>
              <Text className='appeal-page__note-time'>
                {formatShanghaiDateTime(new Date(n.at))}
                {n.actor ? ` · ${n.actor.name}` : ''}
              </Text>
              <Text>{n.note}</Text>
              <FixPhotos photos={photosOf(detail, n.id)} label='现场照片' />
            </View>
          ))}
          {notes.length === 0 && <Text className='muted'>还没有公开进展。</Text>}
        </Card>
      )}

      {done.length > 0 && (
        <Card title='处置结果' className='appeal-page__resolution'>
          {done.map(({ line, photos }) => (
            <View key={line.id} className='appeal-page__resolved' id={`resolution-${line.id}`}>
              <Text className='appeal-page__note-time'>
                {formatShanghaiDateTime(new Date(line.at))}
                {line.actor ? ` · ${line.actor.name}` : ''}
              </Text>
              {line.note && <Text>{line.note}</Text>}
              <FixPhotos photos={photos} />
            </View>
          ))}
        </Card>
      )}

      {detail.feedbacks.length > 0 && (
        <Card title='给您的反馈' className='appeal-page__feedbacks'>
          {detail.feedbacks.map((fb) => (
            <View key={fb.id} className='appeal-page__feedback'>
              <Text className='appeal-page__feedback-head'>{feedbackHeading(fb)}</Text>
              {feedbackParties(fb) && <Text className='appeal-page__feedback-parties'>{feedbackParties(fb)}</Text>}
              <Text>{fb.content}</Text>
              {fb.residentOpinion && <Text className='muted'>您当时的意见：{fb.residentOpinion}</Text>}
            </View>
          ))}
        </Card>
      )}

      {/* After what was done and said, so she rates having seen it (the fix's photos too). */}
      {page.canRate && (
        <RatingForm
          reopenCount={detail.reopenCount}
          solved={rating.solved}
          satisfaction={rating.satisfaction}
          comment={rating.comment}
          effect={rating.effect}
          ready={rating.ready}
          sending={rating.sending}
          error={rating.error}
          onSolved={rating.setSolved}
          onSatisfaction={rating.setSatisfaction}
          onComment={rating.setComment}
          onSubmit={() => void rating.submit()}
        />
      )}

      {detail.ratings.length > 0 && (
        <Card title={detail.supportedByMe ? '评价' : '您的评价'}>
          {detail.ratings.map((r) => (
            <View key={r.at} className='appeal-page__rating'>
              <Text>{ratingSummary(r)}</Text>
              {r.source === 'callback' && <Text className='muted'>{ratingSource(r)}</Text>}
              {r.comment && <Text className='muted'>{r.comment}</Text>}
            </View>
          ))}
        </Card>
      )}

      <Card title={detail.supportedByMe ? '您也遇到的问题' : '您反映的问题'}>
        <Text className='appeal-page__content' id='appeal-content-text'>
          {detail.content}
        </Text>
        {/* She joined a neighbour's appeal: say why there are no words, place or photos of it here. */}
        {detail.supportedByMe && (
          <Text className='muted appeal-page__privacy' id='supported-privacy'>
            为保护先反映问题的邻居，这里不显示邻居写的原话、具体位置和照片。
          </Text>
        )}
        <View className='appeal-page__facts'>
          {detail.buildingName && <Text>楼栋：{detail.buildingName}</Text>}
          {detail.locationText && <Text>位置：{detail.locationText}</Text>}
          {detail.latitude !== null && <Text>已附上提交时的位置</Text>}
          {detail.contactPhone && <Text>联系电话：{detail.contactPhone}</Text>}
        </View>
        {ownPhotos.length > 0 && <PhotoGrid photos={photoUrls(ownPhotos, serverUrl)} notes={ownPhotos.map((a) => photoNote(a.check, 'uploader'))} />}
      </Card>

      <Card title='办理经过'>
        <Timeline entries={publicTimeline(detail.timeline)} extraOf={(line) => <FixPhotos photos={timelinePhotos(detail, line)} label='现场照片' />} />
      </Card>

      {page.actionError && (
        <View className='notice notice--error'>
          <Text>{page.actionError}</Text>
        </View>
      )}
      {page.canWithdraw && (
        <BigButton id='withdraw' kind='danger' disabled={page.withdrawing} onClick={() => void page.withdraw()}>
          {page.withdrawing ? '正在撤回…' : '撤回这个诉求'}
        </BigButton>
      )}
    </Screen>
  );
}
