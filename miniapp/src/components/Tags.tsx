import { Text } from '@tarojs/components';
import { STATUS_LABELS, TIER_LABELS, type AppealStatus, type Tier } from '@lingjuli/shared';

export function TierTag({ tier }: { tier: Tier }) {
  return <Text className={`tag tag--tier-${tier}`}>{TIER_LABELS[tier]}</Text>;
}

export function StatusTag({ status }: { status: AppealStatus }) {
  return <Text className={`tag tag--status-${status}`}>{STATUS_LABELS[status]}</Text>;
}

export function Tag({ children, tone = 'plain' }: { children: string; tone?: 'plain' | 'warning' | 'danger' | 'ok' }) {
  return <Text className={`tag tag--${tone}`}>{children}</Text>;
}
