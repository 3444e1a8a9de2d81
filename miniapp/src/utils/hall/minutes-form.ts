import { MEETING_LIMITS, type MeetingDetail, type SaveMinutesRequest } from '@lingjuli/shared';
import { checked, type Checked, type FieldErrors } from '@/utils/powers/check';
import { linkedAppealCount } from '@/utils/hall/meetings';

/** 通过 / 未通过 / 未表决 (the decision recorded without a vote). */
export type DecisionOutcome = 'adopted' | 'rejected' | 'none';

export const DECISION_OUTCOMES: readonly { key: DecisionOutcome; label: string }[] = [
  { key: 'adopted', label: '通过' },
  { key: 'rejected', label: '未通过' },
  { key: 'none', label: '未表决' },
];

/** An appeal linked to a decision, by its reference code. */
export interface LinkedAppeal {
  id: number;
  code: string;
}

export interface DecisionDraft {
  text: string;
  outcome: DecisionOutcome | null;
  appeals: LinkedAppeal[];
}

export interface MinutesDraft {
  minutes: string;
  decisions: DecisionDraft[];
}

export const emptyDecision = (): DecisionDraft => ({ text: '', outcome: null, appeals: [] });

const outcomeOf = (adopted: boolean | null): DecisionOutcome => (adopted === null ? 'none' : adopted ? 'adopted' : 'rejected');

/** The draft saved on the server (or nothing yet), to go on writing. */
export function minutesFromMeeting(m: Pick<MeetingDetail, 'minutes' | 'decisions'>): MinutesDraft {
  return {
    minutes: m.minutes ?? '',
    decisions: m.decisions.map((d) => ({ text: d.text, outcome: outcomeOf(d.adopted), appeals: d.appeals.map((a) => ({ id: a.id, code: a.code })) })),
  };
}

export function minutesBody(draft: MinutesDraft): Checked<SaveMinutesRequest> {
  const errors: FieldErrors = {};
  const minutes = draft.minutes.trim();
  if (!minutes) errors.minutes = '请填写会议纪要';
  else if (minutes.length > MEETING_LIMITS.minutes) errors.minutes = `会议纪要不能超过${MEETING_LIMITS.minutes}个字`;
  if (draft.decisions.length > MEETING_LIMITS.decisions) errors.decisions = `决议最多${MEETING_LIMITS.decisions}项`;
  draft.decisions.forEach((d, i) => {
    const text = d.text.trim();
    if (!text) errors[`decisions.${i}.text`] = '请填写决议内容';
    else if (text.length > MEETING_LIMITS.decisionText) errors[`decisions.${i}.text`] = `决议不能超过${MEETING_LIMITS.decisionText}个字`;
    if (!d.outcome) errors[`decisions.${i}.adopted`] = '请选择表决结果：通过、未通过或未表决';
    if (d.appeals.length > MEETING_LIMITS.appealsPerDecision) errors[`decisions.${i}.appealIds`] = `每项决议最多关联${MEETING_LIMITS.appealsPerDecision}件诉求`;
  });
  return checked(errors, () => ({
    minutes,
    decisions: draft.decisions.map((d) => {
      const appealIds = [...new Set(d.appeals.map((a) => a.id))];
      return {
        text: d.text.trim(),
        ...(d.outcome === 'adopted' ? { adopted: true } : d.outcome === 'rejected' ? { adopted: false } : {}),
        ...(appealIds.length ? { appealIds } : {}),
      };
    }),
  }));
}

/** Every field the editor shows, for the server's message that none of them carries. */
export function minutesFields(draft: MinutesDraft): string[] {
  return [
    'minutes',
    'decisions',
    ...draft.decisions.flatMap((d, i) => [
      `decisions.${i}`,
      `decisions.${i}.text`,
      `decisions.${i}.adopted`,
      `decisions.${i}.appealIds`,
      ...d.appeals.map((_, j) => `decisions.${i}.appealIds.${j}`),
    ]),
  ];
}

/** The server's message on one linked appeal (`decisions.<i>.appealIds.<j>`), named by the appeal's code. */
export function linkedAppealError(draft: MinutesDraft, i: number, message: (field: string) => string | undefined): string | undefined {
  const own = message(`decisions.${i}.appealIds`);
  if (own) return own;
  const decision = draft.decisions[i];
  for (const [j, appeal] of (decision?.appeals ?? []).entries()) {
    const m = message(`decisions.${i}.appealIds.${j}`);
    if (m) return `${appeal.code}：${m}`;
  }
  return undefined;
}

export function toggleLinkedAppeal(appeals: readonly LinkedAppeal[], appeal: LinkedAppeal): LinkedAppeal[] {
  return appeals.some((a) => a.id === appeal.id) ? appeals.filter((a) => a.id !== appeal.id) : [...appeals, appeal];
}

/** What the confirm before publishing says: who is told, and that nothing changes afterwards. */
export function publishWarning(draft: MinutesDraft): string {
  const linked = linkedAppealCount(draft.decisions.map((d) => ({ appealIds: d.appeals.map((a) => a.id) })));
  const told = linked
    ? `决议关联的${linked}件诉求的居民（反映人和点了“我也遇到了”的居民）会收到通知，诉求的办理记录中会加上这条决议。`
    : '没有决议关联诉求，不会另行通知居民。';
  return `发布后，会议纪要和${draft.decisions.length}项决议将向参会范围内的居民公开。${told}发布后纪要和决议不能再修改。`;
}

/** Whether two drafts say the same (what is on screen has been saved). */
export function sameMinutes(a: MinutesDraft, b: MinutesDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
