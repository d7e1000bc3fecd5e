import { z } from 'zod';
import { clauseFields, obligationFields } from './clause.js';
import { dateString, moneyString, rateString } from './exact-values.js';

/** Environmental and social impact assessment. */
export const esia = z
  .strictObject({
    ...obligationFields,
    standards: z.array(z.enum(['ifc-performance-standards', 'equator-principles', 'irma', 'national', 'other'])).min(1).meta({
      description:
        'The standards the assessment follows: ifc-performance-standards (the IFC Performance Standards), equator-principles (the Equator Principles of project-finance banks), irma (the IRMA Standard for Responsible Mining), national (the host country\'s law) or other.',
    }),
    social: z.boolean().default(true).meta({ description: 'The assessment covers social as well as environmental impacts.' }),
    by: dateString().optional().meta({ description: 'Date by which the ESIA is completed.' }),
    beforeConstruction: z.boolean().meta({ description: 'The ESIA must be approved before construction starts.' }),
    independentReview: z.boolean().optional().meta({ description: 'The ESIA is reviewed by independent experts.' }),
  })
  .meta({ title: 'ESIA', description: 'The environmental and social impact assessment (ESIA): to which standards, by when, and whether it is independently reviewed.' });

/** Environmental monitoring. */
export const monitoring = z
  .strictObject({
    ...clauseFields,
    independent: z.boolean().meta({ description: 'Monitoring is done by someone independent of the company.' }),
    public: z.boolean().meta({ description: 'Monitoring results are published.' }),
    frequencyMonths: z.int().min(1).max(60).meta({ description: 'How often monitoring results are due, in months; 3 for quarterly.' }),
  })
  .meta({ title: 'Monitoring', description: 'Environmental monitoring: by whom, how often, and whether the results are public.' });

/** Financial assurance for closure. */
export const closureAssurance = z
  .strictObject({
    ...obligationFields,
    instrument: z.enum(['bond', 'letter-of-credit', 'trust', 'escrow', 'cash-deposit', 'insurance', 'corporate-guarantee']).meta({
      description:
        'The form of the assurance: bond (a surety bond), letter-of-credit (from a bank), trust (a trust fund), escrow (an escrow account), cash-deposit (cash lodged with the state), insurance (an insurance policy) or corporate-guarantee (the company\'s or its parent\'s own promise, not a third party\'s).',
    }),
    amountBasis: z.enum(['third-party-cost', 'company-estimate']).meta({
      description: 'How the amount is sized: third-party-cost (what it would cost the state to have a contractor carry out the closure plan) or company-estimate (the company\'s own estimate of its cost).',
    }),
    amount: moneyString().optional().meta({ description: 'The amount of the assurance.' }),
    coverage: rateString({ allowAboveHundred: true })
      .prefault('100%')
      .meta({ description: 'The assurance as a share of the estimated closure cost; may exceed 100%.' }),
    reviewYears: z.int().min(1).max(50).meta({ description: 'How often the amount is reviewed for adequacy, in years.' }),
    by: dateString().optional().meta({ description: 'Date by which the assurance is posted.' }),
    beforeConstruction: z.boolean().meta({ description: 'Posted before construction starts.' }),
  })
  .meta({ title: 'Closure assurance', description: 'Financial assurance that pays for closure if the company does not carry it out.' });

/** The environment section (principle 2). */
export const environment = z
  .strictObject({
    esia: esia.optional(),
    managementPlan: z
      .strictObject({
        ...obligationFields,
        monitoringFrequencyMonths: z.int().min(1).max(60).optional().meta({ description: 'How often the plan\'s measures are monitored, in months.' }),
      })
      .optional()
      .meta({ description: 'The environmental management plan (EMP) that puts the ESIA\'s measures into practice.' }),
    monitoring: monitoring.optional(),
    water: z
      .strictObject({
        ...obligationFields,
        baseline: z.boolean().meta({ description: 'A baseline of water quality and quantity is established before operations.' }),
        allocationLimits: z.boolean().meta({ description: 'The plan sets limits on how much water the project may take.' }),
        dischargeStandards: z.boolean().meta({ description: 'The plan sets standards that water discharged must meet.' }),
      })
      .optional()
      .meta({ description: 'The plan for water use and water protection.' }),
    biodiversity: z
      .strictObject({
        ...obligationFields,
        plan: z.boolean().meta({ description: 'A biodiversity management plan is required.' }),
        noGoAreas: z.boolean().meta({ description: 'The contract names no-go or protected areas the project must not disturb.' }),
      })
      .optional()
      .meta({ description: 'Protection of biodiversity and ecosystem services.' }),
    resettlement: z
      .strictObject({
        ...obligationFields,
        planned: z.boolean().meta({ description: 'The project plans to move people from their homes or land.' }),
        standard: z.enum(['ifc-ps5', 'national', 'none']).optional().meta({
          description: 'The standard resettlement follows: ifc-ps5 (IFC Performance Standard 5), national (the host country\'s law only) or none (no standard stated).',
        }),
        livelihoodRestoration: z.boolean().optional().meta({ description: 'The livelihoods of the people moved are to be restored.' }),
      })
      .optional()
      .meta({ description: 'Resettlement of people the project displaces, and restoration of their livelihoods.' }),
    tailings: z
      .strictObject({
        ...obligationFields,
        present: z.boolean().meta({ description: 'The project has a tailings storage facility.' }),
        standard: z.enum(['gistm', 'national', 'none']).optional().meta({
          description: 'The standard the facility is managed to: gistm (the Global Industry Standard on Tailings Management), national (the host country\'s law only) or none (no standard stated).',
        }),
        engineerOfRecord: z.boolean().optional().meta({ description: 'An Engineer of Record is responsible for the facility\'s safety.' }),
        independentReview: z.boolean().optional().meta({ description: 'The facility is reviewed by independent experts.' }),
      })
      .optional()
      .meta({ description: 'Storage of tailings, the waste left after processing the ore.' }),
    closure: z
      .strictObject({
        ...obligationFields,
        plan: z.boolean().meta({ description: 'A closure and rehabilitation plan is required.' }),
        reviewYears: z.int().min(1).max(50).optional().meta({ description: 'How often the closure plan is reviewed and updated, in years.' }),
        assurance: closureAssurance.optional(),
      })
      .optional()
      .meta({ description: 'Mine closure and rehabilitation: the plan, its reviews and the money set aside for it.' }),
    ghg: z
      .strictObject({
        ...clauseFields,
        reporting: z.boolean().meta({ description: 'The project reports its greenhouse-gas emissions.' }),
        reductionTarget: rateString().optional().meta({ description: 'The cut in emissions to be reached by the date in `by`, as a share of the baseline level.' }),
        by: dateString().optional().meta({ description: 'Date by which the reduction target is to be reached.' }),
      })
      .optional()
      .meta({ description: 'Greenhouse-gas emissions: reporting and reduction.' }),
  })
  .meta({ description: 'Environmental stewardship (principle 2).' });
