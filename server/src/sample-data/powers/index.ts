import type { INestApplicationContext } from '@nestjs/common';
import type { ManualClock } from '../../common/clock/clock';
import type { SampleOrganisation } from '../sample-organisation';
import { seedLiaisonsAndRewards } from './liaisons-and-rewards';
import { seedProjectsEvaluationManagement } from './projects-evaluation-management';
import { seedWhistlesAndTaskForces } from './whistles-and-task-forces';

export interface PowersSeedContext {
  app: INestApplicationContext;
  clock: ManualClock;
  org: SampleOrganisation;
  /** The end of the sample history. */
  now: Date;
}

/** Sample use of the six powers, after the sample appeals, through the real services. */
export async function seedSamplePowers(context: PowersSeedContext): Promise<void> {
  await seedWhistlesAndTaskForces(context);
  await seedProjectsEvaluationManagement(context);
  await seedLiaisonsAndRewards(context);
}
