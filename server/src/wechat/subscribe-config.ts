import { SUBSCRIPTION_TOPICS, type SubscriptionTopic } from '@lingjuli/shared';
import { isFillableKey, MESSAGE_WORDS, type MessageWord } from './subscribe-fields';

/** A topic's template as configured: its id in WeChat, and which of its keys takes which word. */
export interface SubscribeTemplate {
  id: string;
  fields: Record<string, MessageWord>;
}

export type SubscribeTemplates = Partial<Record<SubscriptionTopic, SubscribeTemplate>>;

/** Which version of the mini-program a message opens (WeChat's `miniprogram_state`). */
export const MINIPROGRAM_STATES = ['formal', 'trial', 'developer'] as const;
export type MiniprogramState = (typeof MINIPROGRAM_STATES)[number];

/**
 * `WECHAT_TEMPLATES`: JSON, by topic, the template chosen for it in WeChat's console and which of its
 * keys takes which word, e.g. `{"appealProgress": {"id": "…", "fields": {"character_string1": "code",
 * "thing2": "text", "time3": "time"}}}`. Anything wrong stops the start with the reason: a template
 * that cannot be filled would fail every message.
 */
export function parseSubscribeTemplates(text: string | undefined): SubscribeTemplates {
  if (!text?.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('WECHAT_TEMPLATES must be JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('WECHAT_TEMPLATES must be an object by topic');
  const templates: SubscribeTemplates = {};
  for (const [topic, value] of Object.entries(parsed)) {
    if (!(SUBSCRIPTION_TOPICS as readonly string[]).includes(topic)) {
      throw new Error(`WECHAT_TEMPLATES: unknown topic ${JSON.stringify(topic)} (one of ${SUBSCRIPTION_TOPICS.join(', ')})`);
    }
    const { id, fields } = (value ?? {}) as { id?: unknown; fields?: unknown };
    if (typeof id !== 'string' || !id.trim()) throw new Error(`WECHAT_TEMPLATES.${topic}.id must be the template id`);
    if (!fields || typeof fields !== 'object' || Array.isArray(fields) || Object.keys(fields).length === 0) {
      throw new Error(`WECHAT_TEMPLATES.${topic}.fields must map the template's keys to ${MESSAGE_WORDS.join(', ')}`);
    }
    for (const [key, word] of Object.entries(fields)) {
      if (!isFillableKey(key)) throw new Error(`WECHAT_TEMPLATES.${topic}.fields: ${key} is not a kind of field this product fills`);
      if (!(MESSAGE_WORDS as readonly unknown[]).includes(word)) {
        throw new Error(`WECHAT_TEMPLATES.${topic}.fields.${key} must be one of ${MESSAGE_WORDS.join(', ')}`);
      }
    }
    templates[topic as SubscriptionTopic] = { id: id.trim(), fields: fields as Record<string, MessageWord> };
  }
  return templates;
}

export function parseMiniprogramState(text: string | undefined): MiniprogramState {
  if (!text) return 'formal';
  if ((MINIPROGRAM_STATES as readonly string[]).includes(text)) return text as MiniprogramState;
  throw new Error(`WECHAT_MINIPROGRAM_STATE must be one of ${MINIPROGRAM_STATES.join(', ')}`);
}
