import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { STATUS_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { useLiaisonRecord } from '@/hooks/liaison/useLiaisonRecord';
import { LIAISON_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { recordFigures, visitLine } from '@/utils/liaison/record';
import { goToTasks } from '@/liaison/leave';
import './index.scss';

/** Her own record: how many problems she reported (and found before anyone complained), how many visits. */
export default function LiaisonRecord() {
  const session = useRoleSession(LIAISON_ROLES);
  const record = useLiaisonRecord(!!session);
  const data = record.data;
  const figures = data ? recordFigures(data) : null;

  return (
    <Screen className='liaison'>
      <Text className='liaison__hello'>我的记录</Text>
      {record.loading && !data && <Loading />}
      {record.error && <ErrorBox error={record.error} onRetry={() => void record.reload()} />}

      {data && figures && (
        <View>
          <View className='record-figures'>
            <View className='record-figure' id='record-reports'>
              <Text className='record-figure__number'>{figures.reports}</Text>
              <Text className='record-figure__label'>上报问题</Text>
            </View>
            <View className='record-figure record-figure--proactive' id='record-proactive'>
              <Text className='record-figure__number'>{figures.proactive}</Text>
              <Text className='record-figure__label'>未诉即办</Text>
            </View>
            <View className='record-figure' id='record-visits'>
              <Text className='record-figure__number'>{figures.visits}</Text>
              <Text className='record-figure__label'>回访居民</Text>
            </View>
          </View>
          {figures.proactiveShare && <Text className='record-share'>您上报的问题中，{figures.proactiveShare} 是居民还没反映就发现的。</Text>}

          <Card title='最近上报'>
            {data.recentReports.length === 0 && <Text className='liaison__empty'>还没有</Text>}
            {data.recentReports.map((a) => (
              <View key={a.id} className='record-item record-report' data-id={a.id} onClick={() => void Taro.navigateTo({ url: routes.liaisonVisit(a.id) })}>
                <View className='record-item__head'>
                  <Text className='record-item__date'>{formatShanghaiDateTime(new Date(a.receivedAt))}</Text>
                  <Text className={`record-item__status record-item__status--${a.status}`}>{STATUS_LABELS[a.status]}</Text>
                </View>
                <Text className='record-item__text'>{a.summary}</Text>
              </View>
            ))}
          </Card>

          <Card title='最近回访'>
            {data.recentVisits.length === 0 && <Text className='liaison__empty'>还没有</Text>}
            {data.recentVisits.map((v, i) => (
              <View
                key={`${v.appealId}-${v.at}-${i}`}
                className='record-item record-visit'
                data-id={v.appealId}
                onClick={() => void Taro.navigateTo({ url: routes.liaisonVisit(v.appealId) })}
              >
                <Text className='record-item__date'>{visitLine(v)}</Text>
                <Text className='record-item__text'>{v.content}</Text>
                {v.residentOpinion && <Text className='record-item__opinion'>居民：{v.residentOpinion}</Text>}
              </View>
            ))}
          </Card>
        </View>
      )}

      <BigButton id='record-report' kind='secondary' onClick={() => void Taro.navigateTo({ url: routes.liaisonReport() })}>
        上报问题
      </BigButton>
      <BigButton id='liaison-home' kind='plain' onClick={goToTasks}>
        回到我的任务
      </BigButton>
    </Screen>
  );
}
