import { Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { FEEDBACK_METHOD_LABELS, SATISFACTION_LABELS, STATUS_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { VisitDone } from '@/components/liaison/VisitDone';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Timeline } from '@/components/Timeline';
import { Chips } from '@/components/Chips';
import { LIAISON_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { useVisit } from '@/hooks/liaison/useVisit';
import { platform } from '@/platform';
import { OPINIONS, VISIT_METHODS, latestResult } from '@/utils/liaison/visit';
import { goToTasks } from '@/liaison/leave';
import './index.scss';

const METHOD_CHOICES = VISIT_METHODS.map((m) => ({ key: m, label: FEEDBACK_METHOD_LABELS[m] }));
const OPINION_CHOICES = OPINIONS.map((o) => ({ key: o, label: SATISFACTION_LABELS[o] }));

/** Record a visit: what she told the resident and what the resident said. */
export default function LiaisonVisit() {
  const id = Number(useRouter().params.id);
  const session = useRoleSession(LIAISON_ROLES);
  const v = useVisit(id, !!session);
  const appeal = v.detail.data;

  if (v.detail.error)
    return (
      <Screen className='liaison'>
        <ErrorBox error={v.detail.error} onRetry={() => void v.detail.reload()} />
      </Screen>
    );
  if (!appeal)
    return (
      <Screen className='liaison'>
        <Loading />
      </Screen>
    );

  if (v.done) return <VisitDone id='visit' />;

  const result = latestResult(appeal.timeline);
  return (
    <Screen className='liaison'>
      <Card className='visit-appeal'>
        <Text className='visit-appeal__place'>
          {appeal.communityName}
          {appeal.buildingName ? ` ${appeal.buildingName}` : ''}
        </Text>
        <Text className='visit-appeal__status'>{STATUS_LABELS[appeal.status]}</Text>
        <Text className='visit-appeal__content'>{appeal.content}</Text>
        {appeal.locationText && <Text className='muted'>位置：{appeal.locationText}</Text>}
        {appeal.contactPhone && (
          <View className='visit-appeal__call' id='visit-call' onClick={() => void platform.makePhoneCall(appeal.contactPhone as string)}>
            <Text>
              {appeal.contactName ?? appeal.reporter?.name ?? '居民'} {appeal.contactPhone}
            </Text>
            <Text className='visit-appeal__call-button'>打电话</Text>
          </View>
        )}
      </Card>

      {result && (
        <Card title='办理结果' className='visit-result'>
          <Text className='visit-result__note'>{result.note}</Text>
          <Text className='muted'>{formatShanghaiDateTime(new Date(result.at))}</Text>
        </Card>
      )}

      {v.canFeedback ? (
        <Card title='记录回访' className='visit-form'>
          <Field label='怎么告诉居民的'>
            <Chips idPrefix='visit-method' itemClassName='liaison-chip' choices={METHOD_CHOICES} value={v.form.method} onChange={v.setMethod} />
          </Field>
          <Field label='您对居民说了什么' required error={v.message('content')}>
            <Textarea
              id='visit-content'
              className='textarea'
              value={v.form.content}
              maxlength={2000}
              placeholder='如：水管已经换好了'
              onInput={(e) => v.setContent(e.detail.value)}
            />
          </Field>
          <Field label='居民的意见' error={v.message('residentOpinion')}>
            <Chips idPrefix='visit-opinion' itemClassName='liaison-chip' choices={OPINION_CHOICES} value={v.form.opinion} onChange={v.setOpinion} />
            <Textarea
              id='visit-opinion-text'
              className='textarea visit-form__opinion'
              value={v.form.opinionText}
              maxlength={1000}
              placeholder='居民还说了什么（可不填）'
              onInput={(e) => v.setOpinionText(e.detail.value)}
            />
          </Field>
          {v.error && !v.error.details.length && <Notice tone='error'>{v.error.message}</Notice>}
          <BigButton id='visit-submit' loading={v.busy} onClick={() => void v.submit()}>
            提交
          </BigButton>
        </Card>
      ) : (
        <Notice>{appeal.level === 'community' ? '这件事现在不需要您回访。' : '街道正在办理，请和社区干部一起参与。'}</Notice>
      )}

      <Card title='办理经过'>
        <Timeline entries={appeal.timeline} />
      </Card>
      <BigButton id='liaison-home' kind='plain' onClick={goToTasks}>
        回到我的任务
      </BigButton>
    </Screen>
  );
}
