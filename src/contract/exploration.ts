import { z } from 'zod';
import { clauseFields, described, identifier, obligationFields, partyRef } from './clause.js';
import { count, dateString, moneyString } from './exact-values.js';

/** One item of an exploration work programme. */
export const workItem = z
  .strictObject({
    id: identifier().meta({ description: 'Stable id of the work item.' }),
    description: z.string().min(1).meta({ description: 'What is to be done, e.g. "40000 m of diamond drilling".' }),
    budget: described(moneyString(), 'The amount committed to this item.'),
    by: described(dateString(), 'Date by which the item is to be completed.'),
  })
  .meta({ description: 'An item of the exploration work programme, with budget and deadline.' });

/** Principle 1: host-state and foreign technical partners explore and map together. */
export const jointProgramme = z
  .strictObject({
    ...obligationFields,
    hostEntity: partyRef().meta({ description: 'The host-state technical entity (geological survey or state enterprise).' }),
    foreignPartner: partyRef().meta({ description: 'The foreign technical partner.' }),
    workProgramme: z.array(workItem).prefault([]).meta({ description: 'The exploration work programme: what is to be done, with a budget and a deadline for each item.' }),
    trainingSlots: count().optional().meta({ description: 'Number of host-national technical staff embedded in the exploration work (secondments or training places).' }),
    technicalCommittee: z.boolean().optional().meta({ description: 'A joint technical committee oversees the programme.' }),
  })
  .meta({ title: 'Joint exploration programme', description: 'Exploration and mapping done jointly by a host-state technical entity and the foreign partner.' });

/** A kind of geodata to be delivered to the host state. */
export const geodataType = z.enum(['maps', 'drill-logs', 'assays', 'geophysics', 'samples', 'reports', 'resource-models']).meta({
  description:
    'The kind of data: maps (geological maps and plans), drill-logs, assays (laboratory analyses), geophysics (survey data), samples (physical core and rock samples), reports (interpretations) or resource-models.',
});

/** A geodata deliverable: what, to whom, how soon after acquisition, and when it becomes public. */
export const geodataDeliverable = z
  .strictObject({
    ...obligationFields,
    type: geodataType,
    recipient: partyRef().meta({ description: 'The host agency that receives the data.' }),
    deadlineDays: count().meta({ description: 'Days after acquisition within which the data is delivered.' }),
    format: z.string().optional().meta({ description: 'The form in which the data is delivered, e.g. "digital, in open formats".' }),
    publicAfterYears: count().optional().meta({ description: 'Years after which non-confidential data is released as open data.' }),
  })
  .meta({ title: 'Geodata deliverable', description: 'One kind of data: which host agency receives it, how soon after acquisition, and when it becomes public.' });

/** Periodic resource and reserve reporting under a recognised code. */
export const resourceReporting = z
  .strictObject({
    ...clauseFields,
    code: z.enum(['JORC', 'NI-43-101', 'PERC', 'SAMREC', 'CRIRSCO', 'SEC-S-K-1300', 'national', 'other']).meta({
      description:
        'The reporting code: JORC (Australasia), NI-43-101 (Canada), PERC (Europe), SAMREC (South Africa), CRIRSCO (another code aligned with the CRIRSCO template), SEC-S-K-1300 (United States), national (the host country\'s own code) or other.',
    }),
    frequencyMonths: z.int().min(1).max(120).meta({ description: 'How often a resource and reserve report is due, in months; 12 for yearly.' }),
    competentPerson: z.boolean().meta({ description: 'Reports are signed by a competent (qualified) person.' }),
  })
  .meta({ title: 'Resource reporting', description: 'Periodic reporting of mineral resources and reserves under a recognised code.' });

/** The exploration section (principle 1). */
export const exploration = z
  .strictObject({
    jointProgramme: jointProgramme.optional(),
    geodata: z.array(geodataDeliverable).prefault([]).meta({ description: 'Geodata the company delivers to the host state.' }),
    resourceReporting: resourceReporting.optional(),
  })
  .meta({ description: 'Joint exploration and mapping (principle 1).' });
