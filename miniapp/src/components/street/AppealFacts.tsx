import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CATEGORY_INFO, channelText, LEVEL_LABELS, type AppealDetail } from '@lingjuli/shared';
import { Card } from '@/components/Card';
import { Countdown } from '@/components/Countdown';
import { StatusTag, Tag, TierTag } from '@/components/Tags';
import { serverUrl } from '@/services/api';

/** The appeal itself, as the street sees it: where, what, the resident's words and photos, the countdown. */
export function AppealFacts({ appeal }: { appeal: AppealDetail }) {
  const photos = appeal.attachments.map((a) => serverUrl(a.url));
  return (
    <Card className='appeal-facts'>
      <View className='row appeal-facts__tags'>
        <StatusTag status={appeal.status} />
        <TierTag tier={appeal.tier} />
        <Tag>{LEVEL_LABELS[appeal.level]}</Tag>
        {appeal.supervised && <Tag tone='danger'>督办</Tag>}
        {appeal.proactive && <Tag tone='ok'>未诉即办</Tag>}
      </View>
      <Text className='subtitle'>
        {appeal.communityName}
        {appeal.buildingName ? ` · ${appeal.buildingName}` : ''}
      </Text>
      <Text className='muted'>
        {appeal.code} · {CATEGORY_INFO[appeal.category].label} · {channelText(appeal)}
        {appeal.supporters > 0 ? ` · ${appeal.supporters}位居民也遇到了` : ''}
      </Text>
      <Text className='appeal-facts__content'>{appeal.content}</Text>
      {appeal.locationText && <Text className='muted'>位置：{appeal.locationText}</Text>}
      {(appeal.contactName || appeal.contactPhone) && (
        <Text className='muted'>
          联系人：{appeal.contactName ?? ''} {appeal.contactPhone ?? ''}
        </Text>
      )}
      {photos.length > 0 && (
        <View className='appeal-facts__photos'>
          {photos.map((url) => (
            <Image
              key={url}
              className='appeal-facts__photo'
              src={url}
              mode='aspectFill'
              onClick={() => void Taro.previewImage({ urls: photos, current: url })}
            />
          ))}
        </View>
      )}
      <View className='spacer' />
      <Countdown appeal={appeal} />
    </Card>
  );
}
