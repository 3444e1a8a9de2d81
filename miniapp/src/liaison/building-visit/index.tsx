import { Text, Textarea } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { VisitDone } from '@/components/liaison/VisitDone';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { useBuildingVisit } from '@/hooks/liaison/useBuildingVisits';
import { LIAISON_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { visitTaskTitle } from '@/utils/liaison/building-visit';
import { goToTasks } from '@/liaison/leave';
import '../visit/index.scss';

/** Record a visit to a building where the same problem keeps coming back: what she saw there. */
export default function BuildingVisit() {
  const id = Number(useRouter().params.id);
  const session = useRoleSession(LIAISON_ROLES);
  const v = useBuildingVisit(id, !!session);

  if (v.done) return <VisitDone id='building-visit' />;
  return (
    <Screen className='liaison'>
      {v.open.loading && <Loading />}
      {v.open.error && <ErrorBox error={v.open.error} onRetry={() => void v.open.reload()} />}
      {!v.open.loading && !v.open.error && !v.task && <Notice>这项走访已经完成，或已不再需要。</Notice>}
      {v.task && (
        <>
          <Card className='visit-appeal'>
            <Text className='visit-appeal__place'>{visitTaskTitle(v.task)}</Text>
            <Text className='visit-appeal__content'>{v.task.reason}</Text>
            <Text className='muted'>请上门看看、问问居民，把看到的情况写下来。发现问题可以直接“上报问题”。</Text>
          </Card>
          <Card title='走访记录' className='visit-form'>
            <Field label='您看到了什么' required error={v.message}>
              <Textarea
                id='building-visit-note'
                className='textarea'
                value={v.note}
                maxlength={2000}
                placeholder='如：水箱阀门老化，已告诉物业'
                onInput={(e) => v.setNote(e.detail.value)}
              />
            </Field>
            <BigButton id='building-visit-submit' loading={v.busy} onClick={() => void v.submit()}>
              提交
            </BigButton>
          </Card>
        </>
      )}
      <BigButton id='liaison-home' kind='plain' onClick={goToTasks}>
        回到我的任务
      </BigButton>
    </Screen>
  );
}
