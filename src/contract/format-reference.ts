import { z } from 'zod';
import { identifier } from './clause.js';
import { currencyCode, dateString, decimalString, exampleOf, moneyString, periodString, quantityString, rateString, unitPriceString } from './exact-values.js';
import { actualsJsonSchema, CONTRACT_SCHEMA_ID, knownTermsJsonSchema } from './json-schema.js';

// The reference is rendered from the exported JSON Schema, not from the zod objects, so that the
// page documents exactly what editors and other validators are given.

/** The parts of a JSON Schema (draft 2020-12, as zod emits it) the reference reads. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  title?: string;
  description?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  $id?: string;
}

/** How a kind of string value is named in the type column, alone and in a list. */
interface StringKind {
  readonly one: string;
  readonly many: string;
  /** The description the leaf schema carries itself; it repeats the type, so it is not shown. */
  readonly generic: string | undefined;
}

/** One line of a reference table. */
interface Row {
  readonly path: string;
  readonly type: string;
  readonly required: string;
  readonly defaultValue: string;
  readonly description: string;
}

interface Context {
  readonly root: JsonSchema;
  readonly kinds: ReadonlyMap<string, StringKind>;
  readonly generic: ReadonlySet<string>;
}

const code = (text: string): string => `\`${text}\``;

/**
 * The string kinds, keyed by the pattern their schema emits. The patterns are taken from the leaf
 * schemas themselves, so a change to a pattern cannot silently turn money into "text".
 */
function stringKinds(): Map<string, StringKind> {
  const kinds = new Map<string, StringKind>();
  const add = (schema: z.ZodType, one: string, many: string) => {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema;
    if (json.pattern !== undefined) kinds.set(json.pattern, { one, many, generic: json.description });
  };
  const eg = (kind: Parameters<typeof exampleOf>[0]) => `e.g. ${code(exampleOf(kind))}`;
  add(moneyString(), `money, ${eg('money')}`, `amounts of money, ${eg('money')}`);
  add(rateString(), `percentage, ${eg('rate')}`, `percentages, ${eg('rate')}`);
  add(quantityString(), `quantity, ${eg('quantity')}`, `quantities, ${eg('quantity')}`);
  add(unitPriceString(), `price per unit, ${eg('unit-price')}`, `prices per unit, ${eg('unit-price')}`);
  add(decimalString(), `decimal number as a string, ${eg('decimal')}`, `decimal numbers as strings, ${eg('decimal')}`);
  add(dateString(), 'date YYYY-MM-DD', 'dates YYYY-MM-DD');
  add(currencyCode(), `currency code (ISO 4217), ${eg('currency')}`, `currency codes (ISO 4217), ${eg('currency')}`);
  add(periodString(), 'period: month `2027-03`, quarter `2027-Q1`, half `2027-H2`, year `2027` or fiscal year `FY2027`', 'periods, e.g. `2027-Q1`');
  add(identifier(), 'kebab-case id', 'kebab-case ids');
  kinds.set('^[A-Z]{2}$', { one: `country code (ISO 3166-1 alpha-2), e.g. ${code('PK')}`, many: `country codes (ISO 3166-1 alpha-2), e.g. ${code('PK')}`, generic: undefined });
  return kinds;
}

/** Follows a local `$ref` (keeping the referring site's own title, description and default) and merges `allOf`. */
function resolve(schema: JsonSchema, ctx: Context): JsonSchema {
  let s = schema;
  for (let hops = 0; s.$ref !== undefined && hops < 32; hops++) {
    const { $ref, ...site } = s;
    const name = /^#\/\$defs\/(.+)$/.exec($ref)?.[1];
    const target = name === undefined ? undefined : ctx.root.$defs?.[decodeURIComponent(name.replace(/~1/g, '/').replace(/~0/g, '~'))];
    if (target === undefined) return site;
    s = { ...target, ...site };
  }
  if (s.allOf !== undefined) {
    const parts = s.allOf.map((p) => resolve(p, ctx));
    const { allOf: _allOf, ...rest } = s;
    const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}), rest.properties ?? {}) as Record<string, JsonSchema>;
    const required = [...new Set([...parts.flatMap((p) => p.required ?? []), ...(rest.required ?? [])])];
    s = { ...Object.assign({}, ...parts), ...rest, properties, required };
  }
  return s;
}

const variantsOf = (s: JsonSchema): JsonSchema[] | undefined => s.oneOf ?? s.anyOf;

const isRecord = (s: JsonSchema): s is JsonSchema & { additionalProperties: JsonSchema } =>
  s.properties === undefined && typeof s.additionalProperties === 'object';

const isObject = (s: JsonSchema): boolean => s.properties !== undefined || s.type === 'object';

/** A value with no fields, items or variants of its own. */
function isScalar(s: JsonSchema, ctx: Context): boolean {
  const r = resolve(s, ctx);
  const variants = variantsOf(r);
  if (variants) return variants.every((v) => isScalar(v, ctx));
  return r.properties === undefined && r.items === undefined && !isRecord(r) && r.type !== 'array' && r.type !== 'object';
}

/** The property all variants of a union of objects fix to a constant, if any. */
function discriminator(variants: readonly JsonSchema[], ctx: Context): string | undefined {
  const objects = variants.map((v) => resolve(v, ctx));
  if (objects.some((o) => o.properties === undefined)) return undefined;
  const first = objects[0]?.properties ?? {};
  return Object.keys(first).find((key) => objects.every((o) => o.properties?.[key] !== undefined && resolve(o.properties[key]!, ctx).const !== undefined));
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') {
    return /^[A-Za-z][A-Za-z0-9-]*$/.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v)}`).join(', ')} }`;
  }
  return String(value);
}

function numberRange(noun: string, s: JsonSchema): string {
  const min = s.minimum !== undefined && s.minimum > -Number.MAX_SAFE_INTEGER ? s.minimum : undefined;
  const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun}, ${min} or more`;
  if (max !== undefined) return `${noun}, at most ${max}`;
  return noun;
}

function oneOf(values: readonly unknown[]): string {
  return values.length === 1 ? code(formatValue(values[0])) : `one of: ${values.map((v) => code(formatValue(v))).join(' | ')}`;
}

/** How the type column names a value. */
function typeLabel(schema: JsonSchema, ctx: Context): string {
  const s = resolve(schema, ctx);
  const variants = variantsOf(s);
  if (variants) {
    const by = discriminator(variants, ctx);
    if (by !== undefined) return `object whose fields depend on ${code(by)}`;
    return variants.map((v) => typeLabel(v, ctx)).join(' or ');
  }
  if (s.enum !== undefined) return oneOf(s.enum);
  if (s.const !== undefined) return code(formatValue(s.const));
  if (s.type === 'array' || s.items !== undefined) {
    const items = s.items === undefined ? 'values' : pluralLabel(s.items, ctx);
    if (s.minItems !== undefined && s.minItems > 1) return `list of at least ${s.minItems} ${items}`;
    return `${s.minItems === 1 ? 'non-empty ' : ''}list of ${items}`;
  }
  if (isRecord(s)) return `map: ${keyLabel(s, ctx)} → ${typeLabel(s.additionalProperties, ctx)}`;
  if (isObject(s)) return s.title === undefined ? 'object' : `object (${s.title})`;
  switch (s.type) {
    case 'string': {
      if (s.pattern !== undefined) return ctx.kinds.get(s.pattern)?.one ?? `text matching ${code(s.pattern)}`;
      return s.format === undefined ? 'text' : `text (${s.format})`;
    }
    case 'integer':
      return numberRange('whole number', s);
    case 'number':
      return numberRange('number', s);
    case 'boolean':
      return '`true` or `false`';
    case 'null':
      return '`null`';
    default:
      return 'any value';
  }
}

/** How the type column names the items of a list. */
function pluralLabel(schema: JsonSchema, ctx: Context): string {
  const s = resolve(schema, ctx);
  if (variantsOf(s)) return `items, each ${typeLabel(s, ctx)}`;
  if (s.enum !== undefined) return `values, each ${oneOf(s.enum)}`;
  if (s.type === 'array' || s.items !== undefined) return 'lists';
  if (isRecord(s)) return `maps (${keyLabel(s, ctx)} → ${typeLabel(s.additionalProperties, ctx)})`;
  if (isObject(s)) return s.title === undefined ? 'objects' : `objects (${s.title})`;
  if (s.type === 'string' && s.pattern !== undefined) return ctx.kinds.get(s.pattern)?.many ?? `texts matching ${code(s.pattern)}`;
  if (s.type === 'string') return 'texts';
  if (s.type === 'integer') return numberRange('whole numbers', s);
  if (s.type === 'number') return numberRange('numbers', s);
  if (s.type === 'boolean') return '`true`/`false` values';
  return 'values';
}

function keyLabel(s: JsonSchema, ctx: Context): string {
  const keys = s.propertyNames === undefined ? undefined : resolve(s.propertyNames, ctx);
  if (keys?.enum !== undefined) return `key ${oneOf(keys.enum)}`;
  if (keys?.pattern !== undefined) return `key ${ctx.kinds.get(keys.pattern)?.one ?? `matching ${code(keys.pattern)}`}`;
  return 'any key';
}

/** The field's own description; one that merely restates the type is left out. */
function descriptionOf(schema: JsonSchema, ctx: Context): string {
  const s = resolve(schema, ctx);
  const inner = s.items ?? (isRecord(s) ? s.additionalProperties : undefined);
  const candidates = [s.description, inner === undefined ? undefined : resolve(inner, ctx).description];
  return candidates.find((d): d is string => d !== undefined && d.trim() !== '' && !ctx.generic.has(d)) ?? '';
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** The row of one field and the rows of everything inside it, in schema order. */
function fieldRows(path: string, schema: JsonSchema, required: string, ctx: Context, rows: Row[]): void {
  const s = resolve(schema, ctx);
  rows.push({
    path,
    type: typeLabel(s, ctx),
    required,
    defaultValue: s.default === undefined ? '' : code(formatValue(s.default)),
    description: descriptionOf(s, ctx),
  });
  innerRows(path, s, ctx, rows, '');
}

/** The rows of the fields inside a value: object fields, list items (`[]`), map values (`*`), union variants. */
function innerRows(path: string, schema: JsonSchema, ctx: Context, rows: Row[], condition: string): void {
  const s = resolve(schema, ctx);
  const variants = variantsOf(s);
  if (variants) {
    const by = discriminator(variants, ctx);
    if (by !== undefined) {
      const values = variants.map((v) => resolve(resolve(v, ctx).properties![by]!, ctx).const);
      rows.push({ path: join(path, by), type: oneOf(values), required: `required${condition}`, defaultValue: '', description: `Which form the ${code(path.split('.').at(-1) ?? path)} object takes.` });
      for (const variant of variants) {
        const v = resolve(variant, ctx);
        const when = `${condition} when ${code(`${by}: ${formatValue(resolve(v.properties![by]!, ctx).const)}`)}`;
        for (const [key, child] of Object.entries(v.properties ?? {})) {
          if (key === by) continue;
          fieldRowsWithCondition(join(path, key), child, v.required?.includes(key) ?? false, when, ctx, rows);
        }
      }
      return;
    }
    for (const variant of variants) innerRows(path, variant, ctx, rows, condition);
    return;
  }
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    fieldRowsWithCondition(join(path, key), child, s.required?.includes(key) ?? false, condition, ctx, rows);
  }
  if (s.items !== undefined) innerRows(`${path}[]`, s.items, ctx, rows, condition);
  if (isRecord(s)) innerRows(`${path}.*`, s.additionalProperties, ctx, rows, condition);
}

function fieldRowsWithCondition(path: string, schema: JsonSchema, required: boolean, condition: string, ctx: Context, rows: Row[]): void {
  if (rows.some((r) => r.path === path)) return; // the same field in two variants of a union
  const start = rows.length;
  fieldRows(path, schema, required ? 'required' : 'optional', ctx, rows);
  if (condition !== '') rows[start] = { ...rows[start]!, required: `${rows[start]!.required}${condition}` };
}

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function table(rows: readonly Row[]): string[] {
  if (rows.length === 0) return [];
  return [
    '| Field | Type | Required | Default | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${[code(r.path), r.type, r.required, r.defaultValue, r.description].map(cell).join(' | ')} |`),
    '',
  ];
}

/** The paragraph under a section heading: what the section is (its descriptions) and its shape. */
function intro(schema: JsonSchema, required: boolean, ctx: Context): string[] {
  const s = resolve(schema, ctx);
  const inner = s.items ?? (isRecord(s) ? s.additionalProperties : undefined);
  const descriptions = [s.description, inner === undefined ? undefined : resolve(inner, ctx).description].filter(
    (d, i, all): d is string => d !== undefined && d.trim() !== '' && !ctx.generic.has(d) && all.indexOf(d) === i,
  );
  const shape = `${required ? 'Required' : 'Optional'}: ${typeLabel(s, ctx)}${s.default === undefined ? '' : `; default ${code(formatValue(s.default))}`}.`;
  return [...(descriptions.length === 0 ? [] : [descriptions.join(' '), '']), shape, ''];
}

/** The rows below a field (not the field's own row). */
function rowsInside(path: string, schema: JsonSchema, ctx: Context): Row[] {
  const rows: Row[] = [];
  innerRows(path, schema, ctx, rows, '');
  return rows;
}

function renderContract(root: JsonSchema, ctx: Context): string[] {
  const out: string[] = ['## Reference: the contract file', ''];
  if (root.description !== undefined) out.push(root.description, '');
  if (root.$id !== undefined) out.push(`Editors and other validators can use the JSON Schema shipped in the package as ${code('schema/contract.schema.json')} (${code(`$id: ${root.$id}`)}).`, '');
  const properties = Object.entries(root.properties ?? {});
  const isSection = ([, s]: [string, JsonSchema]) => {
    const r = resolve(s, ctx);
    const children = r.items !== undefined ? [r.items] : Object.values(r.properties ?? {});
    return !isScalar(r, ctx) && children.some((c) => !isScalar(c, ctx));
  };
  const required = new Set(root.required ?? []);
  const header: Row[] = [];
  for (const [key, s] of properties.filter((p) => !isSection(p))) fieldRows(key, s, required.has(key) ? 'required' : 'optional', ctx, header);
  out.push('### Top of the file', '', 'The fields at the top level of the document, other than the sections below: format version, identity, dates, currency and conventions.', '', ...table(header));

  for (const [key, s] of properties.filter(isSection)) {
    out.push(`### ${code(key)}`, '', ...intro(s, required.has(key), ctx));
    const r = resolve(s, ctx);
    if (r.properties !== undefined && variantsOf(r) === undefined) {
      const inner = new Set(r.required ?? []);
      for (const [childKey, child] of Object.entries(r.properties)) {
        const path = join(key, childKey);
        out.push(`#### ${code(path)}`, '', ...intro(child, inner.has(childKey), ctx), ...table(rowsInside(path, child, ctx)));
      }
    } else {
      out.push(...table(rowsInside(key, s, ctx)));
    }
  }
  return out;
}

function renderActuals(root: JsonSchema, ctx: Context): string[] {
  const out: string[] = ['## Reference: the period-actuals file', ''];
  if (root.description !== undefined) out.push(root.description, '');
  if (root.$id !== undefined) out.push(`JSON Schema: ${code('schema/actuals.schema.json')} (${code(`$id: ${root.$id}`)}).`, '');
  const rows: Row[] = [];
  const required = new Set(root.required ?? []);
  for (const [key, s] of Object.entries(root.properties ?? {})) fieldRows(key, s, required.has(key) ? 'required' : 'optional', ctx, rows);
  out.push(...table(rows));
  return out;
}

function contextFor(root: JsonSchema, kinds: Map<string, StringKind>): Context {
  const generic = new Set([...kinds.values()].map((k) => k.generic).filter((d): d is string => d !== undefined));
  return { root, kinds, generic };
}

/**
 * Renders the Markdown reference of the contract file format and the period-actuals format from
 * their JSON Schemas ({@link contractJsonSchema}, {@link actualsJsonSchema}): every field with its
 * path (`[]` an item of a list, `*` any key of a map), its type in the words a contract author uses
 * (money, percentage, date, one of a list of values), whether it is required, its default and its
 * description. Sections follow the order of the file. Pure and deterministic: the same schema gives
 * the same text, so `docs/contract-format.md` can be checked against it in a test.
 *
 * @returns Markdown, starting with a level-2 heading and ending with a newline.
 *
 * @example
 * ```ts
 * const markdown = renderFormatReference();
 * markdown.includes('| `revenue.royalties[].sliding.bands[].upTo` |'); // true
 * ```
 */
export function renderFormatReference(): string {
  const kinds = stringKinds();
  const contract = { ...knownTermsJsonSchema(), $id: CONTRACT_SCHEMA_ID } as JsonSchema;
  const actuals = actualsJsonSchema() as JsonSchema;
  const lines = [
    '<!-- This section is generated from the schema in src/contract by `npm run docs:format`. Do not edit it by hand. -->',
    '',
    'Paths: `a.b` is field `b` inside `a`; `[]` is each item of a list; `*` is any key of a map. "Required" means required whenever the enclosing object is present. Exact values (money, percentages, quantities, prices) are strings, written as shown in the type column. Any value of a contract may instead be written `{ unknown: "<reason>" }` or `{ assumed: <value>, basis: "<why>" }` (see "Unknown, assumed and sourced terms").',
    '',
    ...renderContract(contract, contextFor(contract, kinds)),
    ...renderActuals(actuals, contextFor(actuals, kinds)),
  ];
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
