import type { INestApplicationContext } from '@nestjs/common';
import type { AppealStatus, Channel, Role, Tier } from '@lingjuli/shared';
import { DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Appeal } from '../appeals/entities/appeal.entity';
import { hashPassword } from '../auth/password-hasher';
import { ManualClock } from '../common/clock/clock';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { Grid } from '../organisation/grid.entity';
import { User } from '../users/user.entity';
import { HISTORY_DAYS } from './appeal-plans';
import { seedSampleHall } from './hall';
import { seedSamplePowers } from './powers';
import { DEFAULT_SAMPLE_APPEALS, createSampleAppeals, createSampleResidents } from './sample-appeals';
import { SAMPLE_PASSWORD, createSampleOrganisation } from './sample-organisation';

const DAY = 24 * 60 * 60_000;

export interface SeedOptions {
  /** How many sample appeals (default 300). */
  appeals?: number;
  /** The end of the sample history (default: the clock's current time). */
  now?: Date;
  /** Seed of the pseudo-random generator (default 20190101): the same seed gives the same data. */
  seed?: number;
}

export interface SeedCounts {
  grids: number;
  communities: number;
  buildings: number;
  departments: number;
  users: Partial<Record<Role, number>>;
  appeals: number;
  appealsByStatus: Partial<Record<AppealStatus, number>>;
  appealsByTier: Partial<Record<Tier, number>>;
  appealsByChannel: Partial<Record<Channel, number>>;
  /** Wall-clock time the seeding took. */
  elapsedMs: number;
}

export type SeedSummary = { seeded: false } | ({ seeded: true } & SeedCounts);

/**
 * Loads the sample street and a history of sample appeals into an empty database. Does nothing
 * (returns `{ seeded: false }`) when any community exists, so `npm start` can call it every time.
 * `clock` must be the ManualClock the application was built with: appeals are filed and moved
 * through the real services with the clock set to each step's time. It is left at `now`.
 */
export async function seedSampleData(app: INestApplicationContext, clock: ManualClock, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const dataSource = app.get(DataSource);
  if ((await dataSource.getRepository(Community).count()) > 0) return { seeded: false };

  const now = options.now ?? clock.now();
  const seed = options.seed ?? 20190101;
  // Accounts exist before the oldest sample appeal.
  const createdAt = new Date(now.getTime() - (HISTORY_DAYS + 30) * DAY);
  const passwordHash = await hashPassword(SAMPLE_PASSWORD);
  const org = await dataSource.transaction(async (em) => {
    const organisation = await createSampleOrganisation(em, { passwordHash, createdAt, seed });
    await createSampleResidents(em, organisation, createdAt);
    return organisation;
  });
  await createSampleAppeals(app, clock, org, { count: options.appeals ?? DEFAULT_SAMPLE_APPEALS, now, seed });
  await seedSamplePowers({ app, clock, org, now });
  await seedSampleHall({ app, clock, org, now });
  clock.set(now);
  return { seeded: true, ...(await countSampleData(dataSource)), elapsedMs: Date.now() - started };
}

async function countSampleData(dataSource: DataSource): Promise<Omit<SeedCounts, 'elapsedMs'>> {
  const count = (entity: EntityTarget<ObjectLiteral>) => dataSource.getRepository(entity).count();
  return {
    grids: await count(Grid),
    communities: await count(Community),
    buildings: await count(Building),
    departments: await count(Department),
    users: await countBy(dataSource, User, 'role'),
    appeals: await count(Appeal),
    appealsByStatus: await countBy(dataSource, Appeal, 'status'),
    appealsByTier: await countBy(dataSource, Appeal, 'tier'),
    appealsByChannel: await countBy(dataSource, Appeal, 'channel'),
  };
}

async function countBy<K extends string>(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, column: string): Promise<Partial<Record<K, number>>> {
  const rows: { key: K; n: string | number }[] = await dataSource
    .createQueryBuilder()
    .select(`t.${column}`, 'key')
    .addSelect('COUNT(*)', 'n')
    .from(entity, 't')
    .groupBy(`t.${column}`)
    .getRawMany();
  // MySQL returns COUNT(*) as a string.
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)])) as Partial<Record<K, number>>;
}
