import { z } from 'zod';
import { clauseFields, clauseRef, obligationFields, partyRef } from './clause.js';
import { count, dateString, moneyString, rateString } from './exact-values.js';
import { countTarget, shareTarget } from './targets.js';

/** Remedies for a missed community obligation, from strongest to weakest. */
export const remedy = z.enum(['regulator-enforcement', 'licence-sanction', 'escrow-drawdown', 'penalty-payment', 'arbitration', 'none']);

/** A penalty for a missed obligation that the engine can compute. */
export const penalty = z
  .strictObject({
    amount: moneyString().optional().meta({ description: 'A fixed payment for each miss.' }),
    perUnitShortfall: moneyString().optional().meta({ description: 'A payment per unit of shortfall (per person, per tonne or per unit of money).' }),
    payee: partyRef(),
  })
  .meta({ description: 'A penalty for a miss, computable from the shortfall.' });

/** Governance of the community development agreement (MMDA Annex B). */
export const cdaGovernance = z
  .strictObject({
    managingEntity: z.string().min(1).optional(),
    electedRepresentatives: z.boolean().default(false),
    womenRepresentation: z.boolean().default(false),
    marginalisedGroups: z.boolean().default(false),
    developmentGoals: z.boolean().default(false),
    monitoringFramework: z.boolean().default(false),
  })
  .meta({ description: 'Who runs the CDA and how.' });

/** The community development agreement (reform G3). */
export const developmentAgreement = z
  .strictObject({
    ...obligationFields,
    required: z.boolean().meta({ description: 'The contract requires a CDA to be concluded.' }),
    binding: z.boolean(),
    parties: z.array(partyRef()).default([]),
    fund: clauseRef().optional().meta({ description: 'The community fund clause that finances it.' }),
    by: dateString().optional().meta({ description: 'Deadline for concluding the CDA.' }),
    governance: cdaGovernance.optional(),
    reviewEveryYears: z.int().min(1).max(50).optional(),
    continuity: z.boolean().default(false).meta({ description: 'The existing CDA stays binding until a revision is agreed.' }),
    remedy: remedy.optional(),
    penalty: penalty.optional(),
    disclosed: z.boolean().default(false).meta({ description: 'Payments are disclosed as mandatory social expenditure.' }),
  })
  .meta({ title: 'Community development agreement' });

/** A workforce category for employment targets. */
export const workforceCategory = z.enum(['all', 'unskilled', 'skilled', 'professional', 'senior-management']);

/** Whose hiring a target counts: nationals, people of the province, or of the host area. */
export const hiringScope = z.enum(['national', 'province', 'host-area']);

/** A local-employment commitment by category and scope, with dated targets. */
export const employmentCommitment = z
  .strictObject({
    ...obligationFields,
    category: workforceCategory,
    scope: hiringScope,
    women: z.boolean().default(false).meta({ description: 'The targets count women in the workforce.' }),
    targets: z.array(shareTarget).min(1),
    penalty: penalty.optional(),
  })
  .meta({ title: 'Employment commitment' });

/** A training commitment: an annual budget and measurable targets. */
export const trainingCommitment = z
  .strictObject({
    ...obligationFields,
    annualBudget: moneyString().optional(),
    payrollShare: rateString().optional().meta({ description: 'Budget as a share of payroll.' }),
    targets: z.array(countTarget).default([]).meta({ description: 'People trained by a date (cumulative).' }),
    women: z.boolean().default(false),
    penalty: penalty.optional(),
  })
  .meta({ title: 'Training commitment' });

/** A local-procurement commitment. */
export const procurementCommitment = z
  .strictObject({
    ...obligationFields,
    preference: z.enum(['first-preference', 'price-margin', 'none']),
    margin: rateString().optional(),
    scope: hiringScope.default('national'),
    targets: z.array(shareTarget).default([]),
    supplierDevelopment: z.boolean().default(false),
  })
  .meta({ title: 'Procurement commitment' });

/** The community section (principle 4 and reform G3). */
export const community = z
  .strictObject({
    developmentAgreement: developmentAgreement.optional(),
    employment: z.array(employmentCommitment).default([]),
    training: z.array(trainingCommitment).default([]),
    procurement: procurementCommitment.optional(),
    consultation: z
      .strictObject({ ...clauseFields, indigenousPeoplesPresent: z.boolean(), fpic: z.boolean(), ongoing: z.boolean().default(false) })
      .optional(),
    grievanceMechanism: z.strictObject({ ...clauseFields, independent: z.boolean(), publicRegister: z.boolean().default(false) }).optional(),
    localContentReporting: z
      .strictObject({ ...obligationFields, frequencyMonths: z.int().min(1).max(60), withinDays: count(), public: z.boolean() })
      .optional(),
  })
  .meta({ description: 'Community inclusion (principle 4) and binding community development (reform G3).' });
