import { z } from 'zod';
import { clauseFields, described } from './clause.js';
import { rateString } from './exact-values.js';

/** The kinds of tax incentive a mining agreement grants. */
export const incentiveKind = z.enum([
  'tax-holiday',
  'reduced-rate',
  'import-duty-exemption',
  'fuel-duty-exemption',
  'export-duty-exemption',
  'vat-exemption',
  'investment-credit',
  'accelerated-depreciation',
  'royalty-relief',
  'other',
]);

/**
 * One tax incentive: what it relieves, whether the general law grants it to every investor
 * (`statutory`) or the agreement negotiated it for this project (`negotiated`), and for how long.
 */
export const incentive = z
  .strictObject({
    ...clauseFields,
    kind: incentiveKind.meta({
      description:
        'tax-holiday (no income tax for a period), reduced-rate (a rate below the statutory one), import-duty-exemption, fuel-duty-exemption, export-duty-exemption, vat-exemption, investment-credit (a credit against tax for capital spent), accelerated-depreciation (faster write-off than the general law), royalty-relief (a royalty below the statutory rate) or other.',
    }),
    basis: z.enum(['statutory', 'negotiated']).meta({
      description: 'statutory: the general law grants it to every qualifying investor; negotiated: the agreement grants it to this project beyond the general law.',
    }),
    years: z.union([z.int().min(1).max(99), z.literal('term')]).optional().meta({
      description: 'How long the incentive lasts: a number of years, or "term" for the whole term of the contract. Omitted: not stated.',
    }),
    rate: described(rateString(), 'For a reduced-rate or royalty-relief incentive, the rate that applies instead of the statutory one.').optional(),
    statutoryRate: described(rateString(), 'For a reduced-rate or royalty-relief incentive, the statutory rate it replaces.').optional(),
  })
  .meta({ title: 'Tax incentive', description: 'A tax incentive the agreement grants: its kind, basis and duration.' });

/** The incentives section: every tax incentive the agreement grants. */
export const incentives = z.array(incentive).meta({
  description: 'Tax incentives and exemptions the agreement grants: holidays, reduced rates, duty and fuel exemptions, investment credits. Omit the section when the text is not known; write [] when the agreement grants none.',
});
