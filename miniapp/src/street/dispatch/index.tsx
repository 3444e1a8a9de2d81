import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { STATUS_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Timeline } from '@/components/Timeline';
import { AppealFacts } from '@/components/street/AppealFacts';
import { NoteField } from '@/components/street/NoteField';
import { OrderCard } from '@/components/street/OrderCard';
import { useDispatch } from '@/hooks/street/useDispatch';
import { COMMAND_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { describeSelection, groupDepartments } from '@/utils/street/dispatch-selection';
import './index.scss';

/** The command centre dispatches an order: one lead department (主办), any assisting ones (协办), a note. */
export default function StreetDispatch() {
  const id = Number(useRouter().params.id);
  const session = useRoleSession(COMMAND_ROLES);
  const d = useDispatch(id, !!session);
  const appeal = d.detail.data;
  const departments = d.departments.data ?? [];
  const canDispatch = appeal?.actions.includes('dispatch') ?? false;

  if (d.detail.loading && !appeal)
    return (
      <Screen className='street'>
        <Loading />
      </Screen>
    );
  if (d.detail.error)
    return (
      <Screen className='street'>
        <ErrorBox error={d.detail.error} onRetry={() => void d.detail.reload()} />
      </Screen>
    );
  if (!appeal)
    return (
      <Screen className='street'>
        <Loading />
      </Screen>
    );

  return (
    <Screen className='street street-dispatch'>
      <Text className='title'>派单</Text>
      <AppealFacts appeal={appeal} />
      {appeal.dispatchOrder ? <OrderCard order={appeal.dispatchOrder} /> : <Notice tone='warning'>该诉求没有批办单</Notice>}

      {!canDispatch && appeal.dispatchOrder?.status === 'dispatched' && <Notice tone='ok'>此批办单已派出</Notice>}
      {!canDispatch && appeal.dispatchOrder?.status === 'pending' && (
        <Notice tone='warning'>{`诉求目前为「${STATUS_LABELS[appeal.status]}」，暂不能派单。系统暂不支持直接派单，请联系街道管理员处理。`}</Notice>
      )}

      {canDispatch && (
        <Card title='选择承办单位' className='dispatch-form'>
          <Text className='muted'>主办单位只能选一个，协办单位可多选。</Text>
          {d.departments.loading && <Loading />}
          {d.departments.error && <ErrorBox error={d.departments.error} onRetry={() => void d.departments.reload()} />}
          {groupDepartments(departments).map((group) => (
            <View key={group.kind} className='dispatch-group'>
              <Text className='dispatch-group__label'>{group.label}</Text>
              {group.departments.map((dep) => {
                const lead = d.selection.leadId === dep.id;
                const assist = d.selection.assistIds.includes(dep.id);
                return (
                  <View key={dep.id} className={`dispatch-dept ${lead ? 'dispatch-dept--lead' : ''} ${assist ? 'dispatch-dept--assist' : ''}`}>
                    <Text className='dispatch-dept__name'>{dep.name}</Text>
                    <View
                      id={`dispatch-lead-${dep.id}`}
                      className={`dispatch-chip ${lead ? 'dispatch-chip--lead' : ''}`}
                      data-selected={lead ? 'true' : 'false'}
                      onClick={() => d.chooseLead(dep.id)}
                    >
                      <Text>主办</Text>
                    </View>
                    <View
                      id={`dispatch-assist-${dep.id}`}
                      className={`dispatch-chip ${assist ? 'dispatch-chip--assist' : ''} ${lead ? 'dispatch-chip--off' : ''}`}
                      data-selected={assist ? 'true' : 'false'}
                      onClick={() => d.toggleAssist(dep.id)}
                    >
                      <Text>协办</Text>
                    </View>
                  </View>
                );
              })}
            </View>
          ))}
          {d.fieldMessage('leadDepartmentId') && <Text className='field__error'>{d.fieldMessage('leadDepartmentId')}</Text>}
          {d.fieldMessage('assistingDepartmentIds') && <Text className='field__error'>{d.fieldMessage('assistingDepartmentIds')}</Text>}

          <View className='dispatch-summary' id='dispatch-summary'>
            <Text>{describeSelection(d.selection, departments)}</Text>
          </View>
          <NoteField
            id='dispatch-note'
            label='派单说明'
            value={d.note}
            onChange={d.setNote}
            error={d.fieldMessage('note')}
            placeholder='如：请牵头办理，社区派干部和民情专员全程参与'
          />
          {d.error && !d.error.details.length && <Notice tone='error'>{d.error.message}</Notice>}
          <BigButton id='dispatch-submit' loading={d.busy} onClick={() => void d.submit()}>
            确认派单
          </BigButton>
        </Card>
      )}

      <Card title='办理经过'>
        <Timeline entries={appeal.timeline} />
      </Card>
    </Screen>
  );
}
