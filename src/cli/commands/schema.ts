import { actualsJsonSchema, contractJsonSchema, openingJsonSchema } from '../../contract/json-schema.js';
import { writeOutput } from '../output-file.js';
import type { Terminal } from '../terminal.js';

/** `fairlode schema`: the JSON Schema of contracts, actuals or opening-state files. */
export async function runSchema(options: { of: 'contract' | 'actuals' | 'opening'; output: string | undefined }, terminal: Terminal, cwd: string): Promise<number> {
  const schema = options.of === 'actuals' ? actualsJsonSchema() : options.of === 'opening' ? openingJsonSchema() : contractJsonSchema();
  await writeOutput(`${JSON.stringify(schema, null, 2)}\n`, options.output, terminal, cwd, []);
  return 0;
}
