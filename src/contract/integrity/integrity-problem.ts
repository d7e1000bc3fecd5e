import type { PathSegment } from '../../diagnostics/diagnostic.js';

/**
 * A broken integrity condition before placement in the file: the place it is reported at and, where
 * two places are involved, the other one.
 */
export interface IntegrityProblem {
  /** Stable code, e.g. `contract/duplicate-id`. */
  code: string;
  /** One plain sentence. */
  message: string;
  /** Where to report it. */
  path: PathSegment[];
  /** How to fix it. */
  hint?: string;
  /** The other place involved, if any. */
  related?: { message: string; path: PathSegment[] };
}
