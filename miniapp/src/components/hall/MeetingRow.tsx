import { Text, View } from '@tarojs/components';
import { decisionOutcomeLabel, type MeetingDecisionInfo, type MeetingSummary } from '@lingjuli/shared';
import { Tag } from '@/components/Tags';
import {
  PHASE_TONES,
  SIGN_UP_WORDS,
  audienceLabel,
  capacityLabel,
  meetingTimeLabel,
  minutesTodo,
  phaseLabel,
  phaseNow,
  signUpState,
} from '@/utils/hall/meetings';
import './hall.scss';

/**
 * One meeting in a list (`#${idPrefix}-${id}`, `data-phase`): topic, time, place. For a resident her
 * sign-up (已报名 / 可报名 …) or, once published, 查看纪要; for staff the sign-ups and what the minutes
 * still need.
 */
export function MeetingRow({
  meeting: m,
  now,
  idPrefix,
  forStaff = false,
  showCommunity = false,
  minutesLink = false,
  decisions,
  onOpen,
}: {
  meeting: MeetingSummary;
  now: Date;
  idPrefix: string;
  forStaff?: boolean;
  showCommunity?: boolean;
  /** A resident's recent meeting: its minutes are what she opens it for. */
  minutesLink?: boolean;
  /** Its decisions, to read their outcome in the list (the latest meetings with minutes). */
  decisions?: readonly MeetingDecisionInfo[];
  onOpen: (id: number) => void;
}) {
  const phase = phaseNow(m, now);
  const signUp = SIGN_UP_WORDS[signUpState(m, now)];
  const todo = forStaff ? minutesTodo(m, now) : null;
  return (
    <View
      id={`${idPrefix}-${m.id}`}
      className={`card meeting-row meeting-row--${phase}`}
      data-id={String(m.id)}
      data-phase={phase}
      onClick={() => onOpen(m.id)}
    >
      <View className='meeting-row__tags'>
        <Tag tone={PHASE_TONES[phase]}>{phaseLabel(phase)}</Tag>
        {!forStaff && !minutesLink && phase !== 'cancelled' && <Tag tone={signUp.tone}>{signUp.label}</Tag>}
        {!forStaff && m.attendedByMe && <Tag tone='ok'>已签到</Tag>}
        {m.minutesState === 'published' && <Tag tone='ok'>纪要已发布</Tag>}
        {forStaff && m.minutesState === 'draft' && <Tag tone='warning'>纪要草稿</Tag>}
      </View>
      <Text className='meeting-row__topic'>{m.topic}</Text>
      <Text className='meeting-row__line'>{`时间：${meetingTimeLabel(m)}`}</Text>
      <Text className='meeting-row__line'>{`地点：${m.place}`}</Text>
      <Text className='meeting-row__meta'>
        {[showCommunity ? m.communityName : null, forStaff ? audienceLabel(m) : null, capacityLabel(m)].filter(Boolean).join(' · ')}
      </Text>
      {phase === 'cancelled' && m.cancelReason && <Text className='meeting-row__meta'>{`取消原因：${m.cancelReason}`}</Text>}
      {todo && <Text className='meeting-row__todo'>{todo}</Text>}
      {decisions?.map((d, i) => (
        <Text key={d.id} className='meeting-row__line meeting-row__decision'>
          {`决议${i + 1}${decisionOutcomeLabel(d.adopted) ? `（${decisionOutcomeLabel(d.adopted)}）` : ''}：${d.text}`}
        </Text>
      ))}
      {minutesLink && <Text className='meeting-row__go'>查看会议纪要和决议 ›</Text>}
    </View>
  );
}
