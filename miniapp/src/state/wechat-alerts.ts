import type { SubscriptionAsk } from '@lingjuli/shared';
import { platform } from '@/platform';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { createStore, useStore } from '@/state/store';
import { askSubscriptions, recordSubscriptionAnswers } from '@/state/subscriptions';
import { linksWechat } from '@/utils/wechat-alerts';

/** The sessions (by token) whose WeChat alerts were turned on here: kept in memory, so a new sign-in starts over. */
const turnedOn = createStore<ReadonlySet<string>>(new Set());

export function useAlertsTurnedOn(session: Session | null): boolean {
  const tokens = useStore(turnedOn);
  return !!session && tokens.has(session.token);
}

/**
 * From her tap: WeChat's consent first — WeChat allows the ask only straight from a tap, so before any
 * network call — then, for staff (signed in by password, without an openid), this WeChat linked to her
 * account, every time, since the consent is this WeChat's; then her answers recorded. True when she
 * accepted at least one template.
 */
export async function turnOnWechatAlerts(ask: SubscriptionAsk, session: Session): Promise<boolean> {
  const answers = await askSubscriptions(ask);
  if (!answers.some((a) => a.answer === 'accept')) return false;
  if (linksWechat(session.user.role)) await api.wechat.bind({ code: await platform.wechatLoginCode() });
  await recordSubscriptionAnswers(answers);
  turnedOn.set(new Set([...turnedOn.get(), session.token]));
  return true;
}
