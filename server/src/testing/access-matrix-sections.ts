import { householdsMatrix } from '../households/households.matrix-spec';
import { campaignsMatrix } from '../campaigns/campaigns.matrix-spec';
import { meetingsMatrix } from '../meetings/meetings.matrix-spec';
import { pollsMatrix } from '../polls/polls.matrix-spec';
import { surveysMatrix } from '../surveys/surveys.matrix-spec';
import { volunteersMatrix } from '../volunteers/volunteers.matrix-spec';
import type { MatrixSection } from './access-matrix-kit';

/** The features that bring their own rows to the access matrix (see ./access-matrix-kit.ts). */
export const MATRIX_SECTIONS: readonly MatrixSection[] = [householdsMatrix, campaignsMatrix, meetingsMatrix, pollsMatrix, surveysMatrix, volunteersMatrix];
