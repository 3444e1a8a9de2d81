import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { EMERGENCY_SERVICES, formatShanghaiDateTime, type EmergencyService, type NoteVisibility } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Timeline } from '@/components/Timeline';
import { AppealFacts } from '@/components/street/AppealFacts';
import { Chips } from '@/components/Chips';
import { FeedbackCard } from '@/components/FeedbackCard';
import { FeedbackForm } from '@/components/staff/forms/FeedbackForm';
import { NoteField } from '@/components/street/NoteField';
import { OrderCard } from '@/components/street/OrderCard';
import { openPage } from '@/utils/navigation';
import { FixPhotosField } from '@/components/staff/FixPhotosField';
import { useStreetAppeal } from '@/hooks/street/useStreetAppeal';
import { STREET_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { departmentPart } from '@/utils/street/assignment';
import './index.scss';

const VISIBILITY: { key: NoteVisibility; label: string }[] = [
  { key: 'public', label: '公开（居民可见）' },
  { key: 'internal', label: '仅内部' },
];
const HANDED_TO = EMERGENCY_SERVICES.map((s) => ({ key: s, label: `已移交${s}` }));

/**
 * A department (or the command centre) handles a dispatched appeal: progress notes, completion and
 * feedback with the community, as offered; the feedback given so far, with who gave it together.
 */
export default function StreetAppeal() {
  const id = Number(useRouter().params.id);
  const session = useRoleSession(STREET_ROLES);
  const s = useStreetAppeal(id, !!session);
  const appeal = s.detail;

  if (s.error && !appeal)
    return (
      <Screen className='street'>
        <ErrorBox error={s.error} onRetry={() => void s.reload()} />
      </Screen>
    );
  if (!appeal)
    return (
      <Screen className='street'>
        <Loading />
      </Screen>
    );

  const departmentId = session?.user.departmentId ?? null;
  const part = departmentPart(appeal.dispatchOrder, departmentId);
  const { progress, completion } = s;
  const serverMessage = (e: typeof progress.error) => (e && !e.details.length ? e.message : null);

  return (
    <Screen className='street street-appeal'>
      <Text className='title'>诉求办理</Text>
      {part && (
        <View className={`street-appeal__part street-appeal__part--${part.role}`} id='street-appeal-part' data-role={part.role}>
          <Text>{part.role === 'lead' ? '本单位为主办单位：负责办结' : '本单位为协办单位：完成后报告'}</Text>
          {part.done && <Text className='street-appeal__part-done'>本单位部分已完成</Text>}
        </View>
      )}
      <AppealFacts appeal={appeal} />
      {appeal.dispatchOrder && <OrderCard order={appeal.dispatchOrder} highlightDepartmentId={departmentId} />}
      <BigButton id='open-coordination' kind='plain' onClick={() => openPage(routes.coordination(appeal.id))}>
        统筹协调：吹哨、派单、专班
      </BigButton>

      {s.canDispatch && (
        <BigButton id='open-dispatch' onClick={() => openPage(routes.streetDispatch(appeal.id))}>
          去派单
        </BigButton>
      )}

      {s.canAddNote && (
        <Card title='报告进展' className='street-appeal__form'>
          {appeal.tier === 'complex' && appeal.progressDueAt && (
            <Text className='field__hint'>复杂疑难诉求每72小时须公开一次进展，下次期限 {formatShanghaiDateTime(new Date(appeal.progressDueAt))}</Text>
          )}
          <Chips idPrefix='progress-visibility' choices={VISIBILITY} value={progress.visibility} onChange={progress.setVisibility} />
          <View className='spacer' />
          <NoteField
            id='progress-content'
            label='进展情况'
            required
            value={progress.text}
            onChange={progress.setText}
            error={progress.problem ?? progress.error?.fieldMessage('content')}
            placeholder='如：已到现场勘查，与社区共同制定处置方案'
          />
          <FixPhotosField
            fix={progress.photos}
            hint={progress.visibility === 'public' ? '居民可见的进展，居民会看到这些照片' : '仅内部的进展，照片也只有工作人员看得到'}
          />
          {serverMessage(progress.error) && <Notice tone='error'>{serverMessage(progress.error) as string}</Notice>}
          <BigButton id='progress-submit' kind='secondary' loading={progress.busy} disabled={progress.photos.busy} onClick={() => void progress.submit()}>
            提交进展
          </BigButton>
        </Card>
      )}

      {s.completionKind && (
        <Card title={s.completionKind === 'resolve' ? '报告办结' : '报告协办完成'} className='street-appeal__form'>
          <Text className='field__hint'>
            {s.completionKind === 'resolve' ? '办结后由社区或民情专员向居民反馈结果。' : '主办单位办结前，请报告本单位承担部分的完成情况。'}
          </Text>
          {s.completionKind === 'resolve' && appeal.tier === 'emergency' && (
            <View className='street-appeal__handed'>
              <Text className='field__label'>移交（如有）</Text>
              <Chips<EmergencyService>
                idPrefix='complete-handed'
                choices={HANDED_TO}
                value={completion.handedTo}
                onChange={(k) => completion.setHandedTo(completion.handedTo === k ? null : k)}
              />
            </View>
          )}
          <NoteField
            id='complete-content'
            label={s.completionKind === 'resolve' ? '办结情况' : '完成情况'}
            required
            value={completion.text}
            onChange={completion.setText}
            error={completion.problem ?? completion.error?.fieldMessage('note')}
            placeholder={s.completionKind === 'resolve' ? '如：违建已拆除，现场已清理' : '如：已配合拆除地锁3处'}
          />
          {s.completionKind === 'resolve' && <FixPhotosField fix={completion.photos} hint='居民会在处理结果里看到这些照片' />}
          {serverMessage(completion.error) && <Notice tone='error'>{serverMessage(completion.error) as string}</Notice>}
          <BigButton id='complete-submit' loading={completion.busy} disabled={completion.photos.busy} onClick={() => void completion.submit()}>
            {s.completionKind === 'resolve' ? '确认办结' : '报告完成'}
          </BigButton>
        </Card>
      )}

      {s.canFeedback &&
        (s.feedbackOpen ? (
          <FeedbackForm detail={appeal} runner={s.runner} side='department' />
        ) : (
          <BigButton id='action-feedback' kind='secondary' onClick={s.openFeedback}>
            与社区一起向居民反馈
          </BigButton>
        ))}

      {!s.canAddNote && !s.completionKind && !s.canDispatch && !s.canFeedback && <Notice>当前没有需要您办理的事项</Notice>}

      <FeedbackCard detail={appeal} />

      <Card title='办理经过'>
        <Timeline entries={appeal.timeline} />
      </Card>
    </Screen>
  );
}
