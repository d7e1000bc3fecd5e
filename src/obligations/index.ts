export * from './obligation.js';
export { trackObligations, type TrackOptions } from './track-obligations.js';
export { measureText } from './tracking-context.js';
export { trackDealObligations, type DealObligationReport, type DueDateTerms } from './deal-obligations.js';
