import { Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, type NoteVisibility, type Role } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { TierTag } from '@/components/Tags';
import { DepartmentChooser } from '@/components/DepartmentChooser';
import { FormCard } from '@/components/powers/FormCard';
import { TaskForceMembers, TaskForceNotes } from '@/components/powers/TaskForceCard';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';
import { useTaskForce } from '@/hooks/powers/useTaskForce';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { MAX_REPRESENTATIVES } from '@/utils/powers/task-force';
import { openPage } from '@/utils/navigation';
import './index.scss';

/** Who may open the page: whoever sees the appeal's coordination, and those who form task forces. */
const ROLES: readonly Role[] = [...new Set<Role>([...PERMISSIONS['coordination.read'], ...PERMISSIONS['taskForce.form']])];

const VISIBILITY: { key: NoteVisibility; label: string; note: string }[] = [
  { key: 'internal', label: '内部记录', note: '仅工作人员可见' },
  { key: 'public', label: '公开进展', note: '居民可见' },
];

const FORM_FIELDS = ['name', 'leadDepartmentId', 'memberDepartmentIds', 'representatives', 'note'];

/**
 * 专班: the street forms one for a major, difficult appeal (lead department, member departments,
 * residents' representatives by name); once formed, its members and progress notes.
 */
export default function PowersTaskForce() {
  const appealId = Number(useRouter().params.appealId);
  const session = useRoleSession(ROLES);
  const t = useTaskForce(appealId, session);

  if (!appealId)
    return (
      <Screen>
        <Notice tone='error'>缺少诉求编号，请从统筹协调页面进入。</Notice>
      </Screen>
    );
  if (!session || t.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (t.error)
    return (
      <Screen>
        <ErrorBox error={t.error} onRetry={() => void t.reload()} />
      </Screen>
    );

  const { draft, form, noteForm } = t;
  const appeal = t.appeal;
  const lead = draft.leadId;

  return (
    <Screen className='task-force'>
      <Text className='title'>专班</Text>
      <Card className='task-force__appeal'>
        {appeal ? (
          <View>
            <View className='row'>
              <TierTag tier={appeal.tier} />
              <Text className='muted'>
                {appeal.code} · {appeal.communityName}
              </Text>
            </View>
            <Text className='task-force__summary'>{appeal.summary}</Text>
          </View>
        ) : (
          <Text className='task-force__summary'>诉求 #{appealId}</Text>
        )}
        <Text id='task-force-open-coordination' className='task-force__link' onClick={() => openPage(routes.coordination(appealId))}>
          统筹协调 ›
        </Text>
      </Card>

      {!t.taskForce && !t.canForm && <Notice tone='info'>此诉求尚未成立专班。重大疑难事项由街道指挥分中心成立专班。</Notice>}

      {!t.taskForce && t.canForm && (
        <FormCard
          id='task-force'
          title='成立专班'
          hint='重大疑难诉求由街道成立专班：确定牵头单位，吸收相关科室、成员单位和居民代表共同推进。'
          message={form.message(FORM_FIELDS)}
          submitLabel='成立专班'
          busy={form.busy}
          onSubmit={() => void t.formTaskForce()}
        >
          <TextField
            id='task-force-name'
            label='专班名称'
            required
            value={draft.name}
            onChange={t.setName}
            error={form.fieldError('name')}
            placeholder='如：3号楼加装电梯专班'
            maxlength={100}
          />
          {t.departments.loading && <Loading />}
          {t.departments.error && <ErrorBox error={t.departments.error} onRetry={() => void t.departments.reload()} />}
          <Field label='牵头单位' required hint='只能选一个，如：区民政局' error={form.fieldError('leadDepartmentId')}>
            <DepartmentChooser idPrefix='task-force-lead' groups={t.groups} selected={lead === null ? [] : [lead]} onToggle={t.chooseLead} />
          </Field>
          <Field label='成员单位（可多选）' hint='如：平安建设办公室（安生办）、社区建设办公室（社区建设科）' error={form.fieldError('memberDepartmentIds')}>
            <DepartmentChooser
              idPrefix='task-force-member'
              groups={t.groups}
              selected={draft.memberIds}
              onToggle={t.toggleMember}
              disabledIds={lead === null ? [] : [lead]}
            />
          </Field>
          <Field label='居民代表及其他人员' hint='每行一位，如：业主代表 张先生' error={form.fieldError('representatives')}>
            {draft.representatives.map((r, i) => (
              <View key={i} className='task-force__rep'>
                <View id={`task-force-rep-${i}`} className='task-force__rep-input'>
                  <Input
                    className='input'
                    value={r}
                    maxlength={100}
                    placeholder='如：业主代表 张先生'
                    onInput={(e) => t.setRepresentative(i, e.detail.value)}
                  />
                </View>
                <Text id={`task-force-rep-remove-${i}`} className='task-force__rep-remove' onClick={() => t.removeRepresentative(i)}>
                  删除
                </Text>
              </View>
            ))}
            {draft.representatives.length < MAX_REPRESENTATIVES && (
              <Text id='task-force-rep-add' className='task-force__rep-add' onClick={t.addRepresentative}>
                ＋ 添加一行
              </Text>
            )}
          </Field>
          <TextField
            id='task-force-form-note'
            label='说明'
            multiline
            value={draft.note}
            onChange={t.setNoteText}
            error={form.fieldError('note')}
            placeholder='可不填，如：老旧小区加装电梯，需协调民政、安全、社区建设及业主意见'
          />
        </FormCard>
      )}

      {t.taskForce && (
        <>
          <TaskForceMembers taskForce={t.taskForce} />
          {t.canNote && (
            <FormCard
              id='task-force-note'
              title='记录专班进展'
              hint='专班成员记录推进情况；公开进展居民可见。'
              message={noteForm.message(['content', 'visibility'])}
              submitLabel={t.visibility === 'public' ? '发布公开进展' : '保存内部记录'}
              busy={noteForm.busy}
              onSubmit={() => void t.addNote()}
            >
              <Field label='可见范围' required error={noteForm.fieldError('visibility')}>
                <ChoiceChips idPrefix='task-force-note-visibility' choices={VISIBILITY} value={t.visibility} onChange={(v) => v && t.setVisibility(v)} />
              </Field>
              <TextField
                id='task-force-note-content'
                label='进展内容'
                required
                multiline
                value={t.note}
                onChange={t.setNote}
                error={noteForm.fieldError('content')}
                placeholder='如：已召开业主协调会，21户中19户同意加装'
              />
            </FormCard>
          )}
          <TaskForceNotes taskForce={t.taskForce} />
        </>
      )}

      <BigButton id='task-force-back' kind='plain' onClick={() => openPage(routes.coordination(appealId))}>
        返回统筹协调
      </BigButton>
    </Screen>
  );
}
