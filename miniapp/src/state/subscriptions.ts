import { SUBSCRIPTION_ASKS, type SubscriptionAsk, type SubscriptionTemplates, type SubscriptionTopic } from '@lingjuli/shared';
import { api } from '@/services/api';
import { platform } from '@/platform';

/*
 * WeChat subscription messages: the templates the server has configured, read once and kept, because
 * the ask itself must start straight from a tap, before any network call.
 */

let templates: SubscriptionTemplates | null = null;
let loading: Promise<void> | null = null;

/** Reads the configured templates once (pages that ask call it when they open); a failure leaves the ask empty. */
export function loadSubscriptionTemplates(): Promise<void> {
  loading ??= api.wechat
    .templates()
    .then((t) => {
      templates = t;
    })
    .catch(() => {
      loading = null;
    });
  return loading;
}

/** The template ids of an ask that are configured (none before they are read, or with the channel off). */
export function templateIdsFor(ask: SubscriptionAsk): string[] {
  if (!templates?.enabled) return [];
  return SUBSCRIPTION_ASKS[ask].flatMap((topic) => templates?.templates[topic] ?? []);
}

/** Whether a topic has a configured template (for saying what an ask brings). */
export function hasTemplate(topic: SubscriptionTopic): boolean {
  return Boolean(templates?.enabled && templates.templates[topic]);
}

/**
 * Asks her, from the tap that calls this, to agree to the ask's messages; resolves with her answers,
 * to be recorded once she is signed in (`recordSubscriptionAnswers`).
 */
export function askSubscriptions(ask: SubscriptionAsk) {
  return platform.requestSubscriptions(templateIdsFor(ask));
}

/** Tells the server what she agreed to; a failure only costs the messages (the inbox has every notice). */
export async function recordSubscriptionAnswers(answers: Awaited<ReturnType<typeof askSubscriptions>>): Promise<void> {
  if (answers.length === 0) return;
  await api.wechat.recordAnswers({ answers }).catch(() => undefined);
}
