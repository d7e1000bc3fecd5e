import { z } from 'zod';
import { clauseFields, clauseRef, described, obligationFields, partyRef } from './clause.js';
import { count, dateString, moneyString, rateString } from './exact-values.js';
import { countTarget, shareTarget } from './targets.js';

/** Remedies for a missed community obligation, from strongest to weakest. */
export const remedy = z.enum(['regulator-enforcement', 'licence-sanction', 'escrow-drawdown', 'penalty-payment', 'arbitration', 'none']);

/** A higher rate on another clause while an obligation stays missed. */
export const rateIncrease = z
  .strictObject({
    of: clauseRef().meta({ description: 'The royalty or community-fund clause whose rate rises.' }),
    by: described(rateString(), 'How much higher the rate is, in percentage points: "1%" turns a 5% royalty into 6%.'),
  })
  .meta({
    description:
      "While the obligation is missed, the rate of a royalty or community-fund clause is higher: in each period checked as missed, the extra is `by` times that clause's base in the period, paid to that clause's payee.",
  });

/** A penalty for a missed obligation that the engine can compute. */
export const penalty = z
  .strictObject({
    amount: moneyString().optional().meta({ description: 'A fixed payment for each miss.' }),
    perUnitShortfall: moneyString().optional().meta({ description: 'A payment per unit of shortfall (per person, per tonne or per unit of money).' }),
    payee: partyRef().meta({ description: 'The party the penalty is paid to.' }),
    settledBy: z
      .enum(['payment', 'escrow-drawdown'])
      .optional()
      .meta({ description: 'How the amount reaches the payee: payment (the company pays it; the default) or escrow-drawdown (it is drawn from money the company holds in escrow, or under a guarantee, for the obligation).' }),
    rateIncrease: rateIncrease.optional(),
  })
  .meta({ description: 'A penalty for a miss, computable from the shortfall: a fixed amount, an amount per unit short, a higher rate on another clause, or any of them together.' });

/** Governance of the community development agreement (MMDA Annex B). */
export const cdaGovernance = z
  .strictObject({
    managingEntity: z.string().min(1).optional().meta({ description: 'The body that manages the agreement and its money, e.g. "Chagai Community Development Fund board".' }),
    electedRepresentatives: z.boolean().default(false).meta({ description: 'The community\'s representatives on the managing body are elected.' }),
    womenRepresentation: z.boolean().default(false).meta({ description: 'Women are represented on the managing body.' }),
    marginalisedGroups: z.boolean().default(false).meta({ description: 'Marginalised groups are represented on the managing body.' }),
    developmentGoals: z.boolean().default(false).meta({ description: 'The agreement sets development goals (e.g. for health, education or incomes).' }),
    monitoringFramework: z.boolean().default(false).meta({ description: 'The agreement sets out how its implementation and results are monitored.' }),
  })
  .meta({ description: 'Who runs the CDA and how (the elements of MMDA Annex B).' });

/** The community development agreement (reform G3). */
export const developmentAgreement = z
  .strictObject({
    ...obligationFields,
    required: z.boolean().meta({ description: 'The contract requires a CDA to be concluded.' }),
    binding: z.boolean().meta({ description: 'The CDA binds the company: its commitments are enforceable, not discretionary.' }),
    parties: z.array(partyRef()).prefault([]).meta({ description: 'The parties to the CDA (party ids), e.g. the investor, the community fund and the district.' }),
    fund: clauseRef().optional().meta({ description: 'The community fund clause that finances it.' }),
    by: dateString().optional().meta({ description: 'Deadline for concluding the CDA.' }),
    governance: cdaGovernance.optional(),
    reviewEveryYears: z.int().min(1).max(50).optional().meta({ description: 'How often the CDA is reviewed, in years.' }),
    continuity: z.boolean().default(false).meta({ description: 'The existing CDA stays binding until a revision is agreed.' }),
    remedy: remedy.optional().meta({
      description:
        'What can be done if the company does not honour the CDA, strongest first: regulator-enforcement (the regulator enforces it), licence-sanction (the licence can be suspended or revoked), escrow-drawdown (money held in escrow is drawn on), penalty-payment (the company pays a penalty), arbitration (disputes go to arbitration) or none.',
    }),
    penalty: penalty.optional(),
    disclosed: z.boolean().default(false).meta({ description: 'Payments are disclosed as mandatory social expenditure.' }),
  })
  .meta({ title: 'Community development agreement', description: 'The community development agreement (CDA) between the company and the host communities.' });

/** A workforce category for employment targets. */
export const workforceCategory = z.enum(['all', 'unskilled', 'skilled', 'professional', 'senior-management']);

/** Whose hiring a target counts: nationals, people of the province, or of the host area. */
export const hiringScope = z.enum(['national', 'province', 'host-area']);

/** A local-employment commitment by category and scope, with dated targets. */
export const employmentCommitment = z
  .strictObject({
    ...obligationFields,
    category: workforceCategory.meta({
      description: 'The part of the workforce the targets count: all (the whole workforce), unskilled, skilled, professional or senior-management.',
    }),
    scope: hiringScope.meta({
      description: 'Whose employment counts: national (citizens of the host country), province (people of the host province) or host-area (people of the communities around the project).',
    }),
    women: z.boolean().default(false).meta({ description: 'The targets count women in the workforce.' }),
    targets: z.array(shareTarget).min(1).meta({ description: 'The share of the category\'s workforce to be reached by each date, e.g. 75% by 2031-12-31.' }),
    penalty: penalty.optional(),
  })
  .meta({ title: 'Employment commitment', description: 'A commitment to employ local people in one workforce category and scope, with dated targets.' });

/** A training commitment: an annual budget and measurable targets. */
export const trainingCommitment = z
  .strictObject({
    ...obligationFields,
    annualBudget: moneyString().optional().meta({ description: 'The amount to be spent on training each fiscal year.' }),
    payrollShare: rateString().optional().meta({ description: 'Budget as a share of payroll.' }),
    targets: z.array(countTarget).prefault([]).meta({ description: 'People trained by a date (cumulative).' }),
    women: z.boolean().default(false).meta({ description: 'The targets count women trained.' }),
    penalty: penalty.optional(),
  })
  .meta({ title: 'Training commitment', description: 'A training commitment: an annual budget (or a share of payroll) and the number of people to be trained by dates.' });

/** A local-procurement commitment. */
export const procurementCommitment = z
  .strictObject({
    ...obligationFields,
    preference: z.enum(['first-preference', 'price-margin', 'none']).meta({
      description:
        'How local suppliers are favoured: first-preference (they win at comparable quality, delivery and price), price-margin (their bids win if no more than `margin` dearer) or none.',
    }),
    margin: rateString().optional().meta({ description: 'With price-margin: how much dearer a local bid may be and still win, e.g. "10%".' }),
    scope: hiringScope.default('national').meta({ description: 'Which suppliers count as local: national, province or host-area.' }),
    targets: z.array(shareTarget).prefault([]).meta({ description: 'The share of procurement spending to go to local suppliers by each date.' }),
    supplierDevelopment: z.boolean().default(false).meta({ description: 'The company runs a programme to build up local suppliers.' }),
  })
  .meta({ title: 'Procurement commitment', description: 'A commitment to buy goods and services from local suppliers.' });

/** The community section (principle 4 and reform G3). */
export const community = z
  .strictObject({
    developmentAgreement: developmentAgreement.optional(),
    employment: z.array(employmentCommitment).prefault([]).meta({ description: 'Local-employment commitments.' }),
    training: z.array(trainingCommitment).prefault([]).meta({ description: 'Training for host-country people.' }),
    procurement: procurementCommitment.optional(),
    consultation: z
      .strictObject({
        ...clauseFields,
        indigenousPeoplesPresent: z.boolean().meta({ description: 'Indigenous peoples are affected by the project.' }),
        fpic: z.boolean().meta({ description: 'Their free, prior and informed consent (FPIC) is required.' }),
        ongoing: z.boolean().default(false).meta({ description: 'Consultation continues through the life of the project, not only before approval.' }),
      })
      .optional()
      .meta({ description: 'Consultation of the communities affected, and free, prior and informed consent (FPIC).' }),
    grievanceMechanism: z
      .strictObject({
        ...clauseFields,
        independent: z.boolean().meta({ description: 'The mechanism is run independently of the company.' }),
        publicRegister: z.boolean().default(false).meta({ description: 'Grievances and how they were resolved are kept in a public register.' }),
      })
      .optional()
      .meta({ description: 'A way for people affected by the project to raise complaints and have them resolved.' }),
    localContentReporting: z
      .strictObject({
        ...obligationFields,
        frequencyMonths: z.int().min(1).max(60).meta({ description: 'How often a report is due, in months; 12 for yearly.' }),
        withinDays: count().meta({ description: 'Days after the end of the reporting period within which the report is submitted.' }),
        public: z.boolean().meta({ description: 'The report is published.' }),
      })
      .optional()
      .meta({ description: 'Reports on local-content performance: local employment, training and procurement.' }),
  })
  .meta({ description: 'Community inclusion (principle 4) and binding community development (reform G3).' });
