import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import {
  AUDIENCES,
  BALLOT_UNITS,
  BALLOT_UNIT_LABELS,
  MEETING_AUDIENCE_LABELS,
  POLL_LIMITS,
  POLL_QUESTION_TYPES,
  POLL_QUESTION_TYPE_LABELS,
} from '@lingjuli/shared';
import { useEffect } from 'react';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { DateField } from '@/components/DateField';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { PickSheet } from '@/components/hall/PickSheet';
import { CheckRow } from '@/components/polls/CheckRow';
import { QuestionEditor } from '@/components/polls/QuestionEditor';
import { usePollEdit } from '@/hooks/polls/usePollEdit';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { pollFormFields } from '@/utils/polls/poll-form';
import { POLL_MANAGER_ROLES } from '@/utils/polls/roles';
import { openPage } from '@/utils/navigation';
import '@/components/polls/polls.scss';

const AUDIENCE_CHOICES = AUDIENCES.map((a) => ({ key: a, label: MEETING_AUDIENCE_LABELS[a] }));
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

  if (!session || e.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (e.error)
    return (
      <Screen>
        <ErrorBox error={e.error} onRetry={() => void e.reload()} />
      </Screen>
    );
  if (!session.user.communityId)
    return (
      <Screen>
        <Notice tone='warning'>当前账号未关联社区，不能发起征求意见。</Notice>
      </Screen>
    );
  if (!e.editable && e.poll)
    return (
      <Screen>
        <Notice tone='warning'>{e.poll.status === 'closed' ? '征求意见已截止，不能再修改。' : '已有居民参与，征求意见不能再修改。'}</Notice>
        <BigButton kind='secondary' onClick={() => openPage(routes.pollManage(e.poll!.id), 'redirect')}>
          查看这次征求意见
        </BigButton>
      </Screen>
    );

  const buildings = e.buildings.data ?? [];
  const fieldError = submitter.fieldError;
  const firstOf = (field: string, count: number) => fieldError(field) ?? Array.from({ length: count }, (_, i) => fieldError(`${field}.${i}`)).find(Boolean);
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
        <Field label='请谁参与' required error={fieldError('audience')}>
          <Chips idPrefix='poll-edit-audience' choices={AUDIENCE_CHOICES} value={draft.audience} onChange={(a) => e.set('audience', a)} />
        </Field>
        {draft.audience === 'buildings' && (
          <Field label='楼栋' required error={firstOf('buildingIds', draft.buildingIds.length)} hint='点选一栋或几栋楼，这些楼登记了住址的居民可以参与'>
            {e.buildings.loading && <Loading />}
            {e.buildings.error && <ErrorBox error={e.buildings.error} onRetry={() => void e.buildings.reload()} />}
            {e.buildings.data && buildings.length === 0 && <Empty text='本社区还没有楼栋' />}
            <View className='choice'>
              {buildings.map((b) => {
                const on = draft.buildingIds.includes(b.id);
                return (
                  <View
                    key={b.id}
                    id={`poll-edit-building-${b.id}`}
                    className={`choice__item ${on ? 'choice__item--on' : ''}`}
                    data-selected={on ? 'true' : 'false'}
                    onClick={() => e.toggleBuilding(b.id)}
                  >
                    <Text>{on ? `✓ ${b.name}` : b.name}</Text>
                  </View>
                );
              })}
            </View>
          </Field>
        )}
        {draft.audience === 'invited' && (
          <Field
            label='邀请的居民'
            required
            error={firstOf('invitedUserIds', draft.invitedUserIds.length)}
            hint='从本社区登记了住址的居民和民情专员中选择，如居民代表'
          >
            <View className='poll-chosen'>
              {draft.invitedUserIds.map((userId) => (
                <Text key={userId} id={`poll-edit-invitee-${userId}`} className='poll-chosen__item' onClick={() => e.uninvite(userId)}>
                  {`${e.names.get(userId) ?? `#${userId}`} ✕`}
                </Text>
              ))}
            </View>
            <BigButton id='poll-edit-invite-open' kind='secondary' onClick={e.invite.start}>
              {draft.invitedUserIds.length ? `已选${draft.invitedUserIds.length}人，修改` : '选择邀请的居民'}
            </BigButton>
          </Field>
        )}
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

      {e.invite.open && (
        <PickSheet
          idPrefix='poll-edit-invite'
          title='选择邀请的居民'
          hint='本社区登记了住址的居民和民情专员'
          searchPlaceholder='输入姓名或楼号查找'
          items={e.invite.shown.map((p) => ({ id: p.userId, name: p.name, note: p.note }))}
          selected={e.invite.picked}
          onToggle={(item) => e.invite.toggle(item.id)}
          search={e.invite.search}
          onSearch={e.invite.setSearch}
          loading={e.people.loading}
          error={e.people.error}
          onRetry={() => void e.people.reload()}
          confirmLabel={`确定（${e.invite.picked.length}人）`}
          onConfirm={e.invite.confirm}
          onCancel={e.invite.close}
          emptyText={e.invite.search ? '没有找到，换个字试试' : '本社区还没有居民登记住址'}
        />
      )}
    </Screen>
  );
}
