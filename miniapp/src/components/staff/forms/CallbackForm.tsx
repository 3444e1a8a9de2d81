import { Text, View } from '@tarojs/components';
import { SATISFACTIONS, SATISFACTION_LABELS, type AppealDetail } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { serverNow } from '@/state/server-clock';
import { toDateInput, toTimeInput } from '@/utils/dates';
import { callbackBody, callbackEffect, emptyCallback, fedBackAt, type CallbackAnswer } from '@/utils/staff/callback';
import type { ActionRunner } from '@/hooks/useActionForms';
import { DateField } from '@/components/DateField';
import { Field } from '@/components/Field';
import { Notice } from '@/components/States';
import { ActionForm } from '@/components/staff/ActionForm';
import { StaffPhone } from '@/components/staff/AppealSections';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';

const SOLVED = [
  { key: 'yes' as const, label: '解决了' },
  { key: 'no' as const, label: '没解决' },
];
const SATISFACTION = SATISFACTIONS.map((s) => ({ key: s, label: SATISFACTION_LABELS[s] }));
const FIELDS = ['solved', 'satisfaction', 'comment', 'calledAt'];

/**
 * The callback (回访): staff phone a caller who has no account (window, hotline, 12345) and take down
 * her answer, which counts as her rating. The call is "just now" unless staff say when it was.
 */
export function CallbackForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const [answer, setAnswer] = useState<CallbackAnswer>(emptyCallback);
  const change = (patch: Partial<CallbackAnswer>) => setAnswer((a) => ({ ...a, ...patch }));
  const when = answer.calledAt;
  const setWhen = (patch: Partial<NonNullable<CallbackAnswer['calledAt']>>) => when && change({ calledAt: { ...when, ...patch } });
  const effect =
    answer.solved !== null && answer.satisfaction ? callbackEffect({ solved: answer.solved, satisfaction: answer.satisfaction }, detail.reopenCount) : null;

  return (
    <ActionForm
      title='电话回访'
      hint='给来电人打电话，问问问题解决了没有、对办理满不满意。记下的回答就是她对这件诉求的评价。'
      message={runner.message(FIELDS)}
      submitLabel='记录回访'
      busy={runner.busy}
      onSubmit={() =>
        void runner.submit(
          callbackBody(answer, { now: serverNow(), fedBackAt: fedBackAt(detail) }),
          (body) => api.appeals.callback(detail.id, body),
          '已记录回访',
        )
      }
      onCancel={runner.cancel}
    >
      <View className='staff-proposal'>
        <Text className='staff-proposal__title'>来电人：{detail.contactName || '未留姓名'}</Text>
        {detail.contactPhone ? <StaffPhone phone={detail.contactPhone} /> : <Text>未留电话</Text>}
      </View>
      <Field label='问题解决了吗？' required error={runner.fieldError('solved')}>
        <ChoiceChips
          idPrefix='callback-solved'
          choices={SOLVED}
          value={answer.solved === null ? null : answer.solved ? 'yes' : 'no'}
          onChange={(k) => k && change({ solved: k === 'yes' })}
        />
      </Field>
      <Field label='对办理满意吗？' required error={runner.fieldError('satisfaction')}>
        <ChoiceChips idPrefix='callback-satisfaction' choices={SATISFACTION} value={answer.satisfaction} onChange={(s) => s && change({ satisfaction: s })} />
      </Field>
      <TextField
        id='callback-comment'
        label='来电人怎么说'
        multiline
        value={answer.comment}
        onChange={(comment) => change({ comment })}
        error={runner.fieldError('comment')}
        placeholder='可不填，如：灯修好了，谢谢社区'
      />
      {when ? (
        <>
          <DateField id='callback-day' label='回访日期' value={when.day} max={toDateInput(serverNow())} onChange={(day) => setWhen({ day })} />
          <DateField
            id='callback-time'
            mode='time'
            label='回访时间'
            value={when.time}
            onChange={(time) => setWhen({ time })}
            error={runner.fieldError('calledAt')}
          />
          <Text id='callback-now' className='staff-form__link' onClick={() => change({ calledAt: null })}>
            就是刚刚打的
          </Text>
        </>
      ) : (
        <Field label='回访时间' error={runner.fieldError('calledAt')}>
          <View className='staff-form__now'>
            <Text>刚刚（按提交的时间记录）</Text>
            <Text
              id='callback-earlier'
              className='staff-form__link'
              onClick={() => {
                const now = serverNow();
                change({ calledAt: { day: toDateInput(now), time: toTimeInput(now) } });
              }}
            >
              不是刚刚？填写时间
            </Text>
          </View>
        </Field>
      )}
      {effect && <Notice tone='info'>{effect}</Notice>}
    </ActionForm>
  );
}
