import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { MEETING_LIMITS, appealPagePath, formatShanghaiDateTime, isCommunityStaff } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { BottomSheet } from '@/components/BottomSheet';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { CheckInQrCard } from '@/components/hall/CheckInQrCard';
import { DecisionEditor } from '@/components/hall/DecisionEditor';
import { MeetingFacts } from '@/components/hall/MeetingFacts';
import { MinutesView } from '@/components/hall/MinutesView';
import { PickSheet } from '@/components/hall/PickSheet';
import { SignInList } from '@/components/hall/SignInList';
import { useMeetingManage } from '@/hooks/hall/useMeetingManage';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { linkedAppealError, minutesFields, publishWarning } from '@/utils/hall/minutes-form';
import { MEETING_STAFF_ROLES } from '@/utils/hall/roles';
import { openPage } from '@/utils/navigation';
import '@/components/hall/hall.scss';

/**
 * One meeting as staff keep it: the facts (修改 / 取消 before the start), the door's check-in QR, who
 * signed up and who came (记录签到), and the minutes — text, decisions with 通过 / 未通过 / 未表决 and the
 * appeals they answer — saved as a draft and published after a confirm, read-only from then on. The
 * grid and the street read it.
 */
export default function DeliberationMeeting() {
  const id = Number(useRouter().params.id) || 0;
  const session = useRoleSession(MEETING_STAFF_ROLES);
  const now = useNow(15_000);
  const p = useMeetingManage(id, session, now);
  const { meeting, minutes, attendance } = p;

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少议事会编号，请从议事会列表进入。</Notice>
      </Screen>
    );
  if (!session || p.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (!meeting) return <Screen>{p.error ? <ErrorBox error={p.error} onRetry={() => void p.reload()} /> : <Loading />}</Screen>;

  const role = session.user.role;
  const openAppeal = (appealId: number) => openPage(`/${appealPagePath(role, appealId)}`);
  const fields = minutesFields(minutes.draft);
  const cancelled = meeting.status === 'cancelled';

  return (
    <Screen className='meeting-manage'>
      <MeetingFacts meeting={meeting} now={now} showCommunity={!isCommunityStaff(role)} />
      {meeting.createdBy && <Text className='muted'>{`${meeting.createdBy.name} 发起`}</Text>}
      {p.canEdit && (
        <BigButton id='meeting-manage-edit' kind='secondary' onClick={() => openPage(routes.meetingEdit(meeting.id))}>
          修改或取消议事会
        </BigButton>
      )}
      <View className='spacer' />

      {p.manager && !cancelled && p.phase !== 'ended' && (
        <CheckInQrCard
          shown={p.qr.shown}
          onShow={p.qr.show}
          onHide={p.qr.hide}
          code={p.qr.code}
          link={p.qr.link}
          loading={p.qr.loading}
          error={p.qr.error}
          onRetry={() => void p.qr.reload()}
        />
      )}

      {p.manager && !cancelled && (
        <Card title='报名和签到'>
          {p.participantsLoading && <Loading />}
          {p.participantsError && <ErrorBox error={p.participantsError} onRetry={() => void p.reloadParticipants()} />}
          {p.participants && <SignInList participants={p.participants} onUndo={(userId, name) => void attendance.remove(userId, name)} />}
          {attendance.removeError && <Notice tone='error'>{attendance.removeError.message}</Notice>}
          {p.canRecord ? (
            <BigButton id='meeting-attendance-open' kind='secondary' onClick={attendance.start}>
              记录签到（勾选到会的人）
            </BigButton>
          ) : (
            <Text className='muted'>{`议事会开始前1小时（${formatShanghaiDateTime(new Date(meeting.checkInOpensAt))}）起可以记录签到。`}</Text>
          )}
        </Card>
      )}
      {!p.manager && (
        <Card title='报名和签到'>
          <Text id='meeting-counts'>{`报名${meeting.signUps}人${meeting.attendance !== null ? ` · 到会${meeting.attendance}人` : ''}`}</Text>
        </Card>
      )}

      {meeting.minutesState === 'published' ? (
        <>
          <View id='meeting-minutes-published'>
            <Notice tone='ok'>会议纪要已发布，居民可以在“社区议事厅”查看；关联诉求的居民已收到通知。纪要不能再修改。</Notice>
          </View>
          <MinutesView meeting={meeting} canOpen='all' onOpenAppeal={openAppeal} />
        </>
      ) : p.canWriteMinutes ? (
        <Card title='会议纪要和决议'>
          <View id='meeting-minutes-form'>
            {minutes.restored && <Notice tone='info'>已恢复您上次没有保存的纪要。</Notice>}
            <Text className='muted'>先保存草稿，居民看不到；议事会结束后发布，发布后不能再修改。</Text>
            <TextField
              id='meeting-minutes-text'
              label='会议纪要'
              required
              multiline
              value={minutes.draft.minutes}
              onChange={minutes.setMinutes}
              error={minutes.fieldError('minutes')}
              placeholder='如：会议由社区书记主持，到会居民32人。居民代表介绍了停车现状……'
              maxlength={MEETING_LIMITS.minutes}
            />
            {minutes.draft.decisions.map((d, i) => (
              <DecisionEditor
                key={i}
                index={i}
                decision={d}
                fieldError={minutes.fieldError}
                appealsError={linkedAppealError(minutes.draft, i, minutes.fieldError)}
                onChange={(patch) => minutes.setDecision(i, patch)}
                onRemove={() => minutes.removeDecision(i)}
                onPickAppeals={() => minutes.picker.open(i)}
                onRemoveAppeal={(appealId) => minutes.removeAppeal(i, appealId)}
              />
            ))}
            {minutes.fieldError('decisions') && <Notice tone='error'>{minutes.fieldError('decisions') as string}</Notice>}
            {minutes.draft.decisions.length < MEETING_LIMITS.decisions && (
              <BigButton id='meeting-decision-add' kind='secondary' onClick={minutes.addDecision}>
                ＋ 添加一项决议
              </BigButton>
            )}
            {minutes.message(fields) && !minutes.confirming && <Notice tone='error'>{minutes.message(fields) as string}</Notice>}
            <BigButton id='meeting-minutes-save' kind='plain' loading={minutes.saver.busy} onClick={() => void minutes.save()}>
              保存草稿
            </BigButton>
            {p.canPublish ? (
              <BigButton id='meeting-minutes-publish' onClick={() => void minutes.askPublish()}>
                发布纪要
              </BigButton>
            ) : (
              <Text className='muted'>{`议事会结束（${formatShanghaiDateTime(new Date(meeting.endsAt))}）后才能发布纪要。`}</Text>
            )}
          </View>
        </Card>
      ) : (
        !cancelled && (
          <Card title='会议纪要'>
            <Text id='meeting-minutes-pending' className='muted'>
              {p.manager ? '议事会开始后可以记录会议纪要和决议。' : '会议纪要尚未发布。'}
            </Text>
          </Card>
        )
      )}

      {attendance.recording && (
        <PickSheet
          idPrefix='meeting-attendance'
          title='记录签到'
          hint='勾选到会的人：已报名的排在前面，没报名但来了的也可以找到勾选。'
          searchPlaceholder='输入姓名或楼号查找'
          items={attendance.candidates.map((c) => ({ id: c.userId, name: c.name, note: c.note }))}
          selected={attendance.ticked}
          onToggle={(item) => attendance.toggle(item.id)}
          search={attendance.search}
          onSearch={attendance.setSearch}
          loading={attendance.peopleLoading}
          error={attendance.peopleError}
          onRetry={() => void attendance.reloadPeople()}
          confirmLabel={`登记到会（${attendance.ticked.length}人）`}
          busy={attendance.recorder.busy}
          message={attendance.recorder.fieldError('userIds') ?? attendance.recorder.message(['userIds'])}
          onConfirm={() => void attendance.record()}
          onCancel={attendance.close}
          emptyText={attendance.search ? '没有找到，换个字试试' : '大家都已登记到会'}
        />
      )}
      {minutes.picker.index !== null && (
        <PickSheet
          idPrefix='meeting-appeal'
          title={`决议${minutes.picker.index + 1}答复的诉求`}
          hint='勾选这项决议答复的诉求；发布后，反映这些问题的居民会收到通知。'
          searchPlaceholder='输入诉求编号或内容查找'
          items={minutes.picker.choices.map((a) => ({ id: a.id, name: a.code, note: a.line }))}
          selected={minutes.picker.picked.map((a) => a.id)}
          onToggle={(item) => minutes.picker.toggle({ id: item.id, code: item.name })}
          search={minutes.picker.search}
          onSearch={minutes.picker.setSearch}
          loading={minutes.picker.loading}
          error={minutes.picker.error}
          onRetry={minutes.picker.retry}
          hasMore={minutes.picker.hasMore}
          onMore={minutes.picker.loadMore}
          confirmLabel={`确定（${minutes.picker.picked.length}件）`}
          onConfirm={minutes.picker.confirm}
          onCancel={minutes.picker.close}
          emptyText={minutes.picker.search ? '没有找到，换个编号试试' : '本社区还没有诉求'}
        />
      )}
      {minutes.confirming && (
        <BottomSheet
          id='meeting-publish-sheet'
          title='发布会议纪要'
          hint={publishWarning(minutes.draft)}
          message={minutes.publisher.message(fields)}
          confirm={{ id: 'meeting-publish-confirm', label: '确认发布' }}
          busy={minutes.publisher.busy}
          onConfirm={() => void minutes.publish()}
          onCancel={minutes.closeConfirm}
          cancelId='meeting-publish-cancel'
        >
          <Text className='muted'>请再看一遍纪要和决议，确认无误再发布。</Text>
        </BottomSheet>
      )}
    </Screen>
  );
}
