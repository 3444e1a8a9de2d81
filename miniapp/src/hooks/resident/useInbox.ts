import type { InboxMessage } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { useSession } from '@/state/session';
import { noticeLink } from '@/utils/notice-links';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';

/** Her notices (new appeals, deadlines, results …): tapping one marks it read and opens what it is about, on her role's page. */
export function useInbox() {
  const role = useSession()?.user.role ?? null;
  const messages = useQuery<InboxMessage[]>(() => asResident(() => api.notifications.list()), []);
  const [readNow, setReadNow] = useState<Set<number>>(new Set());
  usePageRefresh(messages.reload);

  async function open(message: InboxMessage & { link: string | null }) {
    if (!message.readAt && !readNow.has(message.id)) {
      setReadNow((s) => new Set(s).add(message.id));
      // Marking read must not stand between her and the appeal.
      void api.notifications.read(message.id).catch(() => undefined);
    }
    if (message.link) await Taro.navigateTo({ url: message.link });
  }

  const items = messages.data?.map((m) => ({ ...m, unread: !m.readAt && !readNow.has(m.id), link: noticeLink(m.subject, role) }));
  return { items, loading: messages.loading, error: messages.error, reload: messages.reload, open };
}
