import { z } from 'zod';
import { clauseFields, described, obligationFields, partyRef } from './clause.js';
import { count, dateString, rateString } from './exact-values.js';

/** Publication of the contract and EITI participation (reform G1). */
export const disclosure = z
  .strictObject({
    ...clauseFields,
    contractPublished: z.boolean().meta({ description: 'The full text of the contract is published.' }),
    annexes: z.boolean().meta({ description: 'Its annexes are published with it.' }),
    amendments: z.boolean().meta({ description: 'Every amendment is published too.' }),
    eiti: z.boolean().meta({ description: 'The project reports under the EITI.' }),
  })
  .meta({ title: 'Disclosure', description: 'Publication of the contract, and reporting under the Extractive Industries Transparency Initiative (EITI).' });

/** A beneficial owner of the investor or an SPV: a natural person. */
export const beneficialOwner = z
  .strictObject({
    of: partyRef().meta({ description: 'The company owned.' }),
    name: z.string().min(1).meta({ description: 'The person\'s full name.' }),
    share: described(rateString(), 'The share of the company the person ultimately owns or controls, directly or indirectly.'),
    politicallyExposed: z.boolean().meta({ description: 'The person is politically exposed: holds or has held a prominent public office, or is a close relative or associate of someone who does.' }),
  })
  .meta({ title: 'Beneficial owner', description: 'A natural person who ultimately owns or controls one of these companies.' });

/** A named account into which a payee receives payments (reform G2). */
export const paymentAccount = z
  .strictObject({
    payee: partyRef().meta({ description: 'The party that receives payments into this account.' }),
    account: z.string().min(1).meta({ description: 'The account\'s name, e.g. "Provincial Consolidated Fund".' }),
    type: z.enum(['treasury', 'consolidated-fund', 'statutory-fund', 'company', 'private']).meta({
      description:
        'The kind of account: treasury (a government treasury account), consolidated-fund (the government\'s main public fund), statutory-fund (a fund set up by law), company (a company\'s account) or private (a private or personal account).',
    }),
    public: z.boolean().meta({ description: 'The account is public: named, with its receipts open to public scrutiny.' }),
  })
  .meta({ title: 'Payment account' });

/** A fiscal term a stabilization clause can freeze. */
export const stabilizedTerm = z.enum(['royalty', 'income-tax', 'withholding-tax', 'customs-duties', 'indirect-taxes', 'all-taxes', 'mining-law']);

/** Ratification of the contract, and whether its text was public before it (reform G1). */
export const ratification = z
  .strictObject({
    ...clauseFields,
    by: z.enum(['parliament', 'cabinet', 'minister', 'none']).meta({
      description: 'Who approved the contract after signature: parliament (the legislature, by act or resolution), cabinet (the council of ministers), minister (the minister alone) or none (it takes effect on signature).',
    }),
    date: dateString().optional().meta({ description: 'Date of the ratification.' }),
    publishedBefore: z.boolean().optional().meta({ description: 'The full text was published before the ratification vote, so that the public and legislators could read it. Omitted: not stated.' }),
  })
  .meta({ title: 'Ratification', description: 'Who ratified the contract, when, and whether its text was public beforehand.' });

/** Carve-outs from confidentiality a contract can make. */
export const confidentialityCarveOut = z.enum(['contract-text', 'payments', 'eiti', 'law', 'beneficial-ownership']);

/** The governance section (reforms G1 and G2). */
export const governance = z
  .strictObject({
    disclosure: disclosure.optional(),
    confidentiality: z
      .strictObject({
        ...clauseFields,
        carveOuts: z.array(confidentialityCarveOut).prefault([]).meta({
          description:
            'What confidentiality does not prevent from being disclosed: contract-text (the contract itself), payments (payment data), eiti (EITI reporting), law (whatever the law requires to be disclosed) and beneficial-ownership (who owns the companies).',
        }),
      })
      .optional()
      .meta({ description: 'The confidentiality clause, and what it does not cover.' }),
    beneficialOwners: z.array(beneficialOwner).prefault([]).meta({ description: 'The beneficial owners of the investor and of any special-purpose vehicle.' }),
    reporting: z
      .strictObject({
        ...obligationFields,
        projectLevel: z.boolean().meta({ description: 'Payments are reported for each project, not only for each company.' }),
        timelinessMonths: z.int().min(0).max(120).meta({ description: 'Months after the end of a period within which its payments are reported.' }),
        entity: z.string().min(1).optional().meta({ description: 'The entity that pays and reports the project\'s payments to government, as EITI reports name it: for a joint venture, the project company, not an investor.' }),
        identifier: z.string().min(1).optional().meta({ description: 'The reporting entity\'s identifier, e.g. its company registration number.' }),
      })
      .optional()
      .meta({ description: 'Payment reporting: by project, and how soon after the period.' }),
    award: z
      .strictObject({
        process: z.string().min(1).meta({ description: 'How the contract was awarded, e.g. "Competitive tender under the Balochistan Mineral Rules 2002".' }),
        deviations: z.array(z.string()).prefault([]).meta({ description: 'Any departures from the statutory award process, such as fast-tracking; empty if none.' }),
      })
      .optional()
      .meta({ description: 'How the contract was awarded.' }),
    paymentAccounts: z.array(paymentAccount).prefault([]).meta({ description: 'The named accounts into which payees receive their payments.' }),
    audit: z
      .strictObject({
        ...clauseFields,
        by: z.string().min(1).meta({ description: 'Who audits, e.g. "Auditor-General of Pakistan".' }),
        kind: z.enum(['supreme-audit-institution', 'independent', 'company']).meta({
          description: 'The kind of auditor: supreme-audit-institution (the state\'s national audit office), independent (an independent auditing firm) or company (the company\'s own auditor).',
        }),
        published: z.boolean().meta({ description: 'The audit results are published.' }),
        everyYears: count().meta({ description: 'How often an audit takes place, in years; 1 for every year.' }),
      })
      .optional()
      .meta({ description: 'Audit of the payments and of the funds that receive them.' }),
    ratification: ratification.optional(),
    stabilization: z
      .strictObject({
        ...clauseFields,
        scope: z.array(z.string().min(1)).prefault([]).meta({ description: 'What the clause freezes, in the contract\'s own words, e.g. "fiscal-terms".' }),
        excludes: z.array(z.enum(['environment', 'health-safety', 'human-rights', 'labour', 'tax'])).prefault([]).meta({
          description: 'Areas of law the clause does not freeze, so that new law in them applies to the project: environment, health-safety, human-rights, labour, tax.',
        }),
        freezes: z.array(stabilizedTerm).optional().meta({
          description:
            'The fiscal terms the clause freezes for the project: royalty (royalty rates and bases), income-tax (the income tax rate and base), withholding-tax, customs-duties (import and export duties), indirect-taxes (VAT and excise), all-taxes (every tax and levy), mining-law (the mining code as a whole). Omitted: not stated.',
        }),
        years: z.union([z.int().min(1).max(99), z.literal('term')]).optional().meta({
          description: 'How long the terms stay frozen: a number of years from the effective date, or "term" for the whole term of the contract. Omitted: not stated.',
        }),
        form: z.enum(['freezing', 'economic-equilibrium']).optional().meta({
          description:
            'freezing: new law does not apply to the project; economic-equilibrium: new law applies, and the state restores the investor\'s economic position (by compensation or adjusted terms). Omitted: not stated.',
        }),
      })
      .optional()
      .meta({ description: 'The stabilization clause: which laws and terms are frozen for the project, and which are not.' }),
  })
  .meta({ description: 'Transparency (G1) and revenue management (G2).' });
