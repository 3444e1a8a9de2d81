import { HouseholdsService } from '../../households/households.service';
import { contextOf } from '../../users/user.mapper';
import type { User } from '../../users/user.entity';
import type { SampleCommunity } from '../sample-organisation';
import { DAY } from './hall-time';
import type { HallSeedContext } from './index';
import { FLATMATES, isExtraResident } from './residents';

/** When the residents state their flats: before the first of the hall's sample meetings (70 days back). */
const STATED_DAYS_AGO = 85;

/**
 * Every sample resident states her flat 85 days before the end of the history, each a flat of her own
 * (a building of her community, unit 1–3, a room on floors 1–6) but for 示例社区01's flatmates; the
 * community's staff verify the next day two in three of the first sixty and five in six of 示例社区01's
 * extra residents (checked before its parking poll, which counts verified households only).
 */
export async function seedHouseholds({ app, clock, org, now }: HallSeedContext): Promise<void> {
  const households = app.get(HouseholdsService);
  const stated = new Date(now.getTime() - STATED_DAYS_AGO * DAY);
  for (const place of org.communities) {
    clock.set(stated);
    for (const [k, resident] of place.residents.entries()) {
      await households.state(contextOf(resident), flatOf(place, slotOf(place.residents, k)));
    }
    clock.set(new Date(stated.getTime() + DAY));
    for (const [k, resident] of place.residents.entries()) {
      const verified = isExtraResident(resident) ? k % 6 !== 5 : k % 3 !== 2;
      if (verified) await households.verify(contextOf(place.staff[0]), resident.id);
    }
  }
}

/** Her place in the community's list, or her flatmate's: the slot her flat is made from. */
function slotOf(residents: User[], k: number): number {
  const mate = FLATMATES.get(residents[k].displayName);
  const m = mate === undefined ? -1 : residents.findIndex((r) => r.displayName === mate);
  return m >= 0 ? m : k;
}

/** A distinct flat per slot: buildings in turn, then units 1–3, then floors 1–6, then doors 01–02. */
function flatOf(place: SampleCommunity, slot: number) {
  const count = place.buildings.length;
  const j = Math.floor(slot / count);
  return {
    buildingId: place.buildings[slot % count].id,
    unit: String(1 + (j % 3)),
    room: `${1 + (Math.floor(j / 3) % 6)}0${1 + (Math.floor(j / 18) % 2)}`,
  };
}
