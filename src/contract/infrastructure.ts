import { z } from 'zod';
import { described, obligationFields } from './clause.js';
import { dateString, moneyString } from './exact-values.js';
import { milestone } from './targets.js';

/** One infrastructure commitment (principle 3). */
export const infrastructureItem = z
  .strictObject({
    ...obligationFields,
    kind: z.enum(['road', 'rail', 'port', 'power', 'water', 'telecom', 'social', 'other']).meta({
      description: 'What is built: road, rail, port, power (generation or lines), water (supply or treatment), telecom, social (schools, clinics, hospitals and the like) or other.',
    }),
    description: z.string().min(1).meta({ description: 'What is built, in a line, e.g. "All-weather road from the mine to Dalbandin".' }),
    location: z.string().optional().meta({ description: 'Where it is built, e.g. a district or a route.' }),
    capex: described(moneyString(), 'The capital expenditure committed to it.'),
    by: described(dateString(), 'Date by which it is to be completed.'),
    milestones: z.array(milestone).prefault([]).meta({ description: 'Dated steps toward completion, each optionally with the spend committed by then.' }),
    thirdPartyAccess: z.boolean().meta({ description: 'Users other than the project may use it.' }),
    accessTerms: z.enum(['regulated', 'cost-based', 'non-discriminatory', 'negotiated']).optional().meta({
      description:
        'The terms on which others may use it: regulated (tariffs set by a regulator), cost-based (users pay their share of the cost), non-discriminatory (the same terms for every user) or negotiated (agreed case by case).',
    }),
    ownershipAtEnd: z.enum(['state', 'public-utility', 'community', 'company']).optional().meta({
      description: 'Who owns it at the end of the term: state, public-utility (a public utility company), community, or company (the project company keeps it).',
    }),
    beneficiaryRegions: z.array(z.string().min(1)).prefault([]).meta({ description: 'Regions or communities it serves beyond the mine.' }),
    mineOnly: z.boolean().default(false).meta({ description: 'It serves the mine alone.' }),
    inLieuOfPayments: z.boolean().default(false).meta({ description: 'Built in lieu of payments to the state (a barter).' }),
    valueDisclosed: z.boolean().optional().meta({ description: 'For barter: its value is disclosed as a revenue stream.' }),
    gridSharing: z.boolean().optional().meta({ description: 'For power: surplus is shared with the local grid.' }),
  })
  .meta({ title: 'Infrastructure item', description: 'An infrastructure commitment: what is built, where, at what cost, by when, and who may use and will own it.' });

/** The infrastructure section (principle 3). */
export const infrastructure = z.array(infrastructureItem).meta({ description: 'Infrastructure that serves surrounding regions (principle 3).' });
