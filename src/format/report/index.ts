export { summarizeReport, jsonPath, type CheckReport, type CheckSummary, type FileReport, type FileStatus, type ReportExemption, type ReportFinding, type ReportPrincipleScore, type ReportScorecard } from './check-report.js';
export { findingFingerprints } from './fingerprint.js';
export { formatCheckStylish, type CheckStylishOptions } from './stylish.js';
export { formatCheckJson, checkReportJsonValue, type CheckJson, type CheckFileJson, type CheckFindingJson, type CheckExemptionJson, type CheckScorecardJson } from './json.js';
export { formatCheckSarif, SARIF_MAX_RESULTS, DEFAULT_DOCS_BASE_URL, type CheckSarifOptions, type SarifRuleDescriptor } from './sarif.js';
export { formatCheckJunit } from './junit.js';
export { formatCheckGithub, escapeWorkflowData, escapeWorkflowProperty } from './github.js';
export { formatCheckMarkdown } from './markdown.js';
export { checkContractText, isUnusable, type CheckTextOptions, type ContractCheck, type PlannedCheck } from './check-text.js';
