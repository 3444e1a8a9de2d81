import type { AppealSummary } from '@lingjuli/shared';
import { describeDeadline } from '@/utils/countdown';

/** 时限: the time left, or how long overdue (in red), over the deadline itself. */
export function DeadlineCell({ appeal, now }: { appeal: AppealSummary; now: Date }) {
  const view = describeDeadline(appeal, now);
  return (
    <div className={`desk-deadline desk-deadline--${view.state}`}>
      <div className='desk-deadline__text'>{view.text}</div>
      <div className='desk-muted'>期限 {view.due}</div>
    </div>
  );
}

/** A row's class by its deadline (the same colours as the phone's cards). */
export const deadlineRowClass = (appeal: AppealSummary, now: Date) => `desk-row desk-row--${describeDeadline(appeal, now).state}`;
