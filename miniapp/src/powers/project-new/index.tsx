import { Picker, Text, View } from '@tarojs/components';
import { PERMISSIONS, PROJECT_KINDS, PROJECT_KIND_LABELS, PROJECT_OPINION_DAYS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';
import { useProjectNew } from '@/hooks/powers/useProjectNew';
import { useRoleSession } from '@/hooks/useRoleSession';
import { MAX_OPINION_DAYS } from '@/utils/powers/projects';
import './index.scss';

const KINDS = PROJECT_KINDS.map((k) => ({
  key: k,
  label: PROJECT_KIND_LABELS[k],
  note: k === 'infrastructure' ? '如加装电梯、道路改造' : '如便民服务、养老助餐',
}));
const FIELDS = ['communityId', 'title', 'description', 'kind', 'opinionDueDays'];

/** The street registers a project in a community's area; the community must give its opinion before it starts. */
export default function PowersProjectNew() {
  const session = useRoleSession(PERMISSIONS['project.register']);
  const n = useProjectNew(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const communities = n.communities.data ?? [];
  const { draft, submitter } = n;
  const index = communities.findIndex((c) => c.id === draft.communityId);

  return (
    <Screen className='project-new'>
      <Text className='title'>登记街道项目</Text>
      <Text className='muted'>登记后通知社区提出意见；社区回复前项目不能开工。</Text>
      <View className='spacer' />
      <Card>
        <Field label='所在社区' required error={submitter.fieldError('communityId')}>
          {n.communities.loading && <Loading />}
          {n.communities.error && <ErrorBox error={n.communities.error} onRetry={() => void n.communities.reload()} />}
          <Picker
            mode='selector'
            range={communities.map((c) => c.name)}
            value={index < 0 ? 0 : index}
            onChange={(e) => n.set('communityId', communities[Number(e.detail.value)]?.id ?? null)}
          >
            <View id='project-community' className='picker project-new__picker'>
              <Text className={index < 0 ? 'project-new__placeholder' : ''}>{index < 0 ? '请选择社区' : communities[index].name}</Text>
              <Text className='project-new__arrow'>›</Text>
            </View>
          </Picker>
        </Field>
        <TextField
          id='project-title'
          label='项目名称'
          required
          value={draft.title}
          onChange={(v) => n.set('title', v)}
          error={submitter.fieldError('title')}
          placeholder='如：3号楼加装电梯'
          maxlength={100}
        />
        <TextField
          id='project-description'
          label='项目内容'
          required
          multiline
          value={draft.description}
          onChange={(v) => n.set('description', v)}
          error={submitter.fieldError('description')}
          placeholder='如：拟于3号楼1单元北侧加装电梯一部，施工期约3个月，占用部分绿地'
        />
        <Field label='项目类型' required error={submitter.fieldError('kind')}>
          <ChoiceChips idPrefix='project-kind' choices={KINDS} value={draft.kind} onChange={(k) => k && n.set('kind', k)} />
        </Field>
        <TextField
          id='project-days'
          label='社区回复期限（天）'
          type='number'
          value={draft.days}
          onChange={(v) => n.set('days', v)}
          error={submitter.fieldError('opinionDueDays')}
          hint={`默认${PROJECT_OPINION_DAYS}天，最长${MAX_OPINION_DAYS}天；逾期未回复将标红提示`}
          maxlength={2}
        />
      </Card>
      {submitter.message(FIELDS) && <Notice tone='error'>{submitter.message(FIELDS) as string}</Notice>}
      <BigButton id='project-submit' loading={submitter.busy} onClick={() => void n.submit()}>
        登记并征求社区意见
      </BigButton>
    </Screen>
  );
}
