import { householdsMatrix } from '../households/households.matrix-spec';
import type { MatrixSection } from './access-matrix-kit';

/** The features that bring their own rows to the access matrix (see ./access-matrix-kit.ts). */
export const MATRIX_SECTIONS: readonly MatrixSection[] = [householdsMatrix];
