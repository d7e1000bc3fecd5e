// Builds a contract from a rule example: the example's top-level sections replace those of the
// minimal base contract (test/compliance/fixtures/base-contract.yaml). Used by the rule tests and
// by the documentation generator, so every example on a rule's page is a contract that loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fiscalOutcomes, loadContract, loadPlan, parseSource, type Diagnostic, type LoadedContract, type Rule, type RuleContext } from 'fairlode';

/** The base contract's path, relative to the repository root. */
export const BASE_CONTRACT = 'test/compliance/fixtures/base-contract.yaml';

const root = join(import.meta.dirname, '..', '..');

/** The base contract's text. */
export const baseContractText = readFileSync(join(root, BASE_CONTRACT), 'utf8');

function plain(text: string, file: string): Record<string, unknown> {
  const parsed = parseSource(text, { format: 'yaml', file });
  if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  return parsed.value.value as Record<string, unknown>;
}

/** The contract an example describes, as plain data: the base with the example's sections. */
export function exampleValue(example: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...plain(baseContractText, BASE_CONTRACT), ...plain(example, 'example.yaml'), ...overrides };
}

/** Loads plain contract data, failing loudly if it is not a valid contract. */
export function loadValue(value: Record<string, unknown>, filename = 'example.json'): LoadedContract {
  const loaded = loadContract(JSON.stringify(value, null, 2), { filename, format: 'json' });
  if (!loaded.ok) throw new Error(`the example does not load:\n${loaded.diagnostics.map((d: Diagnostic) => `  ${d.path.join('.')}: ${d.message}`).join('\n')}`);
  return loaded.value;
}

/** Loads the contract an example describes. */
export function exampleContract(example: string): LoadedContract {
  return loadValue(exampleValue(example));
}

/** The example plan the rules that read a plan's outcomes are rated against, relative to the root. */
export const BASE_PLAN = 'test/compliance/fixtures/base-plan.yaml';

/**
 * What a rule reads beside an example contract: for a rule that needs a plan (`needs: 'plan'`),
 * the outcomes of the example plan under that contract; nothing otherwise.
 */
export function exampleContext(rule: Rule, contract: LoadedContract): RuleContext {
  if (rule.needs !== 'plan') return {};
  const plan = loadPlan(readFileSync(join(root, BASE_PLAN), 'utf8'), { filename: BASE_PLAN });
  if (!plan.ok) throw new Error(`${BASE_PLAN} does not load: ${plan.diagnostics.map((d) => d.message).join('; ')}`);
  const outcomes = fiscalOutcomes(contract, plan.value);
  if (!outcomes.ok) throw new Error(`the example plan cannot be analysed: ${outcomes.diagnostics.map((d) => d.message).join('; ')}`);
  return { outcomes: outcomes.value };
}
