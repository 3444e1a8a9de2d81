import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { MeetingFacts } from '@/components/hall/MeetingFacts';
import { MinutesView } from '@/components/hall/MinutesView';
import { useMeeting } from '@/hooks/hall/useMeeting';
import { useNow } from '@/hooks/useNow';
import { routes } from '@/routes';
import { checkInOpensLabel, residentMeetingView } from '@/utils/hall/meetings';
import { openPage } from '@/utils/navigation';
import { StateBanner } from '@/components/StateBanner';
import type { StateView } from '@/utils/state-view';
import '@/components/hall/hall.scss';

/** Where she stands with the meeting, in a banner. */
function State({ id, tone, text, note }: { id: string; tone: StateView['tone']; text: string; note?: string }) {
  return <StateBanner id={id} view={{ tone, title: text, note }} />;
}

/**
 * One meeting for a resident: topic, time, place, agenda, places; 报名参加 / 取消报名 before the start; at
 * the door (arriving with `?code=` from the QR) one big 签到 button; after publication the minutes and
 * decisions, her own linked appeals opening.
 */
export default function HallMeeting() {
  const { params } = useRouter();
  const page = useMeeting(params.id, params.code);
  const now = useNow(15_000);
  const { meeting } = page;

  if (page.householdRequired)
    return (
      <Screen>
        <Card>
          <View id='meeting-household-required'>
            <Text className='hall-household__title'>请先登记您的住址</Text>
            <Text className='hall-household__line'>登记住址（楼栋、单元、房间）后，就能查看和报名本社区的议事会。只需登记一次。</Text>
          </View>
          <BigButton id='meeting-household-go' onClick={() => openPage(routes.household())}>
            登记住址
          </BigButton>
        </Card>
      </Screen>
    );
  if (page.loading || (!meeting && !page.error))
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (!meeting)
    return (
      <Screen>
        <ErrorBox error={page.error!} onRetry={() => void page.reload()} />
        <BigButton kind='plain' onClick={() => openPage(routes.hall(), 'redirect')}>
          去社区议事厅
        </BigButton>
      </Screen>
    );

  const view = residentMeetingView(meeting, now);
  const hasMine = meeting.decisions.some((d) => d.appeals.some((a) => page.myAppealIds.has(a.id)));

  return (
    <Screen className='hall-meeting'>
      {page.done && (
        <View id='meeting-done'>
          <Notice tone='ok'>{page.done}</Notice>
        </View>
      )}
      {page.actionError && (
        <View id='meeting-error'>
          <Notice tone='error'>{page.actionError.message}</Notice>
        </View>
      )}

      {/* At the door: check in first, before anything else. */}
      {view.attended ? (
        <State id='meeting-attended' tone='ok' text='您已签到' note='感谢参加议事会！' />
      ) : view.checkIn === 'open' ? (
        <Card>
          {page.code ? (
            <BigButton id='meeting-check-in' className='meeting-check-in' loading={page.busy} onClick={() => void page.checkIn()}>
              签到
            </BigButton>
          ) : page.canScan ? (
            <>
              <Text className='muted'>到了会场，扫一下门口的签到二维码就签到了。</Text>
              <BigButton id='meeting-scan' className='meeting-check-in' loading={page.busy} onClick={() => void page.scan()}>
                扫码签到
              </BigButton>
            </>
          ) : (
            <Text id='meeting-check-in-hint' className='hall-household__line'>
              到了会场，用手机微信“扫一扫”门口的签到二维码，就能签到。
            </Text>
          )}
          {page.scanProblem && <Notice tone='warning'>{page.scanProblem}</Notice>}
        </Card>
      ) : page.code && view.checkIn === 'notOpen' ? (
        <State id='meeting-check-in-not-open' tone='warning' text='签到还没开始' note={checkInOpensLabel(meeting)} />
      ) : page.code && view.checkIn === 'closed' ? (
        <State id='meeting-check-in-closed' tone='info' text='议事会已结束，签到已关闭' />
      ) : null}

      <MeetingFacts meeting={meeting} now={now} />

      {view.phase === 'upcoming' && (
        <Card title='报名'>
          {meeting.signedUpByMe ? (
            <>
              <State id='meeting-signed-up' tone='ok' text='您已报名' note={checkInOpensLabel(meeting)} />
              <BigButton id='meeting-withdraw' kind='plain' loading={page.busy} onClick={() => void page.withdraw()}>
                取消报名
              </BigButton>
            </>
          ) : view.full ? (
            <State id='meeting-full' tone='info' text='名额已满' note='报名的人数已经够了，欢迎关注下次议事会。' />
          ) : (
            <>
              <Text className='muted'>想参加就点下面的按钮报名，开始前都可以取消。</Text>
              <BigButton id='meeting-sign-up' loading={page.busy} onClick={() => void page.signUp()}>
                报名参加
              </BigButton>
            </>
          )}
        </Card>
      )}
      {view.phase === 'inProgress' && !view.attended && meeting.signedUpByMe && <State id='meeting-signed-up' tone='ok' text='您已报名' />}

      {meeting.minutesState === 'published' ? (
        <>
          {hasMine && <Notice tone='info'>标红的诉求编号是您反映过的问题，点一下可以查看办理情况。</Notice>}
          <MinutesView meeting={meeting} canOpen={page.myAppealIds} onOpenAppeal={(id) => openPage(routes.appeal(id))} title='会议纪要和决议' />
        </>
      ) : (
        view.phase === 'ended' && (
          <Card title='会议纪要'>
            <Text id='meeting-minutes-pending' className='muted'>
              会议纪要和决议整理好后会在这里公布。
            </Text>
          </Card>
        )
      )}
    </Screen>
  );
}
