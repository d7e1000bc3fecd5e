export { formatPayoutText, type PayoutTextOptions } from './payout-text.js';
export { formatPayoutMarkdown } from './payout-markdown.js';
export { formatPayoutCsv } from './payout-csv.js';
export { formatPayoutJson, payoutJsonValue, type PayoutJson, type PayoutJsonOptions, type PayoutLineJson, type PayoutStatementJson } from './payout-json.js';
export * from './fiscal-formats.js';
