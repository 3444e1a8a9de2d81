import { Text, View } from '@tarojs/components';
import { hasPermission, type VolunteerKind } from '@lingjuli/shared';
import { useEffect } from 'react';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { ApplicationConfirmSheet } from '@/components/volunteers/ApplicationConfirmSheet';
import { ApplicationForm } from '@/components/volunteers/ApplicationForm';
import { CourseCard } from '@/components/volunteers/CourseCard';
import { KindCard } from '@/components/volunteers/KindCard';
import { StateBanner } from '@/components/StateBanner';
import { useVolunteerApply } from '@/hooks/volunteers/useVolunteerApply';
import { useNow } from '@/hooks/useNow';
import { routes } from '@/routes';
import { applicationBody, applicationSummary } from '@/utils/volunteers/application-form';
import { applicationStateView } from '@/utils/volunteers/applications';
import { courseState } from '@/utils/volunteers/trainings';
import { openPage } from '@/utils/navigation';
import '@/components/hall/hall.scss';
import '@/components/volunteers/volunteers.scss';

/** Newest application first: the one `#volunteer-state` speaks for. */
const byNewest = (kinds: VolunteerKind[], appliedAt: (k: VolunteerKind) => string) => [...kinds].sort((a, b) => appliedAt(b).localeCompare(appliedAt(a)));

/**
 * 志愿服务 for a resident (or a liaison): where her applications stand (撤回 while waiting, the reason of a
 * decline); two big cards — 民情专员, 双报到在职党员 — opening the form for the one she may apply for; the
 * form with every message under its field; 提交申请 after a confirm; and, once she serves, the courses
 * meant for her with 报名 / 取消报名. Staff opening it go to their page.
 */
export default function HallVolunteer() {
  const v = useVolunteerApply();
  const now = useNow(30_000);
  useEffect(() => {
    // Staff opening a resident's link (a notice, a shared page): their page for the volunteers.
    if (v.atWork && v.role && hasPermission(v.role, 'volunteer.team')) openPage(routes.volunteers(), 'redirect');
  }, [v.atWork, v.role]);

  if (v.atWork)
    return (
      <Screen className='volunteer-page'>
        <Notice tone='info'>这里是居民申请当志愿者的页面。您现在以工作人员身份登录。</Notice>
      </Screen>
    );
  if (v.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (v.error)
    return (
      <Screen className='volunteer-page'>
        <ErrorBox error={v.error} onRetry={() => void v.reload()} />
        <BigButton kind='plain' onClick={() => openPage(routes.hall(), 'redirect')}>
          去社区议事厅
        </BigButton>
      </Screen>
    );

  const kinds = byNewest(
    (Object.keys(v.latest) as VolunteerKind[]).filter((k) => v.latest[k]),
    (k) => v.latest[k]!.appliedAt,
  );
  const newest = kinds.length ? v.latest[kinds[0]]! : null;
  const draftBody = v.draft ? applicationBody(v.draft, v.year) : null;
  const anyOpen = v.choices.some((c) => c.open);

  return (
    <Screen className='volunteer-page'>
      <Text className='title'>志愿服务</Text>
      <Text className='volunteer-intro'>社区的事大家一起出力：当民情专员联系身边的邻居，或者作为在职党员到社区双报到。</Text>

      {v.done && (
        <View id='volunteer-done'>
          <Notice tone='ok'>{v.done}</Notice>
        </View>
      )}
      {v.refusal && (
        <View id='volunteer-refusal'>
          <Notice tone='error'>{v.refusal}</Notice>
        </View>
      )}
      {v.withdrawError && <Notice tone='error'>{v.withdrawError.message}</Notice>}

      {newest && (
        <View id='volunteer-state' data-state={newest.status} data-kind={newest.kind}>
          {kinds.map((kind) => {
            const a = v.latest[kind]!;
            return (
              <View key={kind} id={`volunteer-state-${kind}`} data-state={a.status}>
                <StateBanner view={applicationStateView(a)} state={a.status} />
                {a.actions.includes('withdraw') && (
                  <BigButton id={`volunteer-withdraw-${a.id}`} kind='plain' loading={v.withdrawing} onClick={() => void v.withdraw(a)}>
                    撤回申请
                  </BigButton>
                )}
              </View>
            );
          })}
        </View>
      )}

      {anyOpen && <Text className='subtitle'>{newest ? '还可以申请' : '我想申请成为'}</Text>}
      {v.choices
        .filter((c) => c.open || !v.latest[c.kind])
        .map((c) => (
          <KindCard key={c.kind} choice={c} selected={v.draft?.kind === c.kind} onStart={() => v.start(c.kind)} />
        ))}

      {v.draft && (
        <ApplicationForm
          draft={v.draft}
          year={v.year}
          set={v.set}
          toggleOffer={v.toggleOffer}
          toggleTime={v.toggleTime}
          fieldError={v.submitter.fieldError}
          message={(fields) => (v.submitter.error?.status === 400 ? v.submitter.message(fields) : undefined)}
          communityName={v.communityName(v.draft.communityId)}
          choosingCommunity={v.choosingCommunity}
          onChooseCommunity={v.chooseCommunity}
          communities={v.communities}
          communitiesLoading={!v.communities.length && !v.communitiesError}
          communitiesError={v.communitiesError}
          onRetryCommunities={() => void v.reloadCommunities()}
          onPickCommunity={v.pickCommunity}
          busy={v.busy}
          onSubmit={() => void v.review()}
          onCancel={v.close}
        />
      )}

      {v.volunteer && (
        <View id='volunteer-trainings'>
          <Text className='subtitle'>培训课程</Text>
          <Text className='volunteer-intro'>社区为志愿者安排的培训，开始前都可以报名或取消。</Text>
          {v.coursesLoading && <Loading />}
          {v.coursesError && <ErrorBox error={v.coursesError} onRetry={() => void v.reloadCourses()} />}
          {!v.coursesLoading && !v.coursesError && v.courses.length === 0 && <Empty text='近期没有培训，有新的会在这里显示。' />}
          {v.courses.map((course) => {
            const state = courseState(course, now);
            const busy = v.courseBusy === course.id;
            const message = v.courseMessage?.courseId === course.id ? v.courseMessage : null;
            return (
              <CourseCard key={course.id} course={course} now={now} idPrefix='volunteer-course'>
                <View id={`volunteer-course-state-${course.id}`} data-state={state}>
                  {message && <Notice tone={message.tone}>{message.text}</Notice>}
                  {state === 'open' && (
                    <BigButton id={`volunteer-course-sign-up-${course.id}`} loading={busy} onClick={() => void v.signUp(course, true)}>
                      报名参加
                    </BigButton>
                  )}
                  {state === 'signedUp' && (
                    <Card>
                      <Text className='volunteer-age'>您已报名，请按时参加。</Text>
                      <BigButton id={`volunteer-course-sign-off-${course.id}`} kind='plain' loading={busy} onClick={() => void v.signUp(course, false)}>
                        取消报名
                      </BigButton>
                    </Card>
                  )}
                  {state === 'started' && <Text className='muted'>{course.signedUp ? '培训已开始，您已报名。' : '培训已开始，不能再报名。'}</Text>}
                  {state === 'attended' && <Text className='volunteer-age'>您已参加这次培训，已记入培训记录。</Text>}
                </View>
              </CourseCard>
            );
          })}
        </View>
      )}

      {v.confirming && v.draft && draftBody?.ok && (
        <ApplicationConfirmSheet
          lines={applicationSummary(draftBody.body, v.communityName(v.draft.communityId), v.year)}
          busy={v.busy}
          onConfirm={() => void v.confirm()}
          onCancel={v.cancelConfirm}
        />
      )}
    </Screen>
  );
}
