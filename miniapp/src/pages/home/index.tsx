import { Picker, Switch, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CITY_SERVICE_LINES, ROLE_LABELS } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { PhoneList } from '@/components/PhoneList';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading } from '@/components/States';
import { useShownFlash } from '@/hooks/resident/flash';
import { useQuery } from '@/hooks/useQuery';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { ApiError } from '@/services/http';
import { setLargeText, useLargeText } from '@/state/preferences';
import { setPlace, usePlace } from '@/state/place';
import { useSession } from '@/state/session';
import { openPage } from '@/utils/navigation';
import { parseScene } from '@/utils/scene';
import { workbenchFor } from '@/utils/workbench';

/**
 * Where a resident lands after scanning her stairwell's code: her community and building already
 * known, what she can do, and the warm-heart card (民情暖心卡) with one-tap calling.
 */
export default function Home() {
  const { params } = useRouter();
  const place = usePlace();
  const session = useSession();
  const large = useLargeText();
  const [landingError, setLandingError] = useState<ApiError | null>(null);
  /** e.g. her data was just erased. */
  const flash = useShownFlash('home');

  // A scanned code (?scene=b%3DC01-B03) names the building; remember it for next time.
  useEffect(() => {
    const { buildingCode, meetingCheckIn } = parseScene(params.scene);
    // A meeting's door code: straight to the meeting, where one tap checks her in.
    if (meetingCheckIn) openPage(routes.meeting(meetingCheckIn.meetingId, { code: meetingCheckIn.code }));
    if (!buildingCode) return;
    api.org
      .landing(buildingCode)
      .then((landing) => setPlace({ community: landing.community, building: landing.building }))
      .catch((e: ApiError) => setLandingError(e));
  }, [params.scene]);

  const communities = useQuery(() => api.org.communities(), []);
  const card = useQuery(() => (place ? api.org.card(place.community.id) : Promise.resolve(null)), [place?.community.id]);

  const chooseCommunity = (index: number) => {
    const community = communities.data?.[index];
    if (community) setPlace({ community, building: null });
  };

  return (
    <Screen>
      {flash && (
        <View id='home-flash' className='notice notice--ok'>
          <Text>{flash}</Text>
        </View>
      )}
      {landingError && <ErrorBox error={landingError} />}
      {place ? (
        <View className='home__place'>
          <Text className='title'>{place.community.name}</Text>
          {place.building && <Text className='subtitle'>{place.building.name}</Text>}
          {place.community.isSample && <Text className='muted'>（示例数据）</Text>}
        </View>
      ) : (
        <Card title='请选择您所在的社区'>
          <Text className='muted'>扫描楼道里的二维码会自动选好社区和楼栋。</Text>
          {communities.data && (
            <Picker mode='selector' range={communities.data.map((c) => c.name)} onChange={(e) => chooseCommunity(Number(e.detail.value))}>
              <View className='picker'>点击选择社区</View>
            </Picker>
          )}
        </Card>
      )}

      <BigButton
        id='file-appeal'
        onClick={() => void Taro.navigateTo({ url: routes.file({ communityId: place?.community.id, buildingId: place?.building?.id }) })}
      >
        我要反映问题
      </BigButton>
      <BigButton id='my-appeals' kind='secondary' onClick={() => void Taro.switchTab({ url: routes.mine() })}>
        我的诉求
      </BigButton>
      <BigButton id='home-hall' kind='secondary' onClick={() => openPage(routes.hall({ communityId: place?.community.id }))}>
        社区议事厅
      </BigButton>

      <View className='spacer' />
      <Card title='民情暖心卡'>
        {card.loading && <Loading />}
        {card.error && <ErrorBox error={card.error} onRetry={() => void card.reload()} />}
        {card.data && (
          <View>
            <Text className='subtitle'>民情窗口</Text>
            <Text>{card.data.windowAddress || '—'}</Text>
            <Text className='muted'>{card.data.windowHours}</Text>
            <PhoneList
              entries={[
                ...(card.data.hotline ? [{ name: '社区民情专线', phone: card.data.hotline, note: '24小时受理' }] : []),
                ...card.data.staff.map((s) => ({ name: s.name, phone: s.phone, note: s.title })),
              ]}
            />
          </View>
        )}
        <Text className='subtitle'>便民服务电话</Text>
        <PhoneList entries={CITY_SERVICE_LINES.map((l) => ({ name: l.name, phone: l.phone }))} />
      </Card>

      <Card>
        <View className='row home__large'>
          <Text className='home__large-label'>大字模式</Text>
          <Switch id='large-text' checked={large} color='#b3261e' onChange={(e) => setLargeText(e.detail.value)} />
        </View>
        <Text className='muted'>字更大、对比更强，方便老年朋友使用。</Text>
      </Card>

      {session && session.user.role !== 'resident' ? (
        <BigButton kind='plain' onClick={() => void Taro.navigateTo({ url: workbenchFor(session.user.role) })}>
          进入{ROLE_LABELS[session.user.role]}工作台
        </BigButton>
      ) : (
        <BigButton kind='plain' onClick={() => void Taro.navigateTo({ url: routes.login() })}>
          工作人员登录
        </BigButton>
      )}
    </Screen>
  );
}
