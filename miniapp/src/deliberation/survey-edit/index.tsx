import { Text, View } from '@tarojs/components';
import { PERMISSIONS, SURVEY_LIMITS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { DateField } from '@/components/DateField';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';
import { useSurveyEdit } from '@/hooks/surveys/useSurveyEdit';
import { useRoleSession } from '@/hooks/useRoleSession';
import { QUESTION_PLACEHOLDERS, QUESTION_TYPE_CHOICES } from '@/utils/surveys/survey-form';
import '@/components/surveys/surveys.scss';

const SCOPES = [
  { key: 'all', label: '全部社区' },
  { key: 'chosen', label: '选择社区' },
] as const;

/**
 * 发起入户调查: title, purpose, questions of the three kinds, the target per community, the days; the
 * street chooses the communities (or all), with each one's households if known (for the margin's
 * finite-population correction). A community's staff run one for their own community.
 */
export default function DeliberationSurveyEdit() {
  const session = useRoleSession(PERMISSIONS['survey.manage']);
  const v = useSurveyEdit(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const { draft, submitter } = v;
  const err = submitter.fieldError;
  const shownFields = [
    'title',
    'purpose',
    'questions',
    'targetSampleSize',
    'opensOn',
    'closesOn',
    'communities',
    ...draft.questions.flatMap((_, i) => [`questions.${i}`, `questions.${i}.text`, `questions.${i}.type`]),
    ...(v.street ? (v.communities.data ?? []) : [{ id: v.ownId ?? 0 }]).flatMap((c) => {
      const i = v.sentIndex(c.id);
      return i < 0 ? [] : [`communities.${i}.households`, `communities.${i}.communityId`];
    }),
  ];

  return (
    <Screen className='survey-edit'>
      <Text className='title'>发起入户调查</Text>
      <Text className='muted'>
        {v.street ? '街道在所选社区开展入户调查，各社区民情专员上门录入。' : `为${v.ownName}开展入户调查，社区干部和民情专员上门录入。`}
      </Text>
      <View className='spacer' />

      <Card>
        <TextField
          id='survey-edit-title'
          label='调查名称'
          required
          value={draft.title}
          onChange={(x) => v.set('title', x)}
          error={err('title')}
          placeholder='如：社区党组织建设满意度入户调查'
          maxlength={SURVEY_LIMITS.titleMax}
        />
        <TextField
          id='survey-edit-purpose'
          label='调查目的'
          required
          multiline
          value={draft.purpose}
          onChange={(x) => v.set('purpose', x)}
          error={err('purpose')}
          hint='民情专员入户时会看到，便于向居民说明'
          placeholder='如：了解居民对社区党组织工作的评价，作为年度考评依据'
          maxlength={SURVEY_LIMITS.purposeMax}
        />
      </Card>

      <Text className='subtitle'>{`题目（${draft.questions.length}道）`}</Text>
      {err('questions') && <Notice tone='error'>{err('questions') as string}</Notice>}
      {draft.questions.map((q, i) => (
        <Card key={i} title={`第${i + 1}题`} className='survey-edit__question'>
          <Field label='题型' required error={err(`questions.${i}.type`)}>
            <ChoiceChips
              idPrefix={`survey-edit-q${i + 1}-type`}
              choices={QUESTION_TYPE_CHOICES}
              value={q.type}
              onChange={(t) => t && v.changeQuestion(i, { type: t })}
            />
          </Field>
          <TextField
            id={`survey-edit-q${i + 1}-text`}
            label='题目'
            required
            multiline
            value={q.text}
            onChange={(x) => v.changeQuestion(i, { text: x })}
            error={err(`questions.${i}.text`) ?? err(`questions.${i}`)}
            placeholder={QUESTION_PLACEHOLDERS[q.type]}
            maxlength={SURVEY_LIMITS.questionTextMax}
          />
          <View className='survey-edit__tools'>
            {i > 0 && (
              <Text id={`survey-edit-q${i + 1}-up`} className='survey-edit__tool' onClick={() => v.moveQuestion(i, -1)}>
                ↑ 上移
              </Text>
            )}
            {i < draft.questions.length - 1 && (
              <Text id={`survey-edit-q${i + 1}-down`} className='survey-edit__tool' onClick={() => v.moveQuestion(i, 1)}>
                ↓ 下移
              </Text>
            )}
            {draft.questions.length > 1 && (
              <Text id={`survey-edit-q${i + 1}-remove`} className='survey-edit__tool survey-edit__tool--danger' onClick={() => v.removeQuestion(i)}>
                删除这道题
              </Text>
            )}
          </View>
        </Card>
      ))}
      {draft.questions.length < SURVEY_LIMITS.questionsMax && (
        <BigButton id='survey-edit-add' kind='secondary' onClick={() => v.addQuestion()}>
          ＋ 添加一道题
        </BigButton>
      )}
      <View className='spacer' />

      <Card title='样本和时间'>
        <TextField
          id='survey-edit-target'
          label='每个社区的目标户数'
          required
          type='number'
          value={draft.target}
          onChange={(x) => v.set('target', x)}
          error={err('targetSampleSize')}
          hint='如200户；误差±5个百分点约需385户（社区户数已知时更少）'
          maxlength={6}
        />
        <DateField id='survey-edit-opens' label='开始日期' required value={draft.opensOn} onChange={(x) => v.set('opensOn', x)} error={err('opensOn')} />
        <DateField
          id='survey-edit-closes'
          label='结束日期（含当天）'
          required
          value={draft.closesOn}
          onChange={(x) => v.set('closesOn', x)}
          error={err('closesOn')}
        />
      </Card>

      {v.street ? (
        <Card title='参加的社区'>
          <Field label='范围' required error={err('communities')}>
            <ChoiceChips
              idPrefix='survey-edit-scope'
              choices={SCOPES}
              value={draft.everyCommunity ? 'all' : 'chosen'}
              onChange={(k) => k && v.set('everyCommunity', k === 'all')}
            />
          </Field>
          {v.communities.loading && <Loading />}
          {v.communities.error && <ErrorBox error={v.communities.error} onRetry={() => void v.communities.reload()} />}
          <Text className='muted'>社区总户数可不填；填了，误差按有限总体校正，更准确。</Text>
          {(v.communities.data ?? []).map((c) => {
            const i = v.sentIndex(c.id);
            const on = i >= 0;
            return (
              <View key={c.id} className='survey-edit__community'>
                {draft.everyCommunity ? (
                  <Text className='field__label'>{c.name}</Text>
                ) : (
                  <View
                    id={`survey-edit-community-${c.id}`}
                    className={`choice__item staff-choice__item ${on ? 'choice__item--on' : ''}`}
                    data-selected={on ? 'true' : 'false'}
                    onClick={() => v.toggleCommunity(c.id)}
                  >
                    <Text>{`${on ? '✓ ' : ''}${c.name}`}</Text>
                  </View>
                )}
                {on && (
                  <TextField
                    id={`survey-edit-households-${c.id}`}
                    label='社区总户数（可不填）'
                    type='number'
                    value={draft.households[c.id] ?? ''}
                    onChange={(x) => v.setHouseholds(c.id, x)}
                    error={err(`communities.${i}.households`) ?? err(`communities.${i}.communityId`)}
                    maxlength={7}
                  />
                )}
              </View>
            );
          })}
        </Card>
      ) : (
        <Card title={v.ownName}>
          <TextField
            id='survey-edit-households'
            label='社区总户数（可不填）'
            type='number'
            value={draft.households[v.ownId ?? 0] ?? ''}
            onChange={(x) => v.setHouseholds(v.ownId ?? 0, x)}
            error={err('communities.0.households') ?? err('communities.0.communityId')}
            hint='填了，误差按有限总体校正，更准确'
            maxlength={7}
          />
        </Card>
      )}

      {submitter.message(shownFields) && <Notice tone='error'>{submitter.message(shownFields) as string}</Notice>}
      <BigButton id='survey-edit-submit' loading={submitter.busy} onClick={() => void v.submit()}>
        发起调查
      </BigButton>
    </Screen>
  );
}
