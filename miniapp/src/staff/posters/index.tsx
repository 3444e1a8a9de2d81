import { Text, View } from '@tarojs/components';
import { COMMUNITY_ROLES } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { usePosters } from '@/hooks/staff/usePosters';
import { useRoleSession } from '@/hooks/useRoleSession';
import { platform } from '@/platform';
import './index.scss';

const COPIED = '海报链接已复制，请在电脑浏览器中打开并打印';

/**
 * 楼栋海报: the community's stairwell posters (A4, with the code residents scan), one per building or
 * all at once, for its staff and secretary to print. The posters themselves are public pages.
 */
export default function StaffPosters() {
  const session = useRoleSession(COMMUNITY_ROLES);
  const p = usePosters(session);
  if (!session || (p.buildings.loading && !p.buildings.data))
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const buildings = p.buildings.data ?? [];

  return (
    <Screen className='posters'>
      <Text className='title'>楼栋海报</Text>
      <Text className='muted'>
        {platform.name === 'h5'
          ? '每栋楼一张A4海报，贴在楼道里，居民扫码即可反映问题。点击后在新窗口打开，用浏览器打印。'
          : '每栋楼一张A4海报，贴在楼道里，居民扫码即可反映问题。微信中会复制海报链接（请在电脑浏览器中打开打印），并显示本楼二维码。'}
      </Text>
      <View className='spacer' />
      {p.failed && <Notice tone='error'>{p.failed}</Notice>}
      {p.buildings.error && <ErrorBox error={p.buildings.error} onRetry={() => void p.buildings.reload()} />}
      {!p.communityId && <Empty text='当前账号未关联社区' />}
      {p.communityId && !p.buildings.error && buildings.length === 0 && <Empty text='本社区还没有楼栋' />}

      {buildings.length > 0 && (
        <Card>
          <BigButton id='posters-all' onClick={() => void p.openAll()}>
            {`打开全部楼栋海报（${buildings.length}张）`}
          </BigButton>
          {p.copied === 'all' && <Notice tone='ok'>{COPIED}</Notice>}
        </Card>
      )}
      {buildings.map((building) => (
        <Card key={building.id}>
          <View className='posters__row'>
            <View className='posters__building'>
              <Text className='posters__name'>{building.name}</Text>
              <Text className='muted'>楼栋编码 {building.code}</Text>
            </View>
            <BigButton id={`poster-${building.code}`} kind='secondary' onClick={() => void p.openBuilding(building)}>
              打开海报
            </BigButton>
          </View>
          {p.copied === building.code && <Notice tone='ok'>{COPIED}</Notice>}
        </Card>
      ))}
    </Screen>
  );
}
