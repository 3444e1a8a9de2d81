import type { InboxMessage } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';

/** Her notices (deadline reminders, results): tapping one marks it read and opens its appeal. */
export function useInbox() {
  const messages = useQuery<InboxMessage[]>(() => asResident(() => api.notifications.list()), []);
  const [readNow, setReadNow] = useState<Set<number>>(new Set());
  usePageRefresh(messages.reload);

  async function open(message: InboxMessage) {
    if (!message.readAt && !readNow.has(message.id)) {
      setReadNow((s) => new Set(s).add(message.id));
      // Marking read must not stand between her and the appeal.
      void api.notifications.read(message.id).catch(() => undefined);
    }
    if (message.appealId) await Taro.navigateTo({ url: routes.appeal(message.appealId) });
  }

  const items = messages.data?.map((m) => ({ ...m, unread: !m.readAt && !readNow.has(m.id) }));
  return { items, loading: messages.loading, error: messages.error, reload: messages.reload, open };
}
