import { formatShanghaiDateTime, rateOutcome, type AppealDetail, type CallbackRequest, type Satisfaction } from '@lingjuli/shared';
import { momentInputToIso } from '@/utils/dates';
import { checked, collect, optionalText, type Checked } from '@/utils/staff/forms';

/** What the caller said on the phone, as staff take it down (回访). */
export interface CallbackAnswer {
  solved: boolean | null;
  satisfaction: Satisfaction | null;
  comment: string;
  /** When she was called: null for now (the server's clock); otherwise a Beijing day and time as typed or picked. */
  calledAt: { day: string; time: string } | null;
}

export const emptyCallback = (): CallbackAnswer => ({ solved: null, satisfaction: null, comment: '', calledAt: null });

/** The result feedback the callback answers: the last final one (a callback may not be dated before it). */
export function fedBackAt(detail: Pick<AppealDetail, 'feedbacks'>): string | null {
  const finals = detail.feedbacks.filter((f) => f.final);
  return finals.length ? finals[finals.length - 1].at : null;
}

function checkCalledAt(calledAt: CallbackAnswer['calledAt'], now: Date, after: string | null): string | undefined {
  if (!calledAt) return undefined;
  const iso = momentInputToIso(calledAt.day, calledAt.time);
  if (!iso) return '请填写回访的日期和时间，如 2026-03-02 和 09:30';
  const at = new Date(iso).getTime();
  if (at > now.getTime()) return '回访时间不能晚于现在';
  // To the minute: a call within the minute of the feedback is not "before" it.
  if (after && at < Math.floor(new Date(after).getTime() / 60_000) * 60_000) {
    return `回访时间不能早于结果反馈的时间（${formatShanghaiDateTime(new Date(after))}）`;
  }
  return undefined;
}

/**
 * The callback request, or what is wrong field by field: both answers are required, the comment is
 * optional, and a time other than now may be neither in the future nor before the feedback.
 */
export function callbackBody(answer: CallbackAnswer, context: { now: Date; fedBackAt: string | null }): Checked<CallbackRequest> {
  return checked(
    collect({
      solved: answer.solved === null ? '请选择来电人说问题是否解决' : undefined,
      satisfaction: answer.satisfaction ? undefined : '请选择来电人是否满意',
      comment: optionalText(answer.comment, '来电人的意见'),
      calledAt: checkCalledAt(answer.calledAt, context.now, context.fedBackAt),
    }),
    () => {
      const comment = answer.comment.trim();
      return {
        solved: answer.solved as boolean,
        satisfaction: answer.satisfaction as Satisfaction,
        ...(comment ? { comment } : {}),
        ...(answer.calledAt ? { calledAt: momentInputToIso(answer.calledAt.day, answer.calledAt.time) as string } : {}),
      };
    },
  );
}

/** What the caller's answer will do once recorded: it counts as her rating (the shared rule, docs/domain.md §7.2). */
export function callbackEffect(answer: { solved: boolean; satisfaction: Satisfaction }, reopenCount: number): string {
  switch (rateOutcome(answer, reopenCount)) {
    case 'accepted':
      return '按来电人的评价，提交后这件诉求就关闭了。';
    case 'reopened':
      return '来电人说没解决或不满意：提交后诉求退回重新办理，并重新计算办理期限。';
    default:
      return '这件诉求已经重新办理过一次，来电人仍不满意：提交后交社区书记复核。';
  }
}
