import { z } from 'zod';

/** A rule's severity in a profile: one of the diagnostic severities, or `off` to disable the rule. */
export const severitySetting = z.enum(['error', 'warning', 'info', 'off']).meta({
  description: 'error (fails the principle), warning (weak or incomplete), info (good practice) or off (the rule does not run).',
});

/** A threshold as a profile sets it: the value, where it comes from, and whether that was verified. */
export const thresholdSetting = z
  .strictObject({
    value: z.unknown().refine((v) => v !== undefined, { error: 'a threshold needs a value' }).meta({ description: 'The value, written as the rule expects it: a whole number, or a percentage such as "1%".' }),
    source: z.string().trim().min(1, { error: 'a threshold needs a source: the law, standard or decision it comes from' }).meta({ description: 'Where the value comes from: the law, standard, agreement or decision.' }),
    verified: z.boolean().meta({ description: 'Whether the value was checked in the source itself (true), or is recalled or assumed (false).' }),
  })
  .meta({ description: 'A threshold value with its source and whether it was verified.' });

/** One rule's settings: a severity, or a severity and thresholds. */
export const ruleSetting = z.union([
  severitySetting,
  z
    .strictObject({
      severity: severitySetting.optional(),
      options: z.record(z.string(), thresholdSetting).optional().meta({ description: 'Thresholds by option name; see each rule\'s page for its options.' }),
    })
    .meta({ description: 'The rule\'s severity and thresholds.' }),
]);

/**
 * A compliance profile as written: which rules run at which severity, with which thresholds, and
 * how scores are weighted. A profile may extend others; later settings override earlier ones.
 */
export const profileSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case profile name such as "kenya"' }).meta({ description: 'The profile\'s name, by which others extend it.' }),
    description: z.string().optional().meta({ description: 'What the profile is for, in a sentence.' }),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "KE"' }).optional().meta({ description: 'The country whose law the profile follows.' }),
    extends: z.union([z.string(), z.array(z.string())]).optional().meta({ description: 'The profile or profiles this one builds on, applied in order; e.g. "recommended".' }),
    rules: z.record(z.string(), ruleSetting).optional().meta({ description: 'Settings by rule id, e.g. `P2-GHG-001: off`.' }),
    scoring: z
      .strictObject({
        includeInfo: z.boolean().optional().meta({ description: 'Count info rules in the principle scores (default true).' }),
        weights: z
          .strictObject({ error: z.int().min(0).optional(), warning: z.int().min(0).optional(), info: z.int().min(0).optional() })
          .optional()
          .meta({ description: 'Weight of a rule in its principle\'s score, by severity (defaults 3, 2, 1).' }),
        minimumCoverage: z
          .int()
          .min(0)
          .max(100)
          .optional()
          .meta({ description: 'The least coverage, 0 to 100 (the share of rule weight judged on known terms rather than rated insufficient-data), that every principle and the contract overall must reach for an achievement level (default 80).' }),
      })
      .optional()
      .meta({ description: 'How principle scores are computed.' }),
  })
  .meta({ title: 'fairlode compliance profile', description: 'Which compliance rules run, at which severity and thresholds, and how they are scored.' });

/** A profile as written in TypeScript, YAML or JSON. */
export type ProfileDefinition = z.input<typeof profileSchema>;
