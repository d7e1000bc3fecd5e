import { z } from 'zod';
import { described, identifier } from './clause.js';
import { community } from './community.js';
import { currencyCode, dateString, unitSymbol } from './exact-values.js';
import { environment } from './environment.js';
import { exploration } from './exploration.js';
import { governance } from './governance.js';
import { incentives } from './incentives.js';
import { infrastructure } from './infrastructure.js';
import { ownership } from './ownership.js';
import { parties } from './parties.js';
import { processing } from './processing.js';
import { relatedParties } from './related-party.js';
import { revenue } from './revenue/revenue.js';

/** The contract format version this library reads and writes. */
export const FORMAT_VERSION = 1;

/** A commodity the project produces, with the unit its quantities are usually reported in. */
export const commodity = z
  .strictObject({
    id: identifier().meta({ description: 'Stable id of the commodity, by which royalties, processing commitments and sales name it, e.g. "copper".' }),
    name: z.string().min(1).optional().meta({ description: 'Its name as the contract writes it, e.g. "Copper".' }),
    unit: unitSymbol().optional().meta({ description: 'The usual unit of quantity, one of the units quantities are written in, e.g. "t" or "ozt" ("oz" is refused: write "ozt" for the troy ounce).' }),
  })
  .meta({ title: 'Commodity' });

/** The rounding modes a contract may name, each explained in a phrase. */
const roundingMode = z
  .enum(['half-even', 'half-up', 'half-down', 'half-away-from-zero', 'half-toward-zero', 'up', 'down', 'away-from-zero', 'toward-zero'])
  .default('half-even')
  .meta({
    description:
      'half-even: to the nearest, ties to the even neighbour ("banker\'s rounding", the default); half-up: to the nearest, ties toward +∞; half-down: to the nearest, ties toward −∞; half-away-from-zero: to the nearest, ties away from zero (the schoolbook rule); half-toward-zero: to the nearest, ties toward zero; up: toward +∞ (ceiling); down: toward −∞ (floor); away-from-zero: away from zero, whatever the dropped digits; toward-zero: toward zero, whatever the dropped digits (truncation).',
  });

/** How an amount is split so that the parts add up exactly. */
const allocationMethod = z
  .enum(['largest-remainder', 'in-order'])
  .default('largest-remainder')
  .meta({
    description:
      'largest-remainder (Hamilton\'s method, the default): each part is its exact share rounded down, and the leftover minor units go one each to the parts that lost the most, ties in declared order, so every part is within one minor unit of its exact share; in-order: the leftover units go one each to the recipients in declared order.',
  });

/**
 * The whole contract file. The schema describes the input (what people write: strings for exact
 * values); parsing with it yields typed values (Decimal, Money, Rate, Quantity, dates).
 */
export const contractSchema = z
  .strictObject({
    fairlode: z.literal(FORMAT_VERSION, { error: `expected the format version: fairlode: ${FORMAT_VERSION}` }).meta({ description: 'The format version of this file.' }),
    id: identifier().meta({ description: 'Stable id of the contract.' }),
    title: z.string().min(1).meta({ description: 'The contract\'s title, as the legal text gives it.' }),
    jurisdiction: z
      .strictObject({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "PK"' })
          .meta({ description: 'The host country, where the project lies.' }),
        region: z.string().min(1).optional().meta({ description: 'The province, state or region where the project lies, e.g. "Balochistan".' }),
      })
      .meta({ description: 'Where the project is: the host country and, optionally, the region.' }),
    illustrative: z.boolean().default(false).meta({ description: 'The terms are hypothetical or illustrative, not a real agreement.' }),
    signed: described(dateString(), 'Date the contract was signed; on or before the effective date.'),
    effective: described(dateString(), 'Date the contract takes effect; the term runs from it.'),
    term: z
      .strictObject({
        years: z.int().min(1).max(99).meta({ description: 'Length of the term in whole years: a 25-year term from 2026-01-01 ends on 2050-12-31.' }),
        renewal: z
          .strictObject({
            years: z.int().min(1).max(99).meta({ description: 'Length of each renewal, in whole years.' }),
            times: z.int().min(1).max(9).optional().meta({ description: 'How many renewals the contract allows. Omitted: not stated.' }),
            onSameTerms: z.boolean().meta({ description: 'The renewal is a right of the investor on the same terms (true), or it opens a review or renegotiation of the terms (false).' }),
          })
          .optional()
          .meta({ description: 'Renewal of the term: its length, how often, and whether the terms are reviewed.' }),
        mineLife: z.int().min(1).max(150).optional().meta({ description: 'The expected life of the mine in years from the effective date, as the feasibility study or the parties state it.' }),
        partialPeriods: z.enum(['refuse', 'pro-rata']).optional().meta({
          description:
            'A period of actuals that runs across the effective date or the end of the term (or, in a deal, the date an amendment takes effect): refuse (an error) or pro-rata (the period is computed on the share of its days inside, every flow of its actuals scaled by days inside ÷ days in the period, amounts split in minor units). Omitted: not stated; such a period is computed on all its actuals with a warning.',
        }),
      })
      .meta({ description: 'How long the contract runs, counted from the effective date.' }),
    phase: z.enum(['exploration', 'construction', 'production', 'closure']).optional().meta({
      description: 'The stage the project is in: exploration (searching and mapping), construction (building the mine), production (mining and selling) or closure (decommissioning and rehabilitation).',
    }),
    milestones: z
      .strictObject({
        constructionStart: dateString().optional().meta({ description: 'Date construction starts (planned or actual); "before construction" obligations fall due by it.' }),
        productionStart: dateString().optional().meta({ description: 'Date commercial production starts (planned or actual).' }),
      })
      .prefault({})
      .meta({ description: 'Project dates the obligations refer to.' }),
    currency: described(currencyCode(), 'The contract currency: payments are computed in it, and the amounts the payout computation adds to them (floors, caps, prices, thresholds) must be in it.'),
    fiscalYear: z
      .strictObject({ startMonth: z.int().min(1).max(12).meta({ description: 'The month the fiscal year starts: 1 for January to 12 for December, e.g. 7 for a July-to-June year.' }) })
      .default({ startMonth: 1 })
      .meta({ description: 'The month the fiscal year starts in; fiscal years are named by the year in which they end.' }),
    rounding: z
      .strictObject({ mode: roundingMode })
      .default({ mode: 'half-even' })
      .meta({ description: 'How amounts are rounded to the currency\'s minor unit (e.g. cents) at the defined points.' }),
    allocation: z
      .strictObject({ method: allocationMethod })
      .default({ method: 'largest-remainder' })
      .meta({ description: 'How an amount is split between recipients so the parts sum exactly to it, to the minor unit.' }),
    commodities: z
      .array(commodity)
      .min(1)
      .meta({ description: 'The commodities the project produces; royalties, windfall shares, processing commitments and the period actuals name them by id.' }),
    parties,
    ownership,
    revenue: revenue.prefault({}),
    exploration: exploration.optional(),
    environment: environment.optional(),
    infrastructure: infrastructure.prefault([]),
    community: community.optional(),
    processing: processing.optional(),
    governance: governance.optional(),
    incentives: incentives.optional(),
    relatedParties: relatedParties.optional(),
  })
  .meta({ title: 'fairlode contract', description: 'A resource-partnership contract in the fairlode format.' });

/** A contract as written in a file (strings for exact values). */
export type ContractInput = z.input<typeof contractSchema>;
