import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan, type LoadedActuals } from '../../src/index.js';
import { loadActualsFile, loadContractFile } from '../../src/node/index.js';
import type { ReportInput } from '../../src/report/index.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled examples: every contract in examples/contracts. */
export const EXAMPLES = readdirSync(join(ROOT, 'examples/contracts'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/** A bundled example's report input: the contract, its actuals folder and its plan, when they exist. */
export async function exampleInput(name: string): Promise<ReportInput> {
  const contract = await loadContractFile(join(ROOT, 'examples/contracts', `${name}.yaml`), { cwd: ROOT });
  if (!contract.ok) throw new Error(`${name}: ${contract.diagnostics.map((d) => d.message).join('; ')}`);
  const dir = join(ROOT, 'examples/actuals', name);
  const actuals: LoadedActuals[] = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      const a = await loadActualsFile(join(dir, f), { contract: contract.value.contract, cwd: ROOT });
      if (!a.ok) throw new Error(`${name}/${f}: ${a.diagnostics.map((d) => d.message).join('; ')}`);
      actuals.push(a.value);
    }
  }
  const planFile = join(ROOT, 'examples/plans', `${name}.yaml`);
  if (!existsSync(planFile)) return { contract: contract.value, actuals };
  const plan = loadPlan(readFileSync(planFile, 'utf8'), { filename: `examples/plans/${name}.yaml`, contract: contract.value.contract });
  if (!plan.ok) throw new Error(`${name} plan: ${plan.diagnostics.map((d) => d.message).join('; ')}`);
  return { contract: contract.value, actuals, plan: plan.value };
}
