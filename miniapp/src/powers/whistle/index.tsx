import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import {
  PERMISSIONS,
  SATISFACTIONS,
  makesWhistleMove,
  SATISFACTION_LABELS,
  WHISTLE_STATUS_LABELS,
  formatShanghaiDateTime,
  type WhistleAction,
} from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Tag, TierTag } from '@/components/Tags';
import { FormCard } from '@/components/powers/FormCard';
import { WhistleRecord } from '@/components/powers/WhistleRecord';
import { WhistleTargets } from '@/components/powers/WhistleTargets';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { InfoRows } from '@/components/staff/InfoRows';
import { TextField } from '@/components/staff/TextField';
import { useWhistle } from '@/hooks/powers/useWhistle';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { appealUrlFor } from '@/utils/powers/coordination';
import { describeReportIn, describeWhistle, idleMessage, myTarget, whistleButtons } from '@/utils/powers/whistles';
import { openPage } from '@/utils/navigation';
import './index.scss';

const RATINGS = SATISFACTIONS.map((s) => ({ key: s, label: SATISFACTION_LABELS[s] }));

const TEXT_FORMS: Record<
  Exclude<WhistleAction, 'close'>,
  { title: string; hint: string; label: string; field: string; required: boolean; placeholder: string; submit: string }
> = {
  reportIn: {
    title: '报到',
    hint: '确认本单位已接到吹哨并到位（到场或指定专人对接）。',
    label: '报到说明',
    field: 'note',
    required: false,
    placeholder: '可不填，如：绿化队张队长带3人已到场',
    submit: '确认报到',
  },
  progress: {
    title: '报告进展',
    hint: '社区和街道可见。',
    label: '进展情况',
    field: 'content',
    required: true,
    placeholder: '如：倒伏树木已切割，正在清运',
    submit: '提交进展',
  },
  complete: {
    title: '办结',
    hint: '报告本单位的办理结果；全部单位办结后由社区结束并评价。',
    label: '办结情况',
    field: 'note',
    required: true,
    placeholder: '如：倒伏树木已移除，道路恢复通行',
    submit: '确认办结',
  },
};

/** One whistle: what it is about, the report-in deadline, each department's part, its record, and what the caller may do now. */
export default function PowersWhistle() {
  const id = Number(useRouter().params.id);
  const session = useRoleSession(PERMISSIONS['whistle.read']);
  const w = useWhistle(id, !!session);
  const now = useNow();

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少吹哨编号，请从吹哨列表进入。</Notice>
      </Screen>
    );
  if (!session || w.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (w.error && !w.detail)
    return (
      <Screen>
        <ErrorBox error={w.error} onRetry={() => void w.reload()} />
      </Screen>
    );
  const detail = w.detail;
  if (!detail)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const departmentId = session.user.departmentId;
  const mine = myTarget(detail, departmentId);
  const deadline = mine ? describeReportIn(detail, mine, now) : describeWhistle(detail, now);
  const missed = detail.targets.some((t) => t.reportInMissed);
  const buttons = whistleButtons(detail.actions);
  const text = w.open && w.open !== 'close' ? TEXT_FORMS[w.open] : null;
  const formId = `whistle-${w.open === 'reportIn' ? 'report-in' : w.open}`;
  const appealPage = detail.appealId !== null ? appealUrlFor(session.user.role, detail.appealId) : null;
  const { submitter } = w;

  return (
    <Screen className='whistle'>
      <Card className='whistle__head'>
        <View className='whistle__tags'>
          {missed && <Text className='staff-flag staff-flag--supervised'>督办</Text>}
          <Tag tone={detail.status === 'open' ? 'warning' : 'plain'}>{WHISTLE_STATUS_LABELS[detail.status]}</Tag>
          <TierTag tier={detail.tier} />
        </View>
        <Text id='whistle-subject-text' className='whistle__subject'>
          {detail.subject}
        </Text>
        <View id='whistle-countdown' className={`countdown countdown--${deadline.state} whistle__due`} data-state={deadline.state}>
          <Text className='countdown__text'>{deadline.text}</Text>
          <Text className='countdown__due'>报到期限 {deadline.due}</Text>
        </View>
        <Text className='muted'>
          {detail.communityName} · {detail.createdBy.name} 吹哨于 {formatShanghaiDateTime(new Date(detail.createdAt))}
        </Text>
      </Card>

      {!w.open && buttons.length > 0 && (
        <View className='whistle__actions'>
          {buttons.map((b) => (
            <BigButton key={b.id} id={b.id} kind={b.kind} className={`whistle__action whistle__action--${b.kind}`} onClick={() => w.choose(b.action)}>
              {b.label}
            </BigButton>
          ))}
        </View>
      )}
      {!w.open && buttons.length === 0 && <Notice tone='info'>{idleMessage(detail, mine, makesWhistleMove(session.user.role, 'close'))}</Notice>}

      <View id='whistle-form'>
        {text && (
          <FormCard
            id={formId}
            title={text.title}
            hint={text.hint}
            message={submitter.message([text.field])}
            submitLabel={text.submit}
            busy={submitter.busy}
            onSubmit={() => void w.submit()}
            onCancel={w.cancel}
          >
            <TextField
              id={`${formId}-${text.field}`}
              label={text.label}
              required={text.required}
              multiline
              value={w.text}
              onChange={w.setText}
              error={submitter.fieldError(text.field)}
              placeholder={text.placeholder}
            />
          </FormCard>
        )}
        {w.open === 'close' && (
          <FormCard
            id='whistle-close'
            title='结束并评价'
            hint='请对每个单位的响应作出评价；评价计入科室考评。'
            message={submitter.message(detail.targets.flatMap((t) => [`rating-${t.departmentId}`, `comment-${t.departmentId}`]))}
            submitLabel='结束吹哨'
            busy={submitter.busy}
            onSubmit={() => void w.submit()}
            onCancel={w.cancel}
          >
            {detail.targets.map((t) => (
              <View key={t.departmentId} className='whistle__rate'>
                <Field label={t.departmentName} required error={submitter.fieldError(`rating-${t.departmentId}`)}>
                  <ChoiceChips
                    idPrefix={`whistle-rating-${t.departmentId}`}
                    choices={RATINGS}
                    value={w.ratings[t.departmentId] ?? null}
                    onChange={(r) => r && w.rate(t.departmentId, r)}
                  />
                </Field>
                <TextField
                  id={`whistle-rating-comment-${t.departmentId}`}
                  label='评价意见'
                  value={w.comments[t.departmentId] ?? ''}
                  onChange={(v) => w.comment(t.departmentId, v)}
                  error={submitter.fieldError(`comment-${t.departmentId}`)}
                  placeholder='可不填，如：到场及时，处置到位'
                />
              </View>
            ))}
          </FormCard>
        )}
      </View>

      <Card title='吹哨内容'>
        <Text className='whistle__description'>{detail.description}</Text>
        <InfoRows
          rows={[
            {
              label: '关联诉求',
              value:
                detail.appealId === null ? (
                  '社区事务（无关联诉求）'
                ) : (
                  <View className='whistle__appeal'>
                    <Text>{w.appeal ? `${w.appeal.code} ${w.appeal.summary}` : `诉求 #${detail.appealId}`}</Text>
                    {w.appeal && appealPage && (
                      <Text id='whistle-open-appeal' className='whistle__link' onClick={() => openPage(appealPage)}>
                        查看诉求 ›
                      </Text>
                    )}
                    <Text id='whistle-open-coordination' className='whistle__link' onClick={() => openPage(routes.coordination(detail.appealId as number))}>
                      统筹协调 ›
                    </Text>
                  </View>
                ),
            },
            { label: '被吹哨单位', value: `${detail.targets.length}个` },
          ]}
        />
      </Card>

      <Card title='各单位报到与办理'>
        <WhistleTargets detail={detail} now={now} departmentId={departmentId} />
      </Card>

      <Card title='吹哨记录'>
        <WhistleRecord events={detail.events} />
      </Card>
    </Screen>
  );
}
