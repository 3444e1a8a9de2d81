import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';

/**
 * The app's access token, one row per app, shared by every server process: WeChat keeps a limited
 * number of fetches a day, and a process that fetched its own would hold one the others do not know.
 */
@Entity('wechat_tokens')
export class WechatToken {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  appId: string;

  /** WeChat asks for room for at least 512 characters. */
  @Column({ type: 'varchar', length: 1024 })
  token: string;

  @TimeColumn()
  expiresAt: Date;
}
