import { z } from 'zod';
import { clauseFields, identifier, obligationFields, partyRef } from './clause.js';
import { count, dateString, moneyString } from './exact-values.js';

/** One item of an exploration work programme. */
export const workItem = z
  .strictObject({
    id: identifier(),
    description: z.string().min(1),
    budget: moneyString(),
    by: dateString(),
  })
  .meta({ description: 'An item of the exploration work programme, with budget and deadline.' });

/** Principle 1: host-state and foreign technical partners explore and map together. */
export const jointProgramme = z
  .strictObject({
    ...obligationFields,
    hostEntity: partyRef().meta({ description: 'The host-state technical entity (geological survey or state enterprise).' }),
    foreignPartner: partyRef().meta({ description: 'The foreign technical partner.' }),
    workProgramme: z.array(workItem).default([]),
    trainingSlots: count().optional().meta({ description: 'Host-national technical staff embedded in exploration.' }),
    technicalCommittee: z.boolean().optional().meta({ description: 'A joint technical committee oversees the programme.' }),
  })
  .meta({ title: 'Joint exploration programme' });

/** A kind of geodata to be delivered to the host state. */
export const geodataType = z.enum(['maps', 'drill-logs', 'assays', 'geophysics', 'samples', 'reports', 'resource-models']);

/** A geodata deliverable: what, to whom, how soon after acquisition, and when it becomes public. */
export const geodataDeliverable = z
  .strictObject({
    ...obligationFields,
    type: geodataType,
    recipient: partyRef().meta({ description: 'The host agency that receives the data.' }),
    deadlineDays: count().meta({ description: 'Days after acquisition within which the data is delivered.' }),
    format: z.string().optional(),
    publicAfterYears: count().optional().meta({ description: 'Years after which non-confidential data is released as open data.' }),
  })
  .meta({ title: 'Geodata deliverable' });

/** Periodic resource and reserve reporting under a recognised code. */
export const resourceReporting = z
  .strictObject({
    ...clauseFields,
    code: z.enum(['JORC', 'NI-43-101', 'PERC', 'SAMREC', 'CRIRSCO', 'SEC-S-K-1300', 'national', 'other']),
    frequencyMonths: z.int().min(1).max(120),
    competentPerson: z.boolean().meta({ description: 'Reports are signed by a competent (qualified) person.' }),
  })
  .meta({ title: 'Resource reporting' });

/** The exploration section (principle 1). */
export const exploration = z
  .strictObject({
    jointProgramme: jointProgramme.optional(),
    geodata: z.array(geodataDeliverable).default([]),
    resourceReporting: resourceReporting.optional(),
  })
  .meta({ description: 'Joint exploration and mapping (principle 1).' });
