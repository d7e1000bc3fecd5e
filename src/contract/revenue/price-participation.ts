import { z } from 'zod';
import { clauseFields, identifier, partyRef } from '../clause.js';
import { rateString, unitPriceString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/**
 * Price participation (a windfall share): `rate` of the revenue earned above `thresholdPrice`,
 * i.e. rate × (price − threshold) × quantity when the price exceeds the threshold.
 */
export const priceParticipation = z
  .strictObject({
    ...clauseFields,
    commodity: identifier(),
    thresholdPrice: unitPriceString().meta({ description: 'The price above which the state participates.' }),
    rate: rateString().meta({ description: 'The state\'s share of revenue above the threshold.' }),
    payee: partyRef(),
    eiti: eitiClassification.optional(),
  })
  .meta({ title: 'Price participation', description: 'A share of revenue above a threshold price (windfall).' });
