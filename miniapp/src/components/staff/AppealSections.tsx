import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CATEGORY_INFO,
  channelText,
  CONTENT_CHECK_MARKS,
  DISPATCH_ROLE_LABELS,
  LEVEL_LABELS,
  TIER_LABELS,
  formatShanghaiDateTime,
  type AppealDetail,
} from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Countdown } from '@/components/Countdown';
import { StatusTag, Tag, TierTag } from '@/components/Tags';
import { platform } from '@/platform';
import { serverUrl } from '@/services/api';
import { photoNote } from '@/utils/content-check';
import { EMERGENCY_SERVICE_LABELS } from '@/utils/staff/actions';
import { progressReminder } from '@/utils/staff/progress';
import { personName } from '@/utils/staff/people';
import { useNow } from '@/hooks/useNow';
import { InfoRows } from '@/components/staff/InfoRows';

const time = (iso: string | null) => (iso ? formatShanghaiDateTime(new Date(iso)) : '—');

/** Code, tags, flags and the countdown: what decides how urgent this is. */
export function AppealHeader({ detail }: { detail: AppealDetail }) {
  const progress = progressReminder(detail, useNow());
  return (
    <Card className='staff-head'>
      <View className='staff-head__tags'>
        {detail.supervised && <Text className='staff-flag staff-flag--supervised'>督办</Text>}
        <TierTag tier={detail.tier} />
        <StatusTag status={detail.status} />
        {detail.level !== 'community' && <Tag tone='warning'>{LEVEL_LABELS[detail.level]}</Tag>}
        {detail.awaitingSecretaryReview && <Tag tone='warning'>待书记复核</Tag>}
        {detail.reopenCount > 0 && <Tag tone='warning'>{`重办${detail.reopenCount}次`}</Tag>}
        {detail.proactive && <Tag tone='ok'>未诉即办</Tag>}
      </View>
      <Text className='staff-head__summary'>{detail.summary}</Text>
      <View className='staff-head__due'>
        <Countdown appeal={detail} />
      </View>
      {progress && <Text className={`staff-progress staff-progress--${progress.state}`}>{progress.text}</Text>}
      {detail.breachedAt && <Text className='staff-head__breach'>超时时间：{time(detail.breachedAt)}（已督办）</Text>}
      <Text className='muted'>
        {detail.code} · {channelText(detail)} · 受理于 {time(detail.receivedAt)}
      </Text>
      {detail.cityDueAt && (
        <Text id='staff-city-due' className='muted'>
          市级派单 {detail.cityDispatchedAt ? time(detail.cityDispatchedAt) : '—'} · 市级办理时限 {time(detail.cityDueAt)}
        </Text>
      )}
    </Card>
  );
}

/** A phone number with a call button (not for a masked one). */
export function StaffPhone({ id, phone }: { id?: string; phone: string }) {
  return (
    <View className='staff-phone'>
      <Text id={id} className='staff-phone__number'>
        {phone}
      </Text>
      {!phone.includes('*') && (
        <Text className='staff-phone__call' onClick={() => void platform.makePhoneCall(phone)}>
          拨打
        </Text>
      )}
    </View>
  );
}

/** What the resident said, where, the photos, and how to reach the caller. */
export function ContentCard({ detail }: { detail: AppealDetail }) {
  const images = detail.attachments.filter((a) => a.mimeType.startsWith('image/'));
  const photos = images.map((a) => serverUrl(a.url));
  const place = [...new Set([detail.communityName, detail.buildingName, detail.locationText].filter(Boolean))].join(' · ');
  const phone = detail.contactPhone;
  return (
    <Card title='诉求内容'>
      <Text className='staff-content'>{detail.content}</Text>
      {detail.contentCheck && <Tag tone='warning'>{CONTENT_CHECK_MARKS[detail.contentCheck]}</Tag>}
      {photos.length > 0 && (
        <View className='staff-photos'>
          {photos.map((url, i) => (
            <View key={url} className='staff-photos__cell'>
              <Image className='staff-photos__item' src={url} mode='aspectFill' onClick={() => void Taro.previewImage({ urls: photos, current: url })} />
              {images[i].check && <Text className='staff-photos__note'>{photoNote(images[i].check, 'staff')}</Text>}
            </View>
          ))}
        </View>
      )}
      <InfoRows
        rows={[
          { label: '地点', value: place || '—' },
          { label: '类别', value: CATEGORY_INFO[detail.category].label },
          { label: '反映人', value: detail.contactName || personName(detail.reporter, '未留姓名') },
          { label: '联系电话', value: phone ? <StaffPhone id='contact-phone' phone={phone} /> : '未留电话' },
          { label: '同问居民', value: `${detail.supporters}人`, hidden: detail.supporters === 0 },
          { label: '已移交', value: detail.handedTo ? EMERGENCY_SERVICE_LABELS[detail.handedTo] : '', hidden: !detail.handedTo },
        ]}
      />
    </Card>
  );
}

export function PeopleCard({ detail }: { detail: AppealDetail }) {
  return (
    <Card title='办理人员'>
      <InfoRows
        rows={[
          { label: '首问负责人', value: personName(detail.firstResponder, '尚未受理') },
          { label: '承办人', value: personName(detail.handler, '未指派') },
          { label: '民情专员', value: personName(detail.assignedLiaison, '未指派') },
        ]}
      />
    </Card>
  );
}

/** The triage proposal with the rule that decided it, and whether staff confirmed or changed it. */
export function TriageCard({ detail }: { detail: AppealDetail }) {
  const t = detail.triage;
  const changed = t.proposedTier !== detail.tier || t.proposedCategory !== detail.category;
  return (
    <Card title='分级'>
      <InfoRows
        rows={[
          { label: '系统建议', value: `${TIER_LABELS[t.proposedTier]} · ${CATEGORY_INFO[t.proposedCategory].label}` },
          { label: '依据', value: t.reason.text },
          { label: '当前', value: `${TIER_LABELS[detail.tier]} · ${CATEGORY_INFO[detail.category].label}${changed ? '（已调整）' : ''}` },
          { label: '确认', value: t.confirmedBy ? `${t.confirmedBy.name} · ${time(t.confirmedAt)}` : '待受理时确认' },
        ]}
      />
    </Card>
  );
}

/** The dispatch order (批办单) to the street, once there is one. */
export function DispatchOrderCard({ detail }: { detail: AppealDetail }) {
  const order = detail.dispatchOrder;
  if (!order) return null;
  return (
    <Card title='批办单' extra={<Tag tone={order.status === 'pending' ? 'warning' : 'ok'}>{order.status === 'pending' ? '待派单' : '已派单'}</Tag>}>
      <InfoRows
        rows={[
          { label: '上报', value: `${order.requestedBy ? order.requestedBy.name : '系统（超时自动上报）'} · ${time(order.requestedAt)}` },
          { label: '理由', value: order.reason },
          { label: '会商', value: order.consultedWith ? `${order.consultedWith.name}：${order.consultationNote}` : '—' },
          { label: '派单', value: order.dispatchedBy ? `${order.dispatchedBy.name} · ${time(order.dispatchedAt)}` : '等待指挥分中心派单' },
        ]}
      />
      {order.assignments.map((a) => (
        <View key={`${a.departmentId}-${a.role}`} className='staff-assignment'>
          <Tag tone={a.role === 'lead' ? 'danger' : 'plain'}>{DISPATCH_ROLE_LABELS[a.role]}</Tag>
          <Text className='staff-assignment__name'>{a.departmentName}</Text>
          <Text className='muted'>{a.completedAt ? `已完成 ${time(a.completedAt)}` : '办理中'}</Text>
          {a.note && <Text className='staff-assignment__note'>{a.note}</Text>}
        </View>
      ))}
    </Card>
  );
}
