// Plain-language words for fairlode's codes, so that no rating, status or severity is shown by
// colour alone.
import type { Severity } from '../../diagnostics/diagnostic.js';
import type { AchievementLevel, Rating } from '../../compliance/index.js';
import type { ObligationStatus } from '../../obligations/index.js';

/** A rating in words. */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  'fully-meets': 'Fully meets',
  'substantially-meets': 'Substantially meets',
  'partially-meets': 'Partially meets',
  'does-not-meet': 'Does not meet',
  'insufficient-data': 'Not enough information',
};

/** An achievement level in words. */
export const LEVEL_LABELS: Readonly<Record<AchievementLevel, string>> = {
  'level-100': 'Level 100 (the highest)',
  'level-75': 'Level 75',
  'level-50': 'Level 50',
  'not-achieved': 'No level reached',
};

/** A severity in words. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** An obligation status in words. */
export const STATUS_LABELS: Readonly<Record<ObligationStatus, string>> = {
  missed: 'Missed',
  'at-risk': 'At risk',
  'no-data': 'No data yet',
  'not-yet-due': 'Not yet due',
  met: 'Met',
};
