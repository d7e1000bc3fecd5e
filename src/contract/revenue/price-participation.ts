import { z } from 'zod';
import { clauseFields, described, identifier, partyRef } from '../clause.js';
import { rateString, unitPriceString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/**
 * Price participation (a windfall share): `rate` of the revenue earned above `thresholdPrice`,
 * i.e. rate × (price − threshold) × quantity when the price exceeds the threshold.
 */
export const priceParticipation = z
  .strictObject({
    ...clauseFields,
    commodity: identifier().meta({ description: 'The commodity whose price is compared with the threshold (an id under `commodities`).' }),
    thresholdPrice: described(unitPriceString(), 'The price above which the state participates.'),
    rate: described(rateString(), 'The state\'s share of revenue above the threshold.'),
    payee: partyRef().meta({ description: 'The party the windfall share is paid to.' }),
    eiti: eitiClassification.optional(),
  })
  .meta({ title: 'Price participation', description: 'One windfall share: rate × (price − threshold price) × quantity sold, whenever the price is above the threshold.' });
