import { z } from 'zod';
import { clauseFields, described, partyRef } from '../clause.js';
import { rateString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/**
 * What a withholding tax is levied on: dividends (the project company's distributions),
 * interest (e.g. on shareholder loans), management fees or service fees, as the actuals'
 * `payments` report the last three.
 */
export const withheldPayment = z.enum(['dividends', 'interest', 'management-fees', 'service-fees']).meta({
  description: 'What the tax is withheld from: dividends (distributions to equity holders), interest, management-fees or service-fees (the last three as reported in the actuals under `payments`).',
});

/** A tax treaty rate: a lower rate for recipients resident in the treaty partner country. */
export const treatyRate = z
  .strictObject({
    treaty: z.string().trim().min(1).meta({ description: 'The treaty and its article, as the clause names it, e.g. "Zambia–United Kingdom DTA 2014, art. 10".' }),
    country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "GB"' }).meta({ description: 'The treaty partner: recipients whose `residence` is this country are taxed at the treaty rate.' }),
    rate: described(rateString(), 'The treaty rate, e.g. "5%".'),
  })
  .meta({ title: 'Treaty rate', description: 'A rate a tax treaty sets for recipients resident in the partner country.' });

/**
 * A withholding tax (`revenue.withholdingTaxes`): the project company withholds a share of a
 * payment to a non-resident and pays it to the government; the recipient receives the net amount.
 * Residence comes from each party's `residence`; a recipient whose residence is not stated is not
 * taxed, and the statement warns, naming the clause.
 */
export const withholdingTax = z
  .strictObject({
    ...clauseFields,
    on: withheldPayment,
    rate: described(rateString(), 'The rate on payments to non-residents, e.g. "20%".'),
    payee: partyRef().meta({ description: 'The government (a party) the tax withheld is paid to.' }),
    treaties: z.array(treatyRate).prefault([]).meta({ description: 'Treaty rates that replace `rate` for recipients resident in the treaty partner country.' }),
    eiti: eitiClassification.optional(),
  })
  .meta({ title: 'Withholding tax', description: 'A tax withheld from dividends, interest or management or service fees paid to non-residents, paid to the government; the recipient receives the net amount.' });

/** The withholding taxes of a contract: at most one per kind of payment. */
export const withholdingTaxes = z
  .array(withholdingTax)
  .prefault([])
  .superRefine((list, ctx) => {
    const seen = new Map<string, string>();
    list.forEach((w, i) => {
      const first = seen.get(w.on);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'on'], message: `"${w.id}" withholds tax from ${w.on} as "${first}" already does; one clause per kind of payment`, input: w.on });
      else seen.set(w.on, w.id);
    });
  })
  .meta({ description: 'Withholding taxes on dividends, interest and management or service fees paid to non-residents.' });
