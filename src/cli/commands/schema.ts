import { actualsJsonSchema, contractJsonSchema } from '../../contract/json-schema.js';
import { writeOutput } from '../output-file.js';
import type { Terminal } from '../terminal.js';

/** `fairlode schema`: the JSON Schema of contracts or actuals. */
export async function runSchema(options: { of: 'contract' | 'actuals'; output: string | undefined }, terminal: Terminal, cwd: string): Promise<number> {
  const schema = options.of === 'actuals' ? actualsJsonSchema() : contractJsonSchema();
  await writeOutput(`${JSON.stringify(schema, null, 2)}\n`, options.output, terminal, cwd, []);
  return 0;
}
