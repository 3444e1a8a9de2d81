import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many messages of a template a person has agreed to receive: each `accept` at a tap is one
 * (WeChat's one-time subscriptions); each message queued for her uses one. WeChat keeps the real
 * count; a refusal from it (43101) sets this to none.
 */
@Entity('wechat_subscriptions')
export class WechatSubscription {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'int', default: 0 })
  credits: number;
}
