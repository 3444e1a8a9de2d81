import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { WechatToken } from './wechat-token.entity';

export interface StoredToken {
  token: string;
  expiresAt: Date;
}

const EXPIRED = new Date(0);

/**
 * The access token every server process shares (docs/architecture.md, "WeChat"): read from the
 * database, and fetched by one process when it is missing or about to expire — on MySQL with the
 * row locked, so the others wait for it instead of fetching too. SQLite is one process.
 */
@Injectable()
export class WechatTokenStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** The stored token if it is good for more than `marginMs`, else one `fetch`ed and stored. */
  async get(appId: string, fetch: () => Promise<StoredToken>, marginMs: number): Promise<StoredToken> {
    const good = (row: WechatToken | null): row is WechatToken => !!row?.token && row.expiresAt.getTime() - marginMs > Date.now();
    const stored = await this.dataSource.manager.findOneBy(WechatToken, { appId });
    if (good(stored)) return stored;
    if (this.uow.isSqlite) {
      const fresh = await fetch();
      await this.dataSource.manager.upsert(WechatToken, { appId, ...fresh }, ['appId']);
      return fresh;
    }
    return this.uow.run(
      async (em) => {
        await em.createQueryBuilder().insert().into(WechatToken).values({ appId, token: '', expiresAt: EXPIRED }).orIgnore().execute();
        const row = await em.findOne(WechatToken, { where: { appId }, lock: { mode: 'pessimistic_write' } });
        if (good(row)) return row;
        const fresh = await fetch();
        await em.update(WechatToken, { appId }, fresh);
        return fresh;
      },
      { readCommitted: true },
    );
  }

  /** WeChat refused `token` (40001, 42001): let it go, unless a process has stored a newer one meanwhile. */
  async forget(appId: string, token: string): Promise<void> {
    await this.dataSource.manager.update(WechatToken, { appId, token }, { expiresAt: EXPIRED });
  }
}
