import { householdsMatrix } from '../../households/households.access-matrix';
import type { MatrixSection } from './kit';

/** The features that bring their own rows to the access matrix (see ./kit.ts). */
export const MATRIX_SECTIONS: readonly MatrixSection[] = [householdsMatrix];
