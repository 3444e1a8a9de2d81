import type { PowersSeedContext } from './index';

/** Sample data for this part of the six powers (filled in with the feature). */
export async function seedProjectsEvaluationManagement(_context: PowersSeedContext): Promise<void> {}
