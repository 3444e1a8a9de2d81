import { Text } from '@tarojs/components';
import { STATUS_LABELS, TIER_LABELS, residentStatus, type AppealStatus, type ResidentStatusInput, type Tier } from '@lingjuli/shared';

export function TierTag({ tier }: { tier: Tier }) {
  return <Text className={`tag tag--tier-${tier}`}>{TIER_LABELS[tier]}</Text>;
}

/** The workflow's status, for staff. */
export function StatusTag({ status }: { status: AppealStatus }) {
  return <Text className={`tag tag--status-${status}`}>{STATUS_LABELS[status]}</Text>;
}

/** Her appeal's state in the words residents know (待评价, 已办结), from the one table in shared. */
export function ResidentStatusTag({ appeal }: { appeal: ResidentStatusInput }) {
  const words = residentStatus(appeal);
  return (
    <Text className={`tag tag--${words.tone}`} data-status={words.key}>
      {words.label}
    </Text>
  );
}

export function Tag({ children, tone = 'plain' }: { children: string; tone?: 'plain' | 'warning' | 'danger' | 'ok' }) {
  return <Text className={`tag tag--${tone}`}>{children}</Text>;
}
