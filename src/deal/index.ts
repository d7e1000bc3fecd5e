export * from './deal.js';
export * from './provenance.js';
export * from './instrument-schema.js';
export * from './load-deal.js';
export * from './consolidate.js';
export { writeContractYaml, type CommentAt } from './contract-yaml.js';
export { parseChangePath } from './change-path.js';
