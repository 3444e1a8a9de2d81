import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { SURVEY_LIMITS, type SurveyInfo } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { AnswerButtons } from '@/components/surveys/AnswerButtons';
import { QueueList } from '@/components/surveys/QueueList';
import { UploadStatus } from '@/components/surveys/UploadStatus';
import { useOpenSurveys } from '@/hooks/surveys/useOpenSurveys';
import { useSurveyEntry } from '@/hooks/surveys/useSurveyEntry';
import { useRoleSession } from '@/hooks/useRoleSession';
import { goToTasks } from '@/liaison/leave';
import { routes } from '@/routes';
import type { Session } from '@/state/session';
import { backOr, openPage } from '@/utils/navigation';
import { savedLine } from '@/utils/surveys/household';
import { SURVEY_ENTRY_ROLES } from '@/utils/surveys/list';
import { shortDay, surveyPeriod } from '@/utils/surveys/results';
import '@/components/surveys/surveys.scss';

/** Up to this many buildings are big chips; more go in a picker (as on the report page). */
const BUILDING_CHIPS = 16;

/**
 * 入户调查 at the door: without `id` the open surveys of her community; with it, one household at a
 * time — where (optional), each question with big answer buttons, 保存这一户. Saved households wait
 * on the phone and are sent in order; a weak signal loses nothing. Liaisons, and the community's staff
 * who go door to door with them.
 */
export default function LiaisonSurvey() {
  const id = Number(useRouter().params.id) || null;
  const session = useRoleSession(SURVEY_ENTRY_ROLES);
  if (!session)
    return (
      <Screen className='liaison'>
        <Loading />
      </Screen>
    );
  return id ? <SurveyAtDoor session={session} surveyId={id} /> : <OpenSurveys session={session} />;
}

/** Her tasks (a liaison), or back where staff came from. */
function WayOut({ session }: { session: Session }) {
  return session.user.role === 'liaison' ? (
    <BigButton id='liaison-home' kind='plain' onClick={goToTasks}>
      回到我的任务
    </BigButton>
  ) : (
    <BigButton id='survey-back' kind='plain' onClick={() => backOr(routes.surveys())}>
      返回
    </BigButton>
  );
}

function OpenSurveys({ session }: { session: Session }) {
  const o = useOpenSurveys(session);
  const q = o.queue;
  const counts = q.counts();
  const list = o.surveys ?? [];
  const waitingFor = (s: SurveyInfo) => q.counts(s.id).waiting;

  return (
    <Screen className='liaison survey-door'>
      <Text className='liaison__hello'>入户调查</Text>
      {o.offline && <Notice tone='warning'>网络不好，显示的是上次打开时的调查。</Notice>}
      {counts.waiting > 0 && (
        <UploadStatus saved={null} waiting={counts.waiting} refused={counts.refused} sending={q.sending} stopped={q.stopped} onResend={() => void q.resend()} />
      )}

      {o.loading && !o.surveys && <Loading />}
      {o.error && <ErrorBox error={o.error} onRetry={() => void o.reload()} />}
      {!o.loading && !o.error && list.length === 0 && <Empty text='现在没有进行中的入户调查' />}
      {list.map((s) => (
        <View key={s.id} id={`survey-open-${s.id}`} className='card survey-open' data-id={String(s.id)} onClick={() => openPage(routes.liaisonSurvey(s.id))}>
          <Text className='survey-open__title'>{s.title}</Text>
          <Text className='survey-open__line'>{`${surveyPeriod(s)} · ${s.questions.length} 道题`}</Text>
          <Text className='survey-open__line'>{`我已录 ${(s.myEntries ?? 0) + waitingFor(s)} 户${waitingFor(s) ? `（${waitingFor(s)} 户待上传）` : ''}`}</Text>
          <Text className='survey-open__go'>去录入 ›</Text>
        </View>
      ))}

      {q.entries.length > 0 && (
        <>
          <Text className='liaison__section'>{`待上传（${q.entries.length} 户）`}</Text>
          <QueueList entries={q.entries} showSurvey onDiscard={(e) => void q.discard(e.clientKey)} />
        </>
      )}
      <View className='liaison-leave'>
        <WayOut session={session} />
      </View>
    </Screen>
  );
}

function SurveyAtDoor({ session, surveyId }: { session: Session; surveyId: number }) {
  const e = useSurveyEntry(session, surveyId);
  const s = e.survey.data;
  const buildings = e.buildings.data ?? [];
  const q = e.queue;
  const mine = q.entries.filter((x) => x.surveyId === surveyId);
  const canEnter = !!s && s.status === 'open' && s.actions.includes('enter');

  return (
    <Screen className='liaison survey-door'>
      <Text className='liaison__hello'>入户调查</Text>
      {s && (
        <Text id='survey-title' className='liaison__sub'>
          {s.title}
        </Text>
      )}
      {e.survey.offline && <Notice tone='warning'>网络不好，显示的是上次打开时的调查；保存的每一户都先留在手机上，有网再上传。</Notice>}
      {e.survey.loading && !s && <Loading />}
      {e.survey.error && !s && <ErrorBox error={e.survey.error} onRetry={() => void e.survey.reload()} />}

      {s && <UploadStatus saved={e.saved} waiting={e.waiting} refused={e.refused} sending={q.sending} stopped={q.stopped} onResend={() => void q.resend()} />}

      {s && s.status === 'closed' && <Notice tone='warning'>这个调查已经结束，不能再录入了。</Notice>}
      {s && s.status === 'scheduled' && <Notice tone='warning'>{`这个调查还没开始，${shortDay(s.opensOn)}开始录入。`}</Notice>}
      {s && s.status === 'open' && !canEnter && <Notice tone='warning'>您所在的社区不在这个调查里，不能录入。</Notice>}

      {s && canEnter && (
        <View id='survey-form' className='survey-form'>
          {s.purpose && <Text className='survey-door__purpose'>{`调查目的：${s.purpose}`}</Text>}
          {e.savedNo !== null && (
            <View id='survey-saved' className='survey-saved' data-n={e.savedNo}>
              <Text className='survey-saved__title'>{`✓ ${savedLine(e.savedNo)}`}</Text>
              <Text>请到下一户</Text>
            </View>
          )}
          {e.fixing && (
            <View className='card survey-fixing'>
              <Text>正在修改一户未能上传的回答，改好后点“保存这一户”。</Text>
              <BigButton id='survey-fix-cancel' kind='plain' onClick={e.cancelFix}>
                不改了
              </BigButton>
            </View>
          )}

          <Card title='这一户在哪（可不填）'>
            <View className='survey-place'>
              <Field label='楼栋' error={e.error('buildingId')}>
                {buildings.length <= BUILDING_CHIPS ? (
                  <Chips
                    idPrefix='survey-building'
                    itemClassName='liaison-chip'
                    choices={[{ key: 'none', label: '不填' }, ...buildings.map((b) => ({ key: String(b.id), label: b.name }))]}
                    value={e.draft.buildingId === null ? 'none' : String(e.draft.buildingId)}
                    onChange={(key) => e.setBuilding(key === 'none' ? null : Number(key))}
                  />
                ) : (
                  <Picker
                    mode='selector'
                    range={['不填', ...buildings.map((b) => b.name)]}
                    onChange={(ev) => {
                      const i = Number(ev.detail.value);
                      e.setBuilding(i === 0 ? null : buildings[i - 1].id);
                    }}
                  >
                    <View className='picker' id='survey-building'>
                      {buildings.find((b) => b.id === e.draft.buildingId)?.name ?? '不填（点击选择楼栋）'}
                    </View>
                  </Picker>
                )}
              </Field>
              <Field label='单元' error={e.error('unit')}>
                <Input
                  id='survey-unit'
                  className='input'
                  value={e.draft.unit}
                  maxlength={SURVEY_LIMITS.unitMax}
                  placeholder='如：2'
                  onInput={(ev) => e.setUnit(ev.detail.value)}
                />
              </Field>
              <Field label='门牌号' error={e.error('room')}>
                <Input
                  id='survey-room'
                  className='input'
                  value={e.draft.room}
                  maxlength={SURVEY_LIMITS.roomMax}
                  placeholder='如：301'
                  onInput={(ev) => e.setRoom(ev.detail.value)}
                />
              </Field>
            </View>
          </Card>

          {s.questions.map((question, i) => {
            const answer = e.draft.answers[question.id];
            return (
              <Card key={question.id} title={`第${question.position}题`} className='survey-question'>
                <View id={`survey-q${question.position}`} data-type={question.type}>
                  <Text className='survey-question__text'>{question.text}</Text>
                  {/* A Field without a label of its own: the question above is the label. */}
                  <View className={`field ${e.error(`answers.${i}`) ? 'field--error' : ''}`}>
                    {question.type === 'text' ? (
                      <Textarea
                        id={`survey-q${question.position}-text`}
                        className='textarea'
                        value={answer?.text ?? ''}
                        maxlength={SURVEY_LIMITS.textAnswerMax}
                        placeholder='居民说的话（可不填）'
                        onInput={(ev) => e.type(i, question.id, ev.detail.value)}
                      />
                    ) : (
                      <AnswerButtons question={question} value={answer?.choice ?? null} onChange={(choice) => e.choose(i, question.id, choice)} />
                    )}
                    {e.error(`answers.${i}`) && <Text className='field__error'>{e.error(`answers.${i}`)}</Text>}
                  </View>
                </View>
              </Card>
            );
          })}

          <BigButton id='survey-save' className='survey-save' onClick={e.save}>
            保存这一户
          </BigButton>
          <Text className='muted survey-door__keep'>保存后先存在手机上，有网就自动上传；没网也不会丢。</Text>
        </View>
      )}

      {mine.length > 0 && (
        <>
          <Text className='liaison__section'>{`这个调查待上传（${mine.length} 户）`}</Text>
          <QueueList entries={mine} onFix={canEnter ? (x) => e.fix(x.clientKey) : undefined} onDiscard={(x) => void q.discard(x.clientKey)} />
        </>
      )}
      {e.otherWaiting > 0 && <Text className='muted'>{`其他调查还有 ${e.otherWaiting} 户待上传，会一起上传。`}</Text>}
      <View className='liaison-leave'>
        <WayOut session={session} />
      </View>
    </Screen>
  );
}
