import { z } from 'zod';
import { clauseFields, described, identifier, obligationFields, partyRef } from './clause.js';
import { dateString, quantityString, rateString } from './exact-values.js';
import { milestone } from './targets.js';

/** A commitment to process a commodity in the host country (principle 5). */
export const processingCommitment = z
  .strictObject({
    ...obligationFields,
    commodity: identifier().meta({ description: 'The commodity to be processed (an id under `commodities`).' }),
    stage: z.enum(['concentrate', 'smelted', 'refined', 'refined-cathode', 'precursor', 'manufactured', 'other']).meta({
      description:
        'How far it is to be processed in the country: concentrate (ore concentrated), smelted (smelted, e.g. to matte or blister), refined (refined metal), refined-cathode (refined metal cathode), precursor (battery or chemical precursors), manufactured (finished products) or other.',
    }),
    capacity: quantityString({ sign: 'positive' }).optional().meta({ description: 'Annual processing capacity to be built, e.g. "100000 t".' }),
    targets: z
      .array(
        z
          .strictObject({
            by: described(dateString(), 'Date by which the share is to be reached.'),
            domesticShare: described(rateString(), 'The share of the commodity\'s output to be processed in the country by then.'),
          })
          .meta({ description: 'A share of output to be processed in the country by a date.' }),
      )
      .prefault([])
      .meta({ description: 'The share of output to be processed in the country by each date.' }),
    milestones: z.array(milestone).prefault([]).meta({ description: 'Dated steps such as the investment decision and commissioning, each optionally with the spend committed by then.' }),
  })
  .meta({ title: 'Processing commitment', description: 'For one commodity: how far it is to be processed in the country, the capacity to be built, and dated targets and milestones.' });

/**
 * The form in which a commodity leaves the country: ore (as mined), concentrate (ore
 * concentrated) or refined (smelted and refined metal).
 */
export const exportForm = z.enum(['ore', 'concentrate', 'refined']).meta({
  description: 'The form of the commodity exported: ore (as mined), concentrate (ore concentrated) or refined (smelted and refined metal).',
});

/** Restrictions on exporting unprocessed ore, or an export levy until processing starts. */
export const rawExport = z
  .strictObject({
    ...clauseFields,
    restriction: z.enum(['ban-after-date', 'levy-schedule', 'none']).meta({
      description: 'The kind of restriction: ban-after-date (no export of unprocessed ore from the date in `from`), levy-schedule (export is allowed but pays the levy in `levy`) or none.',
    }),
    from: dateString().optional().meta({ description: 'With ban-after-date: the date from which raw exports are banned.' }),
    levy: z
      .array(
        z
          .strictObject({
            from: described(dateString(), 'Date from which this levy rate applies, until the next step\'s date.'),
            rate: described(rateString(), 'The levy as a share of the value of raw exports.'),
          })
          .meta({ description: 'A levy step: the rate that applies from a date.' }),
      )
      .prefault([])
      .meta({ description: 'With levy-schedule: dated levy rates on raw exports; each applies from its date until the next.' }),
    payee: partyRef().optional().meta({ description: 'The party the levy is paid to.' }),
    rawForms: z
      .array(exportForm)
      .min(1)
      .optional()
      .meta({ description: 'The forms of the commodity the restriction treats as raw (unprocessed); when not given, ore and concentrate are raw and refined output is not.' }),
  })
  .meta({ title: 'Raw-export restriction', description: 'Restrictions on exporting unprocessed ore, or an export levy until processing starts.' });

/** The processing section (principle 5). */
export const processing = z
  .strictObject({
    commitments: z.array(processingCommitment).prefault([]).meta({ description: 'Commitments to process commodities in the host country.' }),
    feasibilityStudy: z
      .strictObject({
        ...obligationFields,
        by: described(dateString(), 'Date by which the study is to be completed.'),
        trigger: z.string().min(1).optional().meta({
          description: 'The condition, in words, that triggers the study or the obligation to build, e.g. "copper price above 8000 USD/t for four quarters".',
        }),
      })
      .optional()
      .meta({ description: 'A study of processing in the host country, due by a date, for when processing is not yet viable.' }),
    rawExport: rawExport.optional(),
    domesticOfftake: z
      .strictObject({
        ...obligationFields,
        armsLength: z.boolean().meta({ description: 'Sales to domestic processors are at arm\'s-length (market) prices.' }),
      })
      .optional()
      .meta({ description: 'Supply of output to processors in the host country.' }),
    tradeLawReviewed: z.boolean().optional().meta({ description: 'Compatibility with trade law (e.g. WTO) has been reviewed.' }),
  })
  .meta({ description: 'In-country processing (principle 5).' });
