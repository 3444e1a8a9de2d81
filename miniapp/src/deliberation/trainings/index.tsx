import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, TRAINING_AUDIENCES, TRAINING_AUDIENCE_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { DateField } from '@/components/DateField';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { AttendanceList } from '@/components/volunteers/AttendanceList';
import { CourseCard } from '@/components/volunteers/CourseCard';
import { TRAINING_FILTERS, useTrainings } from '@/hooks/volunteers/useTrainings';
import { useRoleSession } from '@/hooks/useRoleSession';
import { TRAINING_STAFF_ROLES } from '@/utils/volunteers/roles';
import { TRAINING_FIELDS, TRAINING_LIMITS, attendanceError } from '@/utils/volunteers/trainings';
import '@/components/volunteers/volunteers.scss';

const AUDIENCE_CHOICES = TRAINING_AUDIENCES.map((key) => ({ key, label: TRAINING_AUDIENCE_LABELS[key] }));

/**
 * 志愿者培训: the community's courses for its volunteers — to come, or held; ＋ 安排培训 (title, day and
 * time, place, hours, who it is for); a course opened shows who signed up, and once it has started its
 * staff tick who came (those signed up, and the community's other volunteers it is for) and 登记出勤:
 * each goes on her training record once. The grid and the street read theirs.
 */
export default function DeliberationTrainings() {
  const session = useRoleSession(TRAINING_STAFF_ROLES);
  const p = useTrainings(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const { draft, creator } = p;
  /** Who the server refused (by name), the form's own check, or its message on no one in particular. */
  const attendanceMessage = attendanceError(p.recorder.fieldError, p.sent, p.names) ?? p.recorder.message(['userIds']);

  return (
    <Screen className='volunteer-page'>
      <Text className='title'>志愿者培训</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <Text className='volunteer-intro'>安排的培训会出现在对应志愿者的“志愿服务”页面，她们可以在开始前报名。培训开始后登记出勤，计入每人的培训记录。</Text>
      {p.canManage && !draft && (
        <BigButton id='trainings-new' onClick={p.startNew}>
          ＋ 安排培训
        </BigButton>
      )}

      {draft && (
        <View id='training-form'>
          <Text className='subtitle'>安排培训</Text>
          <Card>
            <TextField
              id='training-title'
              label='培训主题'
              required
              value={draft.title}
              onChange={(v) => p.set('title', v)}
              error={creator.fieldError('title')}
              placeholder='如：矛盾调解实务'
              maxlength={TRAINING_LIMITS.title}
            />
            <TextField
              id='training-description'
              label='培训内容（选填）'
              multiline
              value={draft.description}
              onChange={(v) => p.set('description', v)}
              error={creator.fieldError('description')}
              placeholder='如：邻里纠纷调解的方法与案例'
              maxlength={TRAINING_LIMITS.description}
            />
            <DateField id='training-day' label='日期' required value={draft.day} onChange={(v) => p.set('day', v)} error={creator.fieldError('day')} />
            <DateField
              id='training-start'
              label='开始时间'
              mode='time'
              required
              value={draft.start}
              onChange={(v) => p.set('start', v)}
              error={creator.fieldError('startsAt')}
            />
            <TextField
              id='training-place'
              label='地点'
              required
              value={draft.place}
              onChange={(v) => p.set('place', v)}
              error={creator.fieldError('place')}
              placeholder='如：社区二楼活动室'
              maxlength={TRAINING_LIMITS.place}
            />
            <TextField
              id='training-hours'
              label='时长（小时）'
              required
              type='digit'
              value={draft.hours}
              onChange={(v) => p.set('hours', v)}
              error={creator.fieldError('hours')}
              hint='以半小时为单位，如 1.5；计入每位到场志愿者的培训记录'
              maxlength={4}
            />
            <Field label='面向' required error={creator.fieldError('audience')}>
              <Chips idPrefix='training-audience' choices={AUDIENCE_CHOICES} value={draft.audience} onChange={(a) => p.set('audience', a)} />
            </Field>
            <Text className='muted'>已经办过的培训也可以补录：填当时的日期和时间，保存后登记出勤。</Text>
          </Card>
          {creator.message(TRAINING_FIELDS) && <Notice tone='error'>{creator.message(TRAINING_FIELDS) as string}</Notice>}
          <BigButton id='training-submit' loading={creator.busy} onClick={() => void p.create()}>
            发布培训
          </BigButton>
          <BigButton id='training-form-cancel' kind='plain' disabled={creator.busy} onClick={p.closeNew}>
            取消
          </BigButton>
        </View>
      )}

      <View className='spacer' />
      <Chips idPrefix='trainings-filter' choices={TRAINING_FILTERS} value={p.when} onChange={p.setWhen} />
      {p.loading && <Loading />}
      {p.error && <ErrorBox error={p.error} onRetry={() => void p.reload()} />}
      {!p.loading && !p.error && p.courses.length === 0 && <Empty text={p.when === 'upcoming' ? '没有即将开始的培训' : '还没有办过培训'} />}
      {p.courses.map((course) => {
        const open = p.openId === course.id;
        const c = open ? p.course : null;
        return (
          <CourseCard key={course.id} course={course} now={p.now} idPrefix='training-course' showCommunity={p.showCommunity}>
            <Text id={`training-course-${course.id}-open`} className='course-row__open' onClick={() => p.toggleOpen(course.id)}>
              {open ? '收起 ▲' : p.canManage ? '报名名单和出勤 ▼' : '报名名单 ▼'}
            </Text>
            {open && (
              <View id={`training-course-${course.id}-detail`} className='course-detail'>
                {p.courseLoading && <Loading />}
                {p.courseError && <ErrorBox error={p.courseError} onRetry={() => void p.reloadCourse()} />}
                {c && (
                  <>
                    {p.canManage && p.started && (
                      <Text className='muted'>勾选到场的志愿者（没报名但来了的也可以勾选），再点“登记出勤”。已登记的不能撤销。</Text>
                    )}
                    {p.canManage && !p.started && (
                      <Text className='muted'>{`培训开始（${formatShanghaiDateTime(new Date(c.startsAt))}）后可以登记出勤。`}</Text>
                    )}
                    {p.rosterLoading && p.canManage && p.started && <Loading text='正在读取志愿者名册…' />}
                    {p.rosterError && <Notice tone='warning'>{`没有读到志愿者名册，只列出报名的人：${p.rosterError.message}`}</Notice>}
                    <AttendanceList courseId={c.id} rows={p.rows} ticked={p.ticked} onTick={p.canManage && p.started ? p.tick : undefined} />
                    {p.canManage && p.started && p.rows.some((row) => !row.attended) && (
                      <>
                        {attendanceMessage && <Notice tone='error'>{attendanceMessage}</Notice>}
                        <BigButton id={`training-attendance-save-${c.id}`} loading={p.recorder.busy} onClick={() => void p.record()}>
                          {p.ticked.length ? `登记出勤（${p.ticked.length}人）` : '登记出勤'}
                        </BigButton>
                      </>
                    )}
                  </>
                )}
              </View>
            )}
          </CourseCard>
        );
      })}
    </Screen>
  );
}
