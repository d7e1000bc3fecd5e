import { z } from 'zod';
import { actualsSchema } from './actuals-schema.js';
import { openingBalancesSchema } from './opening-balances-schema.js';
import { contractSchema } from './contract-schema.js';
import { termSource } from './term-source.js';

/** The `$id` of the contract JSON Schema shipped in the package as `schema/contract.schema.json`. */
export const CONTRACT_SCHEMA_ID = 'https://fairlode.dev/schema/contract.schema.json';

/** The `$id` of the opening-state JSON Schema shipped as `schema/opening.schema.json`. */
export const OPENING_SCHEMA_ID = 'https://fairlode.dev/schema/opening.schema.json';

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
  const schema = knownTermsJsonSchema();
  const source = z.toJSONSchema(termSource, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete source.$schema;
  return {
    ...(acceptUnknownForms(schema) as Record<string, unknown>),
    $id: CONTRACT_SCHEMA_ID,
    $defs: {
      Source: source,
      Unknown: {
        type: 'object',
        description: 'A term not known, in place of its value: { unknown: "not disclosed" }, optionally with its source. Rules that need it rate insufficient-data; engines that need it refuse to compute.',
        properties: { unknown: { type: 'string', minLength: 1, description: 'Why it is not known, e.g. "not disclosed", "redacted", "not found in the published summary".' }, source: { $ref: '#/$defs/Source' } },
        required: ['unknown'],
        additionalProperties: false,
      },
      Assumed: {
        type: 'object',
        description: 'A value used as an assumption, in place of the value: { assumed: "5%", basis: "statutory rate" }. Every output that depends on it says so.',
        properties: { assumed: { description: 'The value, written as the field expects it.' }, basis: { type: 'string', minLength: 1, description: 'Why it is assumed.' }, source: { $ref: '#/$defs/Source' } },
        required: ['assumed', 'basis'],
        additionalProperties: false,
      },
    },
  };
}

/**
 * The JSON Schema of the contract with known values only (as the typed schema describes them), from
 * which the format reference is written; {@link contractJsonSchema} adds the unknown and assumed forms.
 *
 * @example
 * ```ts
 * knownTermsJsonSchema().title; // 'fairlode contract'
 * ```
 */
export function knownTermsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(contractSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

const UNKNOWN_FORMS = [{ $ref: '#/$defs/Unknown' }, { $ref: '#/$defs/Assumed' }];

/**
 * The JSON Schema with every property value and list item also accepting `{ unknown: … }` and
 * `{ assumed: …, basis: … }`, as the loader does (the typed schema describes known values only).
 */
function acceptUnknownForms(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(acceptUnknownForms);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, orUnknown(acceptUnknownForms(schema))]));
    } else if ((key === 'items' || key === 'additionalProperties') && value !== null && typeof value === 'object') {
      out[key] = orUnknown(acceptUnknownForms(value));
    } else out[key] = acceptUnknownForms(value);
  }
  return out;
}

/** A schema that also accepts the unknown and assumed forms; its description stays on top for editors. */
function orUnknown(schema: unknown): unknown {
  const s = schema as Record<string, unknown>;
  if (s.const !== undefined && typeof s.description === 'string' && s.description.startsWith('The format version')) return s;
  return { ...(typeof s.description === 'string' ? { description: s.description } : {}), anyOf: [s, ...UNKNOWN_FORMS] };
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

/**
 * The JSON Schema (draft 2020-12) of the opening-state file (`--opening`): the balances a payout run
 * starts from.
 *
 * @example
 * ```ts
 * openingJsonSchema().title; // 'fairlode opening balances'
 * ```
 */
export function openingJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(openingBalancesSchema, { io: 'input', target: 'draft-2020-12' }), $id: OPENING_SCHEMA_ID };
}
