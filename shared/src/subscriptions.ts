import type { NotificationKind } from './contract';

/**
 * WeChat subscription messages (订阅消息): what a person may agree to receive in WeChat, one template
 * each (its id is configuration), and which notices go out under it. WeChat asks a person's consent
 * at a tap, for at most three templates at a time, once per message she will receive.
 */
export const SUBSCRIPTION_TOPICS = [
  'appealAccepted',
  'appealProgress',
  'appealResult',
  'emergencyFiled',
  'deadlineWarning',
  'deadlineBreached',
  'whistled',
  'dispatched',
  'visitTask',
] as const;
export type SubscriptionTopic = (typeof SUBSCRIPTION_TOPICS)[number];

/** The notices sent in WeChat, by the topic whose consent they use; the others stay in the inbox. */
export const SUBSCRIPTION_TOPIC_OF: Partial<Record<NotificationKind, SubscriptionTopic>> = {
  appealAccepted: 'appealAccepted',
  appealProgress: 'appealProgress',
  appealResult: 'appealResult',
  emergencyFiled: 'emergencyFiled',
  deadlineWarning: 'deadlineWarning',
  deadlineBreached: 'deadlineBreached',
  streetDeadlineBreached: 'deadlineBreached',
  whistled: 'whistled',
  dispatched: 'dispatched',
  visitTask: 'visitTask',
};

/** The taps where the mini-program asks, and for what (three at most: WeChat's limit per request). */
export const SUBSCRIPTION_ASKS = {
  /** A resident (or a liaison) submitting an appeal: accepted, progress, the result to rate. */
  fileAppeal: ['appealAccepted', 'appealProgress', 'appealResult'],
  /** Community staff and secretaries, the grid secretary and the command centre, from the queue. */
  staffAlerts: ['emergencyFiled', 'deadlineWarning', 'deadlineBreached'],
  /** Department staff, from their queue. */
  departmentAlerts: ['whistled', 'dispatched'],
  /** A liaison, from her tasks. */
  liaisonTasks: ['visitTask'],
} as const satisfies Record<string, readonly SubscriptionTopic[]>;
export type SubscriptionAsk = keyof typeof SUBSCRIPTION_ASKS;

/** WeChat's answer for one template at a request: only `accept` gives a message to send. */
export const SUBSCRIPTION_ANSWERS = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscriptionAnswer = (typeof SUBSCRIPTION_ANSWERS)[number];

/** What the mini-program learns of the configured templates (`GET /wechat/subscriptions`). */
export interface SubscriptionTemplates {
  /** False when WeChat is not configured or no template is: the mini-program asks nothing. */
  enabled: boolean;
  /** The configured template id of each topic that has one. */
  templates: Partial<Record<SubscriptionTopic, string>>;
}

/** What she answered at a tap (`POST /wechat/subscriptions`): each template WeChat asked about, and her answer. */
export interface SubscriptionAnswersRequest {
  answers: { templateId: string; answer: SubscriptionAnswer }[];
}

/**
 * Staff sign in by password, so they have no openid of their own: from the mini-program they link the
 * WeChat they use (`POST /wechat/binding` with a `wx.login` code), and their messages go there.
 */
export interface WechatBindingRequest {
  /** The code from `wx.login`. */
  code: string;
}

/** Whether her account has a WeChat linked for its messages (`GET /wechat/binding`). */
export interface WechatBinding {
  bound: boolean;
}

/** How WeChat's messages fare (`GET /wechat/status`, the street admin): for finding a wrong template. */
export interface WechatStatus {
  enabled: boolean;
  topics: SubscriptionTopic[];
  /** Messages of the last 7 days by status. */
  counts: Partial<Record<'pending' | 'sending' | 'sent' | 'refused' | 'misconfigured' | 'failed', number>>;
  /** The latest messages WeChat refused for their template, page or fields: configuration to fix. */
  problems: { topic: SubscriptionTopic; templateId: string; error: string; at: string }[];
}
