import type { ProfileDefinition } from '../profile-schema.js';
import { kenyaProfile } from './kenya.js';
import { recommendedProfile } from './recommended.js';
import { strictProfile } from './strict.js';

export { kenyaProfile, recommendedProfile, strictProfile };

/**
 * The profiles fairlode ships, by name; a user's profile extends any of them by name.
 *
 * @example
 * ```ts
 * Object.keys(SHIPPED_PROFILES); // ['recommended', 'strict', 'kenya']
 * ```
 */
export const SHIPPED_PROFILES: Readonly<Record<string, ProfileDefinition>> = {
  recommended: recommendedProfile,
  strict: strictProfile,
  kenya: kenyaProfile,
};
