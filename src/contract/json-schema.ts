import { z } from 'zod';
import { actualsSchema } from './actuals-schema.js';
import { contractSchema } from './contract-schema.js';

/** The `$id` of the contract JSON Schema shipped in the package as `schema/contract.schema.json`. */
export const CONTRACT_SCHEMA_ID = 'https://fairlode.dev/schema/contract.schema.json';

/** The `$id` of the actuals JSON Schema shipped as `schema/actuals.schema.json`. */
export const ACTUALS_SCHEMA_ID = 'https://fairlode.dev/schema/actuals.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the contract file format, describing what people write
 * (strings for exact values), with titles and descriptions for editors.
 *
 * @example
 * ```ts
 * const schema = contractJsonSchema();
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function contractJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(contractSchema, { io: 'input', target: 'draft-2020-12' }), $id: CONTRACT_SCHEMA_ID };
}

/**
 * The JSON Schema (draft 2020-12) of the period-actuals file format.
 *
 * @example
 * ```ts
 * actualsJsonSchema().title; // 'fairlode period actuals'
 * ```
 */
export function actualsJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(actualsSchema, { io: 'input', target: 'draft-2020-12' }), $id: ACTUALS_SCHEMA_ID };
}
