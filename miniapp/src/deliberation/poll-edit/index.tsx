import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { BALLOT_UNITS, BALLOT_UNIT_LABELS, POLL_LIMITS, POLL_QUESTION_TYPES, POLL_QUESTION_TYPE_LABELS } from '@lingjuli/shared';
import { useEffect } from 'react';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { DateField } from '@/components/DateField';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { AudienceFields } from '@/components/hall/AudienceFields';
import { editorGate } from '@/components/hall/EditorGate';
import { CheckRow } from '@/components/CheckRow';
import { QuestionEditor } from '@/components/polls/QuestionEditor';
import { usePollEdit } from '@/hooks/polls/usePollEdit';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { pollFormFields } from '@/utils/polls/poll-form';
import { POLL_MANAGER_ROLES } from '@/utils/polls/roles';
import { openPage } from '@/utils/navigation';
import '@/components/polls/polls.scss';

const UNIT_CHOICES = BALLOT_UNITS.map((u) => ({
  key: u,
  label: BALLOT_UNIT_LABELS[u],
  note: u === 'household' ? '同一户谁先投算谁的' : '登记了住址的每位居民各投一票',
}));

/**
 * 发起征求意见 / 修改征求意见: the title and what it is about, the questions added one by one, who is asked
 * (the community, some buildings, people invited by name), one answer per household or per person, only
 * verified households or not, when it opens and closes. Editable until the first answer.
 */
export default function DeliberationPollEdit() {
  const id = Number(useRouter().params.id) || null;
  const session = useRoleSession(POLL_MANAGER_ROLES);
  const now = useNow();
  const e = usePollEdit(id, session, now);
  const { draft, submitter } = e;
  useEffect(() => {
    if (id) void Taro.setNavigationBarTitle({ title: '修改征求意见' });
  }, [id]);

  const gate = editorGate({
    loading: !session || e.loading,
    error: e.error,
    onRetry: () => void e.reload(),
    hasCommunity: !!session?.user.communityId,
    cannot: '不能发起征求意见',
    locked:
      !e.editable && e.poll
        ? {
            why: e.poll.status === 'closed' ? '征求意见已截止，不能再修改。' : '已有居民参与，征求意见不能再修改。',
            open: '查看这次征求意见',
            onOpen: () => openPage(routes.pollManage(e.poll!.id), 'redirect'),
          }
        : null,
  });
  if (gate) return gate;

  const fieldError = submitter.fieldError;
  const formMessage = submitter.message(pollFormFields(draft));

  return (
    <Screen className='poll-page'>
      <Text className='title'>{e.isNew ? '发起征求意见' : '修改征求意见'}</Text>
      <Text className='muted'>
        {e.isNew ? '发布后，征求范围内的居民会在“社区议事厅”看到并投票。第一位居民提交后就不能再修改。' : '第一位居民提交前可以修改。'}
      </Text>
      <View className='spacer' />
      <Card>
        <TextField
          id='poll-edit-title'
          label='标题'
          required
          value={draft.title}
          onChange={(v) => e.set('title', v)}
          error={fieldError('title')}
          placeholder='如：小区停车管理方案征求意见'
          maxlength={POLL_LIMITS.title}
        />
        <TextField
          id='poll-edit-description'
          label='说明'
          required
          multiline
          value={draft.description}
          onChange={(v) => e.set('description', v)}
          error={fieldError('description')}
          placeholder='为什么征求意见、各方案的要点、结果怎么用'
          maxlength={POLL_LIMITS.description}
        />
      </Card>

      <Text className='subtitle'>{`题目（${draft.questions.length}题）`}</Text>
      {fieldError('questions') && <Notice tone='error'>{fieldError('questions') as string}</Notice>}
      {draft.questions.map((q, i) => (
        <QuestionEditor
          key={q.key}
          question={q}
          index={i}
          count={draft.questions.length}
          fieldError={fieldError}
          onType={(type) => e.changeType(i, type)}
          onChange={(patch) => e.question(i, patch)}
          onOption={(j, label) => e.setOption(i, j, label)}
          onAddOption={() => e.addOption(i)}
          onRemoveOption={(j) => e.removeOption(i, j)}
          onMove={(by) => e.moveQuestion(i, by)}
          onRemove={() => e.removeQuestion(i)}
        />
      ))}
      {draft.questions.length < POLL_LIMITS.questions && (
        <Card title='添加一题'>
          <View className='poll-add'>
            {POLL_QUESTION_TYPES.map((type) => (
              <Text key={type} id={`poll-edit-add-${type}`} className='poll-add__item' onClick={() => e.addQuestion(type)}>
                {`＋ ${POLL_QUESTION_TYPE_LABELS[type]}题`}
              </Text>
            ))}
          </View>
        </Card>
      )}

      <Card title='征求范围'>
        <AudienceFields
          idPrefix='poll-edit'
          words={{ question: '请谁参与', buildings: '楼栋', act: '参与', invited: '邀请的居民' }}
          draft={draft}
          picker={e.audience}
          onAudience={(a) => e.set('audience', a)}
          fieldError={fieldError}
        />
      </Card>

      <Card title='计票方式'>
        <Field label='每户一票还是每人一票' required error={fieldError('ballotUnit')}>
          <Chips idPrefix='poll-edit-unit' choices={UNIT_CHOICES} value={draft.ballotUnit} onChange={(u) => e.set('ballotUnit', u)} />
        </Field>
        <CheckRow
          id='poll-edit-verified'
          on={draft.verifiedHouseholdsOnly}
          label='仅限社区已核实的住户'
          note='住址经工作人员核实（“住址核实”页）的居民才能投票，适合停车等涉及切身利益的方案'
          onToggle={() => e.set('verifiedHouseholdsOnly', !draft.verifiedHouseholdsOnly)}
        />
        <CheckRow
          id='poll-edit-notify'
          on={draft.notifyParticipants}
          label='截止后通知参与的居民查看结果'
          note='记录采纳方案后也会通知他们；社区工作人员总会收到截止通知'
          onToggle={() => e.set('notifyParticipants', !draft.notifyParticipants)}
        />
      </Card>

      <Card title='时间'>
        <CheckRow id='poll-edit-opens-now' on={draft.opensNow} label='发布后立即开始' onToggle={() => e.set('opensNow', !draft.opensNow)} />
        {!draft.opensNow && (
          <>
            <DateField
              id='poll-edit-opens-day'
              label='开始日期'
              required
              value={draft.opensDay}
              onChange={(v) => e.set('opensDay', v)}
              error={fieldError('opensAt')}
            />
            <DateField id='poll-edit-opens-time' label='开始时间' mode='time' required value={draft.opensTime} onChange={(v) => e.set('opensTime', v)} />
          </>
        )}
        <DateField
          id='poll-edit-closes-day'
          label='截止日期'
          required
          value={draft.closesDay}
          onChange={(v) => e.set('closesDay', v)}
          error={fieldError('closesAt')}
        />
        <DateField
          id='poll-edit-closes-time'
          label='截止时间'
          mode='time'
          required
          value={draft.closesTime}
          onChange={(v) => e.set('closesTime', v)}
          hint={`到点自动截止并公布结果；最长${POLL_LIMITS.maxDays}天`}
        />
      </Card>

      {formMessage && <Notice tone='error'>{formMessage}</Notice>}
      <BigButton id='poll-edit-submit' loading={submitter.busy} onClick={() => void e.submit()}>
        {e.isNew ? '发布征求意见' : '保存修改'}
      </BigButton>
    </Screen>
  );
}
