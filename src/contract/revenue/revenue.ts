import { z } from 'zod';
import { dilution } from '../dilution.js';
import { rateString } from '../exact-values.js';
import { benefitSharing } from './benefit-sharing.js';
import { bonus } from './bonus.js';
import { communityFund } from './community-fund.js';
import { governmentShare } from './government-share.js';
import { incomeTax } from './income-tax.js';
import { minimumPayment } from './minimum-payment.js';
import { netSmelterReturn } from './net-smelter-return.js';
import { periodicFee } from './periodic-fee.js';
import { priceParticipation } from './price-participation.js';
import { royalty } from './royalty.js';
import { withholdingTaxes } from './withholding-tax.js';

/** The steps of the payout waterfall, in the order the engine applies them by default. */
export const waterfallStep = z.enum(['royalties', 'community-funds', 'price-participation', 'income-tax', 'distributions']);

/** The default order of the waterfall when a contract does not state one. */
export const DEFAULT_WATERFALL = ['royalties', 'community-funds', 'price-participation', 'income-tax', 'distributions'] as const;

/** The revenue section: every payment the project makes and how each is computed and split. */
export const revenue = z
  .strictObject({
    royalties: z.array(royalty).prefault([]).meta({ description: 'Royalties on production.' }),
    netSmelterReturn: netSmelterReturn.optional(),
    priceParticipation: z.array(priceParticipation).prefault([]).meta({ description: 'Windfall shares: the state\'s share of revenue earned above a threshold price.' }),
    communityFunds: z.array(communityFund).prefault([]).meta({ description: 'Contributions to community development funds.' }),
    governmentShares: z.array(governmentShare).prefault([]).meta({ description: 'How government receipts are split between levels of government.' }),
    incomeTax: incomeTax.optional(),
    bonuses: z.array(bonus).prefault([]).meta({ description: 'Signature, production and discovery bonuses, and settlements.' }),
    fees: z.array(periodicFee).prefault([]).meta({ description: 'Fixed or indexed periodic payments: licence fees, surface rents, administrative fees, fixed community sums.' }),
    withholdingTaxes,
    benefitSharing: z.array(benefitSharing).prefault([]).meta({ description: 'Aggregate benefit targets: a promised share of each fiscal year\'s economic benefits for the state, closed by a yearly true-up.' }),
    minimumPayments: z.array(minimumPayment).prefault([]).meta({ description: 'Minimum annual government payments: a basket of taxes and royalties the state receives at least each fiscal year, closed by a yearly top-up.' }),
    distributions: z
      .strictObject({
        ref: z.string().optional().meta({ description: 'The clause number in the legal text, e.g. "§12".' }),
        retain: rateString().prefault('0%').meta({ description: 'Share of distributable cash the company retains.' }),
        dilution: dilution.optional(),
      })
      .optional()
      .meta({ description: 'Distribution of cash to the equity holders, pro rata to their equity, after the other payments in the waterfall; cash calls for a shortfall, and the dilution of a holder that does not pay its call.' }),
    waterfall: z.array(waterfallStep).optional().meta({ description: 'The order in which payments are computed; defaults to royalties, community funds, price participation, income tax, distributions.' }),
  })
  .meta({ description: 'Royalties, funds, taxes and distributions.' });
