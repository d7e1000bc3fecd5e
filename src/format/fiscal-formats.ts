export { formatFiscalText } from './fiscal-text.js';
export { formatFiscalMarkdown } from './fiscal-markdown.js';
export { formatFiscalCsv } from './fiscal-csv.js';
export { fiscalJsonValue, formatFiscalJson, type FiscalJson, type FiscalRatioJson, type RateJson, type SeriesJson } from './fiscal-json.js';
