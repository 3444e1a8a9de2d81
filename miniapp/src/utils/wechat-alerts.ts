import { SUBSCRIPTION_ASKS, type Role, type SubscriptionAsk, type SubscriptionTopic } from '@lingjuli/shared';

/** The ask a worker's first page makes for her WeChat alerts; none for residents (they are asked when filing). */
export function alertsAskFor(role: Role): SubscriptionAsk | null {
  switch (role) {
    case 'resident':
      return null;
    case 'liaison':
      return 'liaisonTasks';
    case 'departmentStaff':
      return 'departmentAlerts';
    default:
      return 'staffAlerts';
  }
}

/** Liaisons sign in with WeChat, so their messages already have a WeChat to go to; staff sign in by password and link one. */
export const linksWechat = (role: Role): boolean => role !== 'resident' && role !== 'liaison';

const TOPIC_WORDS: Partial<Record<SubscriptionTopic, string>> = {
  emergencyFiled: '新的紧急诉求',
  deadlineWarning: '即将超时',
  deadlineBreached: '已超时',
  whistled: '社区吹哨',
  dispatched: '街道派单',
  visitTask: '新的走访任务',
};

/** What the alerts bring, in words: "新的紧急诉求、即将超时和已超时" (the ask's topics that have a template). */
export function alertsWords(ask: SubscriptionAsk, configured: (topic: SubscriptionTopic) => boolean = () => true): string {
  const words = SUBSCRIPTION_ASKS[ask].filter(configured).flatMap((topic) => TOPIC_WORDS[topic] ?? []);
  return words.length > 1 ? `${words.slice(0, -1).join('、')}和${words[words.length - 1]}` : (words[0] ?? '');
}
