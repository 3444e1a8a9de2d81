import { formatShanghaiDateTime } from '@lingjuli/shared';
import { Text, View } from '@tarojs/components';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { useInbox } from '@/hooks/resident/useInbox';
import { SUBJECT_LINK_LABELS } from '@/utils/notice-links';
import './index.scss';

/** 消息: her notices; tap one to read it and open what it is about. */
export default function Inbox() {
  const inbox = useInbox();
  return (
    <Screen className='inbox-page'>
      <Text className='title'>消息</Text>
      {inbox.loading && !inbox.items && <Loading />}
      {inbox.error && <ErrorBox error={inbox.error} onRetry={() => void inbox.reload()} />}
      {inbox.items && inbox.items.length === 0 && <Empty text='暂时没有消息。诉求有进展时会在这里告诉您。' />}
      {inbox.items?.map((m) => (
        <View
          key={m.id}
          className={`card inbox-item ${m.unread ? 'inbox-item--unread' : ''}`}
          data-id={m.id}
          id={`message-${m.id}`}
          onClick={() => void inbox.open(m)}
        >
          <View className='inbox-item__head'>
            {m.unread && <Text className='inbox-item__dot'>未读</Text>}
            <Text className='inbox-item__title'>{m.title}</Text>
          </View>
          <Text className='inbox-item__body'>{m.body}</Text>
          <View className='inbox-item__foot'>
            <Text className='muted'>{formatShanghaiDateTime(new Date(m.createdAt))}</Text>
            {m.link && m.subject && <Text className='inbox-item__more'>{SUBJECT_LINK_LABELS[m.subject.type]} ›</Text>}
          </View>
        </View>
      ))}
    </Screen>
  );
}
