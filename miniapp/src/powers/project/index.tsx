import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { OPINIONS, OPINION_LABELS, PERMISSIONS, PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS, ROLE_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { FormCard } from '@/components/powers/FormCard';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { InfoRows } from '@/components/staff/InfoRows';
import { TextField } from '@/components/staff/TextField';
import { useProject } from '@/hooks/powers/useProject';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { OPINION_PLACEHOLDERS, OPINION_TONES, describeOpinionDue } from '@/utils/powers/projects';
import './index.scss';

const CHOICES = OPINIONS.map((o) => ({ key: o, label: OPINION_LABELS[o] }));
const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

/** One street project: the details, the community's opinion (or the form to give it), and the street's 开工. */
export default function PowersProject() {
  const id = Number(useRouter().params.id);
  const session = useRoleSession(PERMISSIONS['project.read']);
  const p = useProject(id, session);
  const now = useNow();

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少项目编号，请从项目列表进入。</Notice>
      </Screen>
    );
  if (!session || p.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (p.error && !p.project)
    return (
      <Screen>
        <ErrorBox error={p.error} onRetry={() => void p.reload()} />
      </Screen>
    );
  const project = p.project;
  if (!project)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const due = describeOpinionDue(project, now);
  const opinion = project.opinion;

  return (
    <Screen className='project'>
      <Card className='project__head'>
        <View className='project__tags'>
          {project.opinionOverdue && <Text className='staff-flag staff-flag--supervised'>逾期</Text>}
          <Tag tone={project.status === 'awaitingOpinion' ? 'warning' : project.status === 'started' ? 'ok' : 'plain'}>
            {PROJECT_STATUS_LABELS[project.status]}
          </Tag>
          <Tag>{PROJECT_KIND_LABELS[project.kind]}</Tag>
        </View>
        <Text className='project__title'>{project.title}</Text>
        <View id='project-due' className={`countdown countdown--${due.state}`} data-state={due.state}>
          <Text className='countdown__text'>{due.text}</Text>
          {due.state !== 'met' && <Text className='countdown__due'>回复期限 {due.due}</Text>}
        </View>
        <Text className='muted'>
          {project.communityName} · {project.registeredBy.name} 登记于 {time(project.registeredAt)}
        </Text>
      </Card>

      <Card title='项目内容'>
        <Text className='project__description'>{project.description}</Text>
        <InfoRows
          rows={[
            { label: '所在社区', value: project.communityName },
            { label: '回复期限', value: time(project.opinionDueAt) },
            { label: '开工', value: project.startedAt ? time(project.startedAt) : '未开工' },
          ]}
        />
      </Card>

      <Card title='社区意见'>
        {opinion ? (
          <View id='project-opinion-given' className='project__opinion' data-opinion={opinion.opinion}>
            <Tag tone={OPINION_TONES[opinion.opinion]}>{OPINION_LABELS[opinion.opinion]}</Tag>
            <Text className='project__opinion-text'>{opinion.text}</Text>
            <Text className='muted'>
              {opinion.by.name}
              {opinion.by.role !== 'system' ? `（${ROLE_LABELS[opinion.by.role]}）` : ''} · {time(opinion.at)}
            </Text>
          </View>
        ) : (
          <Text className={project.opinionOverdue ? 'project__waiting project__waiting--overdue' : 'project__waiting'}>
            {project.opinionOverdue ? '社区逾期未回复' : '等待社区提出意见'}
          </Text>
        )}
      </Card>

      {p.canOpinion && (
        <FormCard
          id='project-opinion'
          title='提出社区意见'
          hint='社区的意见是项目开工的前提；有条件同意或反对请写明理由。'
          message={p.opinionForm.message(['opinion', 'text'])}
          submitLabel='提交意见'
          busy={p.opinionForm.busy}
          onSubmit={() => void p.giveOpinion()}
        >
          <Field label='意见' required error={p.opinionForm.fieldError('opinion')}>
            <ChoiceChips idPrefix='project-opinion' choices={CHOICES} value={p.opinion} onChange={p.setOpinion} />
          </Field>
          <TextField
            id='project-opinion-text'
            label='意见说明'
            required
            multiline
            value={p.text}
            onChange={p.setText}
            error={p.opinionForm.fieldError('text')}
            placeholder={p.opinion ? OPINION_PLACEHOLDERS[p.opinion] : '请写明社区的意见和理由'}
          />
        </FormCard>
      )}

      {p.canStart && (
        <Card title='开工'>
          <Text className='muted'>{project.opinion ? '社区已提出意见，可以标记开工。' : '社区提出意见前，项目不能开工。'}</Text>
          {p.startRefusal && (
            <View id='project-start-error'>
              <Notice tone='error'>{p.startRefusal.message}</Notice>
            </View>
          )}
          <BigButton id='project-start' kind={project.opinion ? 'primary' : 'secondary'} loading={p.startBusy} onClick={() => void p.start()}>
            开工
          </BigButton>
        </Card>
      )}
      {project.status === 'started' && project.startedAt && <Notice tone='ok'>{`项目已于${time(project.startedAt)}开工`}</Notice>}
    </Screen>
  );
}
