export { readCashFlows, readDiscountRate, signChanges, type CashFlows } from './cash-flow.js';
export { npv, presentValue, type FirstFlowAt, type NpvOptions } from './npv.js';
export { RATE_DECIMAL_PLACES, RATE_TOLERANCE, solveRate, type NoRateReason, type RateEquation, type RateSolution } from './root-finding.js';
export { irr, irrEquation, solveIrr, type IrrOptions } from './irr.js';
export { mirr, type MirrResult, type NoMirrReason } from './mirr.js';
export { DAYS_PER_YEAR, datedPresentValue, readDatedFlows, xnpv, type DatedCashFlow, type DatedFlows } from './xnpv.js';
export { xirr, xirrEquation, type XirrOptions } from './xirr.js';
export { paybackPeriod, type PaybackOptions, type PaybackResult } from './payback.js';
