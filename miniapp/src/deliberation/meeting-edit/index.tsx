import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { MEETING_LIMITS } from '@lingjuli/shared';
import { useEffect } from 'react';
import { BigButton } from '@/components/BigButton';
import { BottomSheet } from '@/components/BottomSheet';
import { Card } from '@/components/Card';
import { DateField } from '@/components/DateField';
import { Screen } from '@/components/Screen';
import { Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { AgendaEditor } from '@/components/hall/AgendaEditor';
import { AudienceFields } from '@/components/hall/AudienceFields';
import { editorGate } from '@/components/hall/EditorGate';
import { useMeetingEdit } from '@/hooks/hall/useMeetingEdit';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { MEETING_FIELDS } from '@/utils/hall/meeting-form';
import { MEETING_MANAGER_ROLES } from '@/utils/hall/roles';
import { openPage } from '@/utils/navigation';
import '@/components/hall/hall.scss';

/**
 * 召开议事会 / 修改议事会: topic, day and times, place, the agenda item by item, who it is for (everyone,
 * some buildings, people invited by name), the places; before the start it can be changed or cancelled.
 */
export default function DeliberationMeetingEdit() {
  const id = Number(useRouter().params.id) || null;
  const session = useRoleSession(MEETING_MANAGER_ROLES);
  const now = useNow();
  const e = useMeetingEdit(id, session, now);
  const { draft, submitter } = e;
  useEffect(() => {
    if (id) void Taro.setNavigationBarTitle({ title: '修改议事会' });
  }, [id]);

  const gate = editorGate({
    loading: !session || e.loading,
    error: e.error,
    onRetry: () => void e.reload(),
    hasCommunity: !!session?.user.communityId,
    cannot: '不能召开议事会',
    locked:
      !e.editable && e.meeting
        ? {
            why: e.phase === 'cancelled' ? '这次议事会已取消。' : '议事会已开始，不能再修改或取消。',
            open: '查看这次议事会',
            onOpen: () => openPage(routes.meetingManage(e.meeting!.id), 'redirect'),
          }
        : null,
  });
  if (gate) return gate;

  const agendaError = submitter.fieldError('agenda') ?? draft.agenda.map((_, i) => submitter.fieldError(`agenda.${i}`)).find(Boolean);

  return (
    <Screen className='meeting-edit'>
      <Text className='title'>{e.isNew ? '召开议事会' : '修改议事会'}</Text>
      <Text className='muted'>
        {e.isNew ? '发布后，参会范围内的居民会在“社区议事厅”看到并报名。' : '报名的居民会收到时间或地点变更的通知；新的参会范围之外的报名会被取消。'}
      </Text>
      <View className='spacer' />
      <Card>
        <TextField
          id='meeting-topic'
          label='议题'
          required
          value={draft.topic}
          onChange={(v) => e.set('topic', v)}
          error={submitter.fieldError('topic')}
          placeholder='如：小区停车管理方案议事会'
          maxlength={MEETING_LIMITS.topic}
        />
        <DateField id='meeting-day' label='日期' required value={draft.day} onChange={(v) => e.set('day', v)} error={submitter.fieldError('day')} />
        <DateField
          id='meeting-start'
          label='开始时间'
          mode='time'
          required
          value={draft.start}
          onChange={(v) => e.set('start', v)}
          error={submitter.fieldError('startsAt')}
        />
        <DateField
          id='meeting-end'
          label='结束时间'
          mode='time'
          required
          value={draft.end}
          onChange={(v) => e.set('end', v)}
          error={submitter.fieldError('endsAt')}
        />
        <TextField
          id='meeting-place'
          label='地点'
          required
          value={draft.place}
          onChange={(v) => e.set('place', v)}
          error={submitter.fieldError('place')}
          placeholder='如：社区居委会二楼议事厅'
          maxlength={MEETING_LIMITS.place}
        />
      </Card>

      <Card>
        <AgendaEditor
          items={draft.agenda}
          input={draft.agendaInput}
          onInput={(v) => e.set('agendaInput', v)}
          onAdd={e.addAgenda}
          onRemove={e.removeAgenda}
          onMove={e.moveAgenda}
          inputError={e.agendaError}
          error={agendaError}
        />
      </Card>

      <Card>
        <AudienceFields
          idPrefix='meeting'
          words={{ question: '请谁参加', buildings: '参会楼栋', act: '报名', invited: '参会人员' }}
          draft={draft}
          picker={e.audience}
          onAudience={(a) => e.set('audience', a)}
          fieldError={submitter.fieldError}
        />
        <TextField
          id='meeting-capacity'
          label='人数上限'
          type='number'
          value={draft.capacity}
          onChange={(v) => e.set('capacity', v)}
          error={submitter.fieldError('capacity')}
          hint='不限人数请留空；报满后居民不能再报名'
          placeholder='不限'
          maxlength={5}
        />
      </Card>

      {submitter.message(MEETING_FIELDS) && <Notice tone='error'>{submitter.message(MEETING_FIELDS) as string}</Notice>}
      <BigButton id='meeting-submit' loading={submitter.busy} onClick={() => void e.submit()}>
        {e.isNew ? '发布议事会' : '保存修改'}
      </BigButton>
      {!e.isNew && (
        <BigButton id='meeting-cancel-open' kind='danger' onClick={() => e.setCancelling(true)}>
          取消这次议事会
        </BigButton>
      )}

      {e.cancelling && (
        <BottomSheet
          id='meeting-cancel-sheet'
          title='取消这次议事会'
          hint='已报名的居民会收到取消通知。取消后不能恢复。'
          message={e.canceller.message(['reason'])}
          confirm={{ id: 'meeting-cancel-confirm', label: '确定取消', kind: 'danger' }}
          busy={e.canceller.busy}
          onConfirm={() => void e.cancel()}
          onCancel={() => e.setCancelling(false)}
          cancelId='meeting-cancel-back'
        >
          <TextField
            id='meeting-cancel-reason'
            label='取消原因（会告诉已报名的居民）'
            multiline
            value={e.reason}
            onChange={e.setReason}
            error={e.canceller.fieldError('reason')}
            placeholder='如：因天气原因改期，时间另行通知'
            maxlength={MEETING_LIMITS.cancelReason}
          />
        </BottomSheet>
      )}
    </Screen>
  );
}
