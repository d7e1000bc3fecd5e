import { z } from 'zod';
import { obligationFields } from './clause.js';
import { dateString, moneyString } from './exact-values.js';
import { milestone } from './targets.js';

/** One infrastructure commitment (principle 3). */
export const infrastructureItem = z
  .strictObject({
    ...obligationFields,
    kind: z.enum(['road', 'rail', 'port', 'power', 'water', 'telecom', 'social', 'other']),
    description: z.string().min(1),
    location: z.string().optional(),
    capex: moneyString().meta({ description: 'Committed capital expenditure.' }),
    by: dateString().meta({ description: 'Completion deadline.' }),
    milestones: z.array(milestone).default([]),
    thirdPartyAccess: z.boolean().meta({ description: 'Others may use it.' }),
    accessTerms: z.enum(['regulated', 'cost-based', 'non-discriminatory', 'negotiated']).optional(),
    ownershipAtEnd: z.enum(['state', 'public-utility', 'community', 'company']).optional().meta({ description: 'Who owns it at the end of the term.' }),
    beneficiaryRegions: z.array(z.string().min(1)).default([]).meta({ description: 'Regions or communities it serves beyond the mine.' }),
    mineOnly: z.boolean().default(false).meta({ description: 'It serves the mine alone.' }),
    inLieuOfPayments: z.boolean().default(false).meta({ description: 'Built in lieu of payments to the state (a barter).' }),
    valueDisclosed: z.boolean().optional().meta({ description: 'For barter: its value is disclosed as a revenue stream.' }),
    gridSharing: z.boolean().optional().meta({ description: 'For power: surplus is shared with the local grid.' }),
  })
  .meta({ title: 'Infrastructure item' });

/** The infrastructure section (principle 3). */
export const infrastructure = z.array(infrastructureItem).meta({ description: 'Infrastructure that serves surrounding regions (principle 3).' });
