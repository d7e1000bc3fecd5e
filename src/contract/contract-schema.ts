import { z } from 'zod';
import { identifier } from './clause.js';
import { community } from './community.js';
import { currencyCode, dateString } from './exact-values.js';
import { environment } from './environment.js';
import { exploration } from './exploration.js';
import { governance } from './governance.js';
import { infrastructure } from './infrastructure.js';
import { ownership } from './ownership.js';
import { parties } from './parties.js';
import { processing } from './processing.js';
import { revenue } from './revenue/revenue.js';

/** The contract format version this library reads and writes. */
export const FORMAT_VERSION = 1;

/** A commodity the project produces, with the unit its quantities are usually reported in. */
export const commodity = z
  .strictObject({
    id: identifier(),
    name: z.string().min(1).optional(),
    unit: z.string().min(1).optional().meta({ description: 'The usual unit of quantity, e.g. "t".' }),
  })
  .meta({ title: 'Commodity' });

/**
 * The whole contract file. The schema describes the input (what people write: strings for exact
 * values); parsing with it yields typed values (Decimal, Money, Rate, Quantity, dates).
 */
export const contractSchema = z
  .strictObject({
    fairlode: z.literal(FORMAT_VERSION, { error: `expected the format version: fairlode: ${FORMAT_VERSION}` }).meta({ description: 'The format version of this file.' }),
    id: identifier().meta({ description: 'Stable id of the contract.' }),
    title: z.string().min(1),
    jurisdiction: z.strictObject({
      country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "PK"' }),
      region: z.string().min(1).optional(),
    }),
    illustrative: z.boolean().default(false).meta({ description: 'The terms are hypothetical or illustrative, not a real agreement.' }),
    signed: dateString(),
    effective: dateString(),
    term: z.strictObject({ years: z.int().min(1).max(99) }).meta({ description: 'Duration from the effective date.' }),
    phase: z.enum(['exploration', 'construction', 'production', 'closure']).optional(),
    milestones: z
      .strictObject({ constructionStart: dateString().optional(), productionStart: dateString().optional() })
      .prefault({})
      .meta({ description: 'Project dates the obligations refer to.' }),
    currency: currencyCode(),
    fiscalYear: z.strictObject({ startMonth: z.int().min(1).max(12) }).default({ startMonth: 1 }).meta({ description: 'The month the fiscal year starts in; fiscal years are named by the year in which they end.' }),
    rounding: z
      .strictObject({
        mode: z.enum(['half-even', 'half-up', 'half-down', 'half-away-from-zero', 'half-toward-zero', 'up', 'down', 'away-from-zero', 'toward-zero']).default('half-even'),
      })
      .default({ mode: 'half-even' })
      .meta({ description: 'How amounts are rounded to the minor unit at the defined points.' }),
    allocation: z
      .strictObject({ method: z.enum(['largest-remainder', 'in-order']).default('largest-remainder') })
      .default({ method: 'largest-remainder' })
      .meta({ description: 'How an amount is split between recipients so the parts sum exactly.' }),
    commodities: z.array(commodity).min(1),
    parties,
    ownership,
    revenue: revenue.prefault({}),
    exploration: exploration.optional(),
    environment: environment.optional(),
    infrastructure: infrastructure.default([]),
    community: community.optional(),
    processing: processing.optional(),
    governance: governance.optional(),
  })
  .meta({ title: 'fairlode contract', description: 'A resource-partnership contract in the fairlode format.' });

/** A contract as written in a file (strings for exact values). */
export type ContractInput = z.input<typeof contractSchema>;
