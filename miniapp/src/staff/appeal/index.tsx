import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Timeline } from '@/components/Timeline';
import { FeedbackCard } from '@/components/FeedbackCard';
import { AppealHeader, ContentCard, DispatchOrderCard, PeopleCard, TriageCard } from '@/components/staff/AppealSections';
import { AcceptForm } from '@/components/staff/forms/AcceptForm';
import { AssignForm } from '@/components/staff/forms/AssignForm';
import { CallbackForm } from '@/components/staff/forms/CallbackForm';
import { FeedbackForm } from '@/components/staff/forms/FeedbackForm';
import { NoteForm } from '@/components/staff/forms/NoteForm';
import { RejectForm } from '@/components/staff/forms/RejectForm';
import { ResolveForm } from '@/components/staff/forms/ResolveForm';
import { RetriageForm } from '@/components/staff/forms/RetriageForm';
import { ReviewForm } from '@/components/staff/forms/ReviewForm';
import { useStaffAppeal } from '@/hooks/staff/useStaffAppeal';
import { STAFF_ROLES } from '@lingjuli/shared';
import { useRoleSession } from '@/hooks/useRoleSession';
import { actionButtons } from '@/utils/staff/actions';
import { CoordinationButton } from '@/components/powers/CoordinationButton';
import './index.scss';

const FORMS = {
  accept: AcceptForm,
  retriage: RetriageForm,
  assign: AssignForm,
  addNote: NoteForm,
  resolve: ResolveForm,
  feedback: FeedbackForm,
  callback: CallbackForm,
  reject: RejectForm,
  secretaryReview: ReviewForm,
} as const;

/** Handling one appeal: everything about it, and the actions the server offers, each with its form. */
export default function StaffAppeal() {
  const { params } = useRouter();
  const id = Number(params.id);
  const session = useRoleSession(STAFF_ROLES);
  const { detail, loading, error, reload, open, choose, runner } = useStaffAppeal(id, !!session);

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少诉求编号，请从诉求列表进入。</Notice>
      </Screen>
    );
  if (!session || loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (error)
    return (
      <Screen>
        <ErrorBox error={error} onRetry={() => void reload()} />
      </Screen>
    );
  if (!detail)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const buttons = actionButtons(detail.actions);
  const Form = open && open !== 'escalate' ? FORMS[open] : null;

  return (
    <Screen className='handle'>
      <AppealHeader detail={detail} />

      {buttons.length > 0 && (
        <View className='handle__actions'>
          {buttons.map((b) => (
            <BigButton key={b.id} id={b.id} kind={b.kind} className={`handle__action handle__action--${b.kind}`} onClick={() => choose(b.action)}>
              {b.label}
            </BigButton>
          ))}
        </View>
      )}
      {buttons.length === 0 && <Notice tone='info'>此诉求当前没有需要您办理的操作。</Notice>}
      {/* The open action's form is a sheet over the page (ActionForm), its confirm within the thumb's reach. */}
      {Form && <Form key={open} detail={detail} runner={runner} />}

      <CoordinationButton appealId={detail.id} />
      <ContentCard detail={detail} />
      <TriageCard detail={detail} />
      <PeopleCard detail={detail} />
      <DispatchOrderCard detail={detail} />
      <FeedbackCard detail={detail} />
      <Card title='办理记录' extra={<Text className='muted'>含内部记录</Text>}>
        <Timeline entries={detail.timeline} />
      </Card>
    </Screen>
  );
}
