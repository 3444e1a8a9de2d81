import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BALLOT_UNIT_LABELS, MEETING_AUDIENCE_LABELS, POLL_LIMITS, POLL_STATUS_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { BottomSheet } from '@/components/BottomSheet';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { FormCard } from '@/components/powers/FormCard';
import { InfoRows } from '@/components/staff/InfoRows';
import { TextField } from '@/components/staff/TextField';
import { AdoptionCard } from '@/components/polls/AdoptionCard';
import { AdoptionPicker } from '@/components/polls/AdoptionPicker';
import { QuestionResult, TurnoutCard } from '@/components/polls/ResultBars';
import { usePollManage } from '@/hooks/polls/usePollManage';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { pollTimeLine } from '@/utils/polls/lists';
import { leadingOptions } from '@/utils/polls/results';
import { POLL_STAFF_ROLES } from '@/utils/polls/roles';
import { openPage } from '@/utils/navigation';
import '@/components/polls/polls.scss';

const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

/**
 * One poll as staff keep it: what was asked and of whom, the live results (the free words masked),
 * 修改 until the first answer, 提前截止 after a confirm, 下载结果 (.xlsx), and after the close 记录采纳方案.
 */
export default function DeliberationPoll() {
  const id = Number(useRouter().params.id) || 0;
  const session = useRoleSession(POLL_STAFF_ROLES);
  const now = useNow();
  const m = usePollManage(id, session);
  const { poll, results } = m;

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少征求意见编号，请从征求意见列表进入。</Notice>
      </Screen>
    );
  if (!session || m.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (!poll)
    return (
      <Screen>
        {m.error ? <ErrorBox error={m.error} onRetry={() => void m.reload()} /> : <Loading />}
        <BigButton kind='plain' onClick={() => openPage(routes.polls(), 'redirect')}>
          回到征求意见列表
        </BigButton>
      </Screen>
    );

  const closed = poll.status === 'closed';
  const when = pollTimeLine(poll, now);
  const audience =
    poll.audience === 'buildings'
      ? `${MEETING_AUDIENCE_LABELS.buildings}：${poll.buildings.map((b) => b.name).join('、')}`
      : poll.audience === 'invited'
        ? `${MEETING_AUDIENCE_LABELS.invited}，共${poll.invitedUserIds.length}人`
        : MEETING_AUDIENCE_LABELS.community;

  return (
    <Screen className='poll-page'>
      <Card>
        <View className='poll-head__tags'>
          <Tag tone={poll.status === 'open' ? 'ok' : closed && !poll.adoption ? 'warning' : 'plain'}>{POLL_STATUS_LABELS[poll.status]}</Tag>
          <Tag>{BALLOT_UNIT_LABELS[poll.ballotUnit]}</Tag>
          {poll.verifiedHouseholdsOnly && <Tag>限已核实住户</Tag>}
        </View>
        <Text id='poll-manage-title' className='poll-head__title'>
          {poll.title}
        </Text>
        <Text id='poll-manage-when' className={`poll-row__line ${when.urgent ? 'poll-row__line--urgent' : ''}`}>
          {when.text}
        </Text>
        <Text className='poll-head__description'>{poll.description}</Text>
        <InfoRows
          rows={[
            { label: '社区', value: poll.communityName },
            { label: '征求范围', value: audience },
            { label: '开始', value: time(poll.opensAt) },
            { label: '截止', value: time(poll.closesAt) },
            { label: '发起', value: `${poll.createdBy.name} · ${time(poll.createdAt)}` },
            { label: '结果通知', value: poll.notifyParticipants ? '截止后通知参与的居民' : '不通知居民' },
          ]}
        />
      </Card>

      {m.canManage && !closed && (
        <Card title='管理'>
          {poll.editable ? (
            <BigButton id='poll-manage-edit' kind='secondary' onClick={() => openPage(routes.pollEdit(poll.id))}>
              修改征求意见
            </BigButton>
          ) : (
            <Text className='muted'>已有居民参与，不能再修改。</Text>
          )}
          <BigButton id='poll-manage-close-open' kind='danger' onClick={() => m.setClosing(true)}>
            提前截止
          </BigButton>
        </Card>
      )}

      {poll.adoption && <AdoptionCard adoption={poll.adoption} showWho />}
      {closed && !poll.adoption && m.canManage && (
        <FormCard
          id='poll-adopt'
          title='记录采纳方案'
          hint='选择采纳的选项，和/或写下采纳的方案（如试行期限、细则）。记录后居民在结果页看到，参与的居民会收到通知；记录后不能修改。'
          message={m.adopter.message(['optionId', 'text'])}
          submitLabel='记录采纳方案'
          busy={m.adopter.busy}
          onSubmit={() => void m.adopt()}
        >
          <Field label='采纳的选项' error={m.adopter.fieldError('optionId')}>
            <AdoptionPicker questions={poll.questions} chosen={m.optionId} leading={leadingOptions(results)} onChoose={m.chooseOption} />
          </Field>
          <TextField
            id='poll-adopt-text'
            label='采纳方案'
            multiline
            value={m.text}
            onChange={m.setText}
            error={m.adopter.fieldError('text')}
            placeholder='如：错时共享停车，夜间19:00至次日7:30开放单位停车场，试行三个月后再议'
            maxlength={POLL_LIMITS.adoptionText}
          />
        </FormCard>
      )}
      {closed && !poll.adoption && !m.canManage && <Notice tone='info'>社区尚未记录采纳方案。</Notice>}

      <Text className='subtitle'>{closed ? '结果' : '实时结果'}</Text>
      {!closed && <Text className='muted'>居民提交后随时更新（每30秒刷新一次）；截止前只有工作人员能看到。</Text>}
      {m.canExport && (
        <BigButton id='poll-manage-download' kind='secondary' loading={m.downloading} onClick={() => void m.download()}>
          下载结果（Excel）
        </BigButton>
      )}
      {m.downloadError && <Notice tone='error'>{m.downloadError}</Notice>}
      {m.resultsLoading && <Loading text='正在读取结果…' />}
      {m.resultsError && <ErrorBox error={m.resultsError} onRetry={() => void m.reload()} />}
      {results && (
        <View id='poll-manage-results'>
          <TurnoutCard results={results} />
          {results.questions.map((q, i) => (
            <QuestionResult key={q.questionId} question={q} index={i} unit={results.ballotUnit} />
          ))}
          <Text className='muted'>文字意见中的电话、身份证号等已自动隐去；结果只有各项总数，看不到谁选了什么。</Text>
        </View>
      )}

      {m.closing && (
        <BottomSheet
          id='poll-close-sheet'
          title='提前截止'
          hint={`截止后居民不能再投票，结果立即公布${poll.notifyParticipants ? '，参与的居民会收到通知' : ''}。截止后不能重新开放。`}
          message={m.closer.error?.message}
          confirm={{ id: 'poll-close-confirm', label: '确定截止', kind: 'danger' }}
          busy={m.closer.busy}
          onConfirm={() => void m.close()}
          onCancel={() => m.setClosing(false)}
          cancelId='poll-close-cancel'
        >
          <Text>{`「${poll.title}」目前${poll.participants}${poll.ballotUnit === 'household' ? '户' : '人'}参与。`}</Text>
        </BottomSheet>
      )}
    </Screen>
  );
}
