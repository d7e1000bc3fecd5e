export * from './deal.js';
export * from './provenance.js';
export * from './instrument-schema.js';
export * from './load-deal.js';
export { consolidateDeal, type ClauseProvenance, type Consolidation, type FieldProvenance } from './consolidate.js';
export { writeContractYaml, type CommentAt } from './contract-yaml.js';
export { parseChangePath } from './change-path.js';
export { loadDealActuals } from './deal-actuals.js';
export { loadProjectDeal, loadProjectActuals, type Project, type ProjectDeal } from './project-deal.js';
