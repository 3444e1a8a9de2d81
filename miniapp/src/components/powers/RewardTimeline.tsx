import { Text } from '@tarojs/components';
import type { RewardEventInfo } from '@lingjuli/shared';
import { StepTimeline } from '@/components/Timeline';
import { REWARD_EVENT_LABELS } from '@/utils/powers/reward';

/** Every step of a reward request, oldest first: who, in which role, when, and the note (e.g. why it was returned). */
export function RewardTimeline({ events }: { events: readonly RewardEventInfo[] }) {
  if (!events.length) return <Text className='muted'>暂无记录</Text>;
  const steps = events.map((e) => ({
    ...e,
    title: REWARD_EVENT_LABELS[e.type] ?? e.type,
    className: `reward-timeline__item reward-timeline__item--${e.type}`,
  }));
  return <StepTimeline className='reward-timeline' steps={steps} />;
}
