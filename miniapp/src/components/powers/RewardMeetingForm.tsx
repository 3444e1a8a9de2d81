import { MEETING_LIMITS, type MeetingForm } from '@/utils/powers/reward';
import { TextField } from '@/components/staff/TextField';
import { DateField } from '@/components/DateField';
import { FormCard } from '@/components/powers/FormCard';

/**
 * Recording the party organisation's meeting (#meeting-form: #meeting-date, #meeting-attendees,
 * #meeting-decision, #meeting-minutes, #meeting-save): a reward cannot be approved without it.
 */
export function RewardMeetingForm({
  form,
  onChange,
  fieldError,
  message,
  busy,
  today,
  onSave,
  onCancel,
}: {
  form: MeetingForm;
  onChange: (patch: Partial<MeetingForm>) => void;
  fieldError: (field: keyof MeetingForm) => string | undefined;
  message?: string;
  busy: boolean;
  /** YYYY-MM-DD: the latest day a meeting can have been held. */
  today: string;
  onSave: () => void;
  onCancel?: () => void;
}) {
  return (
    <FormCard
      id='meeting'
      title='记录社区党组织会议'
      hint='奖励须经社区党组织会议研究决定；记录会议后方可提交书记审批。'
      message={message}
      submitLabel='保存会议记录'
      submitId='meeting-save'
      busy={busy}
      onSubmit={onSave}
      onCancel={onCancel}
    >
      <DateField id='meeting-date' label='会议日期' required value={form.date} max={today} onChange={(date) => onChange({ date })} error={fieldError('date')} />
      <TextField
        id='meeting-attendees'
        label='参会人员'
        required
        value={form.attendees}
        onChange={(attendees) => onChange({ attendees })}
        error={fieldError('attendees')}
        placeholder='如：王书记、李委员、张委员'
        maxlength={MEETING_LIMITS.attendees}
      />
      <TextField
        id='meeting-decision'
        label='会议决定'
        required
        multiline
        value={form.decision}
        onChange={(decision) => onChange({ decision })}
        error={fieldError('decision')}
        placeholder='如：同意给予荣誉证书一份、慰问品一份'
        maxlength={MEETING_LIMITS.decision}
      />
      <TextField
        id='meeting-minutes'
        label='会议纪要'
        required
        multiline
        value={form.minutes}
        onChange={(minutes) => onChange({ minutes })}
        error={fieldError('minutes')}
        placeholder='会议讨论情况、表决结果'
        maxlength={MEETING_LIMITS.minutes}
      />
    </FormCard>
  );
}
