/**
 * fairlode/report: a contract's report as one self-contained HTML file with charts, for people
 * who will not read JSON. Kept apart from the core so that the core stays light.
 *
 * @packageDocumentation
 */
export { renderReport, renderReportData } from './render-report.js';
export type { ReportInput, ReportInstrument } from './report-input.js';
export {
  buildReportData,
  type FindingGroup,
  type ObligationsData,
  type ReportData,
  type ReportFinding,
  type ReportHolding,
  type ReportObligation,
  type ReportParty,
  type ReportPrincipleScore,
  type RevenueData,
  type RevenueSeries,
  type SensitivityData,
  type SensitivityPoint,
  type SourceLine,
} from './report-data.js';
