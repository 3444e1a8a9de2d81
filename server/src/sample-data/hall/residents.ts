import { DataSource } from 'typeorm';
import { User } from '../../users/user.entity';
import { HISTORY_DAYS } from '../appeal-plans';
import { sampleResidentName } from '../sample-organisation';
import { DAY } from './hall-time';
import type { HallSeedContext } from './index';

/** The first sample residents are `居民01` … `居民60` (sample-appeals.ts); 示例社区01's own follow them. */
const FIRST_EXTRA = 60;
/** 示例社区01's extra residents, so its parking poll and meetings have the turnout of a real courtyard. */
const EXTRA_RESIDENTS = 36;

/** `居民62` lives in `居民61`'s flat: one household, two accounts (the poll counts one answer per household). */
export const FLATMATES: ReadonlyMap<string, string> = new Map([[sampleResidentName(FIRST_EXTRA + 1), sampleResidentName(FIRST_EXTRA)]]);

/** Whether she is one of 示例社区01's extra residents (`居民61` …). */
export const isExtraResident = (user: User) => {
  const n = Number(/^居民(\d+)$/.exec(user.displayName)?.[1] ?? 0);
  return n > FIRST_EXTRA;
};

/**
 * 示例社区01 gets 36 more sample residents, `居民61` … `居民96` (openid `dev:居民61` …, so the dev login
 * signs in as them), WeChat users like the first sixty, with accounts as old as theirs.
 */
export async function seedExtraResidents({ app, org, now }: HallSeedContext): Promise<void> {
  const place = org.communities[0];
  const createdAt = new Date(now.getTime() - (HISTORY_DAYS + 30) * DAY);
  const rows = Array.from({ length: EXTRA_RESIDENTS }, (_, j) => {
    const name = sampleResidentName(FIRST_EXTRA + j);
    return app.get(DataSource).manager.create(User, {
      role: 'resident',
      displayName: name,
      username: null,
      passwordHash: null,
      wechatOpenId: `dev:${name}`,
      communityId: place.community.id,
      active: true,
      createdAt,
    });
  });
  const saved = await app.get(DataSource).manager.save(User, rows, { chunk: 100 });
  place.residents = [...place.residents, ...saved];
}
