import type { ProfileDefinition } from '../profile-schema.js';

/**
 * The recommended profile: every rule of the catalogue at its own severity and thresholds, as
 * rules.md sets them (each threshold names its source on the rule's page).
 */
export const recommendedProfile: ProfileDefinition = {
  name: 'recommended',
  description: 'The five principles and three governance reforms at the severities and thresholds of the rule catalogue.',
  rules: {},
};
