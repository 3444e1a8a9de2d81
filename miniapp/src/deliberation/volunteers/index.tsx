import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { LIAISON_DUTIES, LIAISON_DUTY_LABELS, ROLE_LABELS, VOLUNTEER_KIND_LABELS, hasPermission, isCommunityStaff } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { BottomSheet } from '@/components/BottomSheet';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { ApplicationCard } from '@/components/volunteers/ApplicationCard';
import { ChoiceGrid } from '@/components/volunteers/ChoiceGrid';
import { TeamCard } from '@/components/volunteers/TeamCard';
import { useVolunteerReview } from '@/hooks/volunteers/useVolunteerReview';
import { useVolunteerTeam } from '@/hooks/volunteers/useVolunteerTeam';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { APPLICATION_FILTERS, DECLINE_REASON_MAX } from '@/utils/volunteers/review';
import { VOLUNTEER_STAFF_ROLES } from '@/utils/volunteers/roles';
import { openPage } from '@/utils/navigation';
import '@/components/volunteers/volunteers.scss';

const DUTY_CHOICES = LIAISON_DUTIES.map((key) => ({ key, label: LIAISON_DUTY_LABELS[key] }));

/**
 * 志愿者队伍 (居民议事厅): the applications to the community — the queue oldest first, 通过 (a liaison's
 * duties chosen) or 不通过 with the reason she is told; the team by kind, trained, and its age mix as bars
 * (the older willing but less able, the younger able but absent); the birth years still to record; a way
 * to the training courses. The grid and the street read the team's figures.
 */
export default function DeliberationVolunteers() {
  const focusId = Number(useRouter().params.id) || null;
  const session = useRoleSession(VOLUNTEER_STAFF_ROLES);
  const r = useVolunteerReview(session, focusId);
  const t = useVolunteerTeam(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const role = session.user.role;
  const showCommunity = !isCommunityStaff(role);

  return (
    <Screen className='volunteer-page'>
      <Text className='title'>志愿者队伍</Text>
      <Text className='muted'>
        {ROLE_LABELS[role]} · {session.user.displayName}
      </Text>
      <Text className='volunteer-intro'>居民在“社区议事厅”申请当民情专员，在职党员到社区双报到。社区审核后，民情专员的账号随即开通，申请人会收到通知。</Text>
      {hasPermission(role, 'trainingCourse.read') && (
        <BigButton id='volunteers-trainings' kind='secondary' onClick={() => openPage(routes.trainings())}>
          志愿者培训
        </BigButton>
      )}

      {r.canReview && (
        <View id='volunteers-applications'>
          <Text className='subtitle'>志愿者申请</Text>
          {r.focused && (
            <ApplicationCard
              application={r.focused}
              year={t.year}
              focus
              showCommunity={showCommunity}
              onAccept={() => r.askAccept(r.focused!)}
              onDecline={() => r.askDecline(r.focused!)}
            />
          )}
          <Chips idPrefix='volunteers-filter' choices={APPLICATION_FILTERS} value={r.filter} onChange={r.setFilter} />
          {r.loading && <Loading />}
          {r.error && <ErrorBox error={r.error} onRetry={() => void r.reload()} />}
          {!r.loading && !r.error && r.rows.length === 0 && <Empty text={r.filter === 'pending' ? '没有待审核的申请' : '没有申请'} />}
          {r.rows.map((a) => (
            <ApplicationCard
              key={a.id}
              application={a}
              year={t.year}
              focus={a.id === r.focusId}
              showCommunity={showCommunity}
              onAccept={() => r.askAccept(a)}
              onDecline={() => r.askDecline(a)}
            />
          ))}
        </View>
      )}

      {t.canRead && (
        <View>
          <Text className='subtitle'>队伍情况</Text>
          {t.loading && <Loading />}
          {t.error && <ErrorBox error={t.error} onRetry={() => void t.reload()} />}
          {t.team && <TeamCard team={t.team} />}
        </View>
      )}

      {t.canRecord && t.unknownAge.length > 0 && (
        <Card title='补登出生年份'>
          <View id='volunteers-birth-years'>
            <Text className='muted'>这些志愿者没有登记出生年份（多为申请功能上线前登记的民情专员），补登后计入年龄结构。</Text>
            {t.unknownAge.map((person) => (
              <View key={person.userId} id={`volunteers-birth-year-row-${person.userId}`} className='team-year'>
                <View className='team-year__field'>
                  <TextField
                    id={`volunteers-birth-year-${person.userId}`}
                    label={`${person.name}（${person.kinds.map((k) => VOLUNTEER_KIND_LABELS[k]).join('、')}）`}
                    type='number'
                    value={t.years[person.userId] ?? ''}
                    onChange={(value) => t.setYear(person.userId, value)}
                    error={t.yearError(person.userId)}
                    placeholder='出生年份，如 1958'
                    maxlength={4}
                  />
                </View>
                <View className='team-year__save'>
                  <BigButton
                    id={`volunteers-birth-year-save-${person.userId}`}
                    kind='secondary'
                    loading={t.saving === person.userId}
                    onClick={() => void t.save(person.userId)}
                  >
                    登记
                  </BigButton>
                </View>
              </View>
            ))}
          </View>
        </Card>
      )}
      {t.canRecord && t.rosterError && <Notice tone='error'>{t.rosterError.message}</Notice>}

      {r.accepting && (
        <BottomSheet
          id='volunteers-accept-sheet'
          title={`通过${r.accepting.name}的申请`}
          hint={
            r.accepting.kind === 'liaison'
              ? '通过后，她的账号即成为本社区的民情专员，进入专员名册。请选择她的职责。'
              : '通过后，她登记为本社区的双报到在职党员，仍以居民身份使用。'
          }
          message={r.acceptor.message(['duties'])}
          confirm={{ id: 'volunteers-accept-confirm', label: '确定通过' }}
          busy={r.acceptor.busy}
          onConfirm={() => void r.accept()}
          onCancel={r.cancelAccept}
          cancelId='volunteers-accept-cancel'
        >
          {r.accepting.kind === 'liaison' && (
            <Field label='专员职责（可多选）' required error={r.acceptor.fieldError('duties')}>
              <ChoiceGrid idPrefix='volunteers-duty' choices={DUTY_CHOICES} chosen={r.duties} onToggle={r.toggleDuty} />
            </Field>
          )}
        </BottomSheet>
      )}
      {r.declining && (
        <BottomSheet
          id='volunteers-decline-sheet'
          title={`不通过${r.declining.name}的申请`}
          hint='原因会通知申请人，请写清楚她可以怎么做（如补充材料后再申请）。'
          message={r.decliner.message(['reason'])}
          confirm={{ id: 'volunteers-decline-confirm', label: '确定不通过', kind: 'danger' }}
          busy={r.decliner.busy}
          onConfirm={() => void r.decline()}
          onCancel={r.cancelDecline}
          cancelId='volunteers-decline-cancel'
        >
          <TextField
            id='volunteers-decline-reason'
            label='不通过的原因（会告诉申请人）'
            required
            multiline
            value={r.reason}
            onChange={r.setReason}
            error={r.decliner.fieldError('reason')}
            placeholder='如：请补充党组织关系证明后再申请'
            maxlength={DECLINE_REASON_MAX}
          />
        </BottomSheet>
      )}
    </Screen>
  );
}
