export { formatPriceRiskText } from './price-risk-text.js';
export { formatPriceRiskMarkdown } from './price-risk-markdown.js';
export { formatPriceRiskCsv } from './price-risk-csv.js';
export { formatPriceRiskJson, priceRiskJsonValue, type DistributionJson, type PriceBandJson, type PriceRiskJson } from './price-risk-json.js';
