import type { PowersSeedContext } from '../powers';
import { seedCampaigns } from './campaigns';
import { seedHouseholds } from './households';
import { seedMeetings } from './meetings';
import { seedPolls } from './polls';
import { seedExtraResidents } from './residents';
import { seedSurveys } from './surveys';
import { seedVolunteers } from './volunteers';

export type HallSeedContext = PowersSeedContext;

/**
 * Sample use of the residents' deliberation hall (议事厅) and the volunteers, through the real services;
 * 示例社区01's extra residents and everyone's households first. The parking poll goes before the meetings:
 * the fourth parking meeting's minutes read out its result.
 */
export async function seedSampleHall(context: HallSeedContext): Promise<void> {
  await seedExtraResidents(context);
  await seedHouseholds(context);
  await seedPolls(context);
  await seedMeetings(context);
  await seedVolunteers(context);
  await seedSurveys(context);
  await seedCampaigns(context);
}
