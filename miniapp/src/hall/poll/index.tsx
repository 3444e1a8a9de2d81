import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BALLOT_UNIT_LABELS, POLL_STATUS_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { useEffect } from 'react';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { Tag } from '@/components/Tags';
import { AdoptionCard } from '@/components/polls/AdoptionCard';
import { AnswerConfirmSheet } from '@/components/polls/AnswerConfirmSheet';
import { StateBanner } from '@/components/StateBanner';
import { QuestionAnswer } from '@/components/polls/QuestionAnswer';
import { QuestionResult, TurnoutCard } from '@/components/polls/ResultBars';
import { usePoll } from '@/hooks/polls/usePoll';
import { routes } from '@/routes';
import { useSession } from '@/state/session';
import { answerOf, answerSummary, questionError } from '@/utils/polls/answer-form';
import { answerStateView, participantsLine } from '@/utils/polls/refusals';
import { POLL_ANSWER_ROLES } from '@/utils/polls/roles';
import { openPage } from '@/utils/navigation';
import '@/components/polls/polls.scss';

/** Her state in which the questions are shown at all (answered ones need nothing more from her). */
const SHOWS_QUESTIONS = ['canAnswer', 'householdRequired', 'householdNotVerified', 'notOpen'];

/**
 * 征求意见 for a resident (or liaison) of its audience: the title and what it is about; each question as a
 * big control; 提交 after a confirm (one per household or person, final, anonymous); the refusals as
 * sentences; once it closed, the results as bars with the turnout and the adopted plan.
 */
export default function HallPoll() {
  const { params } = useRouter();
  const page = usePoll(params.id);
  const session = useSession();
  const { poll } = page;
  const atWork = !!session && !POLL_ANSWER_ROLES.includes(session.user.role);
  useEffect(() => {
    // Staff opening a resident's link (a notice, a shared page): their page for the poll.
    if (atWork && page.id > 0) openPage(routes.pollManage(page.id), 'redirect');
  }, [atWork, page.id]);

  if (page.loading || (!poll && !page.loadError))
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (!poll)
    return (
      <Screen className='poll-page'>
        {page.loadRefusal && page.loadError?.status === 404 ? (
          <StateBanner id='poll-load-error' view={{ tone: 'warning', title: '无法查看这次征求意见', note: page.loadRefusal.message }} />
        ) : (
          <ErrorBox error={page.loadError!} onRetry={() => void page.reload()} />
        )}
        <BigButton kind='plain' onClick={() => openPage(routes.hall(), 'redirect')}>
          去社区议事厅
        </BigButton>
      </Screen>
    );

  const state = poll.answerState;
  const closed = poll.status === 'closed';
  const stateView = page.receipt || page.refusal ? null : answerStateView(state, poll);
  const showQuestions = !closed && !page.receipt && state !== null && SHOWS_QUESTIONS.includes(state);
  const disabled = state === 'notOpen' || state === 'householdNotVerified';
  const needsHousehold = state === 'householdRequired' || page.refusal?.action === 'household';

  return (
    <Screen className='poll-page'>
      <Card>
        <View className='poll-head__tags'>
          <Tag tone={poll.status === 'open' ? 'ok' : 'plain'}>{POLL_STATUS_LABELS[poll.status]}</Tag>
          <Tag>{BALLOT_UNIT_LABELS[poll.ballotUnit]}</Tag>
          {poll.verifiedHouseholdsOnly && <Tag>限已核实住户</Tag>}
        </View>
        <Text id='poll-title' className='poll-head__title'>
          {poll.title}
        </Text>
        <Text className='poll-head__description'>{poll.description}</Text>
        <Text className='poll-head__meta'>
          {closed
            ? `${formatShanghaiDateTime(new Date(poll.closedAt ?? poll.closesAt))} 已截止`
            : `${formatShanghaiDateTime(new Date(poll.closesAt))} 截止 · ${participantsLine(poll.ballotUnit, poll.participants)}`}
        </Text>
        <Text className='poll-head__meta'>{`${poll.communityName} · 匿名投票：工作人员也看不到您选了什么`}</Text>
      </Card>

      {page.receipt && (
        <StateBanner
          id='poll-done'
          view={{
            tone: 'ok',
            title: '提交成功，谢谢您参与！',
            note: `${poll.ballotUnit === 'household' ? '您家的意见' : '您的意见'}已经记下。结果在${formatShanghaiDateTime(new Date(poll.closesAt))}截止后公布，到时回到这里就能看到。`,
          }}
        />
      )}
      {page.refusal && (
        <StateBanner id='poll-refusal' state={page.refusal.code} view={{ tone: page.refusal.final ? 'info' : 'danger', title: page.refusal.message }} />
      )}
      {stateView && <StateBanner id='poll-state' state={state ?? ''} view={stateView} />}
      {needsHousehold && !closed && (
        <BigButton id='poll-household-go' onClick={() => openPage(routes.household())}>
          登记住址
        </BigButton>
      )}

      {closed && (
        <View id='poll-results'>
          {poll.adoption && <AdoptionCard adoption={poll.adoption} />}
          {page.resultsLoading && <Loading text='正在读取结果…' />}
          {page.resultsError && <ErrorBox error={page.resultsError} onRetry={() => void page.reloadResults()} />}
          {page.results && (
            <>
              <TurnoutCard results={page.results} />
              {page.results.questions.map((q, i) => (
                <QuestionResult key={q.questionId} question={q} index={i} unit={page.results!.ballotUnit} />
              ))}
            </>
          )}
        </View>
      )}

      {showQuestions && (
        <View id='poll-questions'>
          {poll.questions.map((q, i) => (
            <QuestionAnswer
              key={q.id}
              question={q}
              index={i}
              answer={answerOf(page.answers, q.id)}
              onTap={(optionId) => page.tap(q, optionId)}
              onText={(text) => page.typeText(q.id, text)}
              disabled={disabled}
              error={questionError(i, page.fieldError)}
              limit={page.limit?.questionId === q.id ? page.limit.message : undefined}
            />
          ))}
          {state === 'canAnswer' && (
            <>
              <Text className='poll-progress'>{`已答${page.answered}题，共${poll.questions.length}题`}</Text>
              <BigButton id='poll-submit' className='poll-submit' loading={page.busy} onClick={() => void page.review()}>
                提交
              </BigButton>
            </>
          )}
        </View>
      )}

      {page.confirming && (
        <AnswerConfirmSheet
          unit={poll.ballotUnit}
          summary={answerSummary(poll.questions, page.answers)}
          busy={page.busy}
          onConfirm={() => void page.confirm()}
          onCancel={page.cancelConfirm}
        />
      )}
    </Screen>
  );
}
