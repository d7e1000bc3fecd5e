import { scaleOrdinal, type ScaleOrdinal } from 'd3-scale';
import type { ObligationStatus } from '../obligations/index.js';

/** Okabe and Ito's colour-blind-safe palette, the yellow last (it is the hardest to read on white). */
const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#666666', '#F0E442'];

/** A colour per series key, in the order the keys are given. */
export function seriesColours(keys: readonly string[]): ScaleOrdinal<string, string> {
  return scaleOrdinal<string, string>().domain(keys).range(CATEGORICAL);
}

/** The colour of each obligation status: red-orange for missed, amber at risk, green met. */
export const STATUS_COLOURS: Readonly<Record<ObligationStatus, string>> = {
  missed: '#D55E00',
  'at-risk': '#E69F00',
  'no-data': '#999999',
  'not-yet-due': '#56B4E9',
  met: '#009E73',
};
