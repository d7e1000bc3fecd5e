import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { actualsJsonSchema, contractJsonSchema, openingJsonSchema } from '../../src/contract/json-schema.js';
import { root, SCHEMA_FILES, schemaFileText } from '../tools/write-format-docs.js';

// The shipped JSON Schema is checked with an independent validator (ajv, draft 2020-12), so that
// editors and other tools that only see the JSON Schema accept what fairlode accepts.

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** YAML read as plain data with the YAML 1.2 core schema (dates stay strings), as the loader reads it. */
const readYaml = (path: string): unknown => load(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });

// `strict: true` makes ajv refuse unknown keywords and formats, so the schema stays standard.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateContract = ajv.compile(contractJsonSchema());
const validateActuals = ajv.compile(actualsJsonSchema());

const errorsOf = (validate: typeof validateContract) => ajv.errorsText(validate.errors, { separator: '\n' });

const examples = join(root, 'examples');
const contractFiles = readdirSync(join(examples, 'contracts')).filter((f) => /\.ya?ml$/.test(f)).sort();
// The example actuals and the scenario quarters, as paths under examples/.
const actualsFiles = ['actuals', 'scenarios']
  .flatMap((d) => readdirSync(join(examples, d), { recursive: true, encoding: 'utf8' }).map((f) => `${d}/${f}`))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => f.split('\\').join('/'))
  .sort();

describe('shipped JSON Schema files', () => {
  for (const [path, schema] of Object.entries(SCHEMA_FILES)) {
    it(`${path} is the schema the code produces`, () => {
      const committed = readFileSync(join(root, path), 'utf8');
      expect(committed, `${path} is out of date with src/contract: run \`npm run docs:format\` and commit the result.`).toBe(schemaFileText(schema()));
    });
  }
});

describe('the JSON Schema is draft 2020-12 and self-describing', () => {
  for (const [name, schema] of [['contract', contractJsonSchema()], ['actuals', actualsJsonSchema()]] as const) {
    it(`${name}: declares draft 2020-12, an $id, a title and a description`, () => {
      expect(schema.$schema).toBe(DRAFT_2020_12);
      expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
    });
  }

  it('titles the kinds of clause and describes the sections', () => {
    const text = JSON.stringify(contractJsonSchema());
    for (const title of ['Party', 'Holding', 'Royalty', 'Community fund', 'Income tax', 'Infrastructure item', 'Processing commitment']) {
      expect(text).toContain(`"title":"${title}"`);
    }
    const properties = contractJsonSchema().properties as Record<string, { description?: string }>;
    for (const section of ['parties', 'ownership', 'revenue', 'exploration', 'environment', 'infrastructure', 'community', 'processing', 'governance']) {
      expect(properties[section]?.description, section).toBeTruthy();
    }
  });
});

describe('every example validates against the JSON Schema (ajv)', () => {
  it('there are examples', () => {
    expect(contractFiles.length).toBeGreaterThan(0);
    expect(actualsFiles.length).toBeGreaterThan(0);
  });
  for (const file of contractFiles) {
    it(`examples/contracts/${file}`, () => {
      expect(validateContract(readYaml(join(examples, 'contracts', file))), errorsOf(validateContract)).toBe(true);
    });
  }
  for (const file of actualsFiles) {
    it(`examples/${file}`, () => {
      expect(validateActuals(readYaml(join(examples, file))), errorsOf(validateActuals)).toBe(true);
    });
  }
});

// A small valid contract; each invalid document below changes one thing in a fresh copy of it.
const minimalContract = () => ({
  fairlode: 1,
  id: 'copper-jv',
  title: 'Copper joint venture',
  jurisdiction: { country: 'PK' },
  signed: '2026-01-01',
  effective: '2026-01-01',
  term: { years: 20 },
  currency: 'USD',
  commodities: [{ id: 'copper', unit: 't' }],
  parties: [
    { id: 'investor', name: 'Example Metals Inc.', role: 'investor' },
    { id: 'gob', name: 'Government of Balochistan', role: 'subnational-government' },
  ],
  ownership: [
    { party: 'investor', share: '75%' },
    { party: 'gob', share: '25%' },
  ],
  revenue: {
    royalties: [{ id: 'copper-royalty', commodity: 'copper', payee: 'gob', rate: '5%' }],
  },
});

type Doc = ReturnType<typeof minimalContract>;

const invalidContracts: [name: string, change: (c: Doc) => unknown, keyword: string][] = [
  ['an unknown key (a misspelt field)', (c) => ({ ...c, titel: c.title }), 'additionalProperties'],
  ['an unknown key inside a clause', (c) => ({ ...c, revenue: { royalties: [{ ...c.revenue.royalties[0]!, payees: 'gob' }] } }), 'additionalProperties'],
  ['a bare number where a rate is expected', (c) => ({ ...c, revenue: { royalties: [{ ...c.revenue.royalties[0]!, rate: 5 }] } }), 'type'],
  ['a rate without its % sign', (c) => ({ ...c, ownership: [{ party: 'investor', share: '0.75' }, c.ownership[1]] }), 'pattern'],
  ['a wrong enum value', (c) => ({ ...c, parties: [{ ...c.parties[0]!, role: 'investr' }, c.parties[1]] }), 'enum'],
  ['a missing required field', (c) => { const { currency: _currency, ...rest } = c; return rest; }, 'required'],
  ['a field of the wrong type', (c) => ({ ...c, term: { years: '20' } }), 'type'],
  ['money without a currency', (c) => ({ ...c, revenue: { royalties: [{ ...c.revenue.royalties[0]!, minimumPerPeriod: '1000000' }] } }), 'pattern'],
  ['another format version', (c) => ({ ...c, fairlode: 2 }), 'const'],
];

describe('the JSON Schema rejects invalid contracts (ajv)', () => {
  it('accepts the valid base document', () => {
    expect(validateContract(minimalContract()), errorsOf(validateContract)).toBe(true);
  });
  for (const [name, change, keyword] of invalidContracts) {
    it(`rejects ${name}`, () => {
      expect(validateContract(change(minimalContract()))).toBe(false);
      expect(validateContract.errors?.map((e) => e.keyword)).toContain(keyword);
    });
  }
});

const minimalActuals = () => ({
  contract: 'copper-jv',
  period: '2027-Q1',
  sales: [{ commodity: 'copper', quantity: '11800 t', price: '8700 USD/t' }],
});

type ActualsDoc = ReturnType<typeof minimalActuals>;

const invalidActuals: [name: string, change: (a: ActualsDoc) => unknown, keyword: string][] = [
  ['an unknown key', (a) => ({ ...a, sale: a.sales }), 'additionalProperties'],
  ['a bare number where a price is expected', (a) => ({ ...a, sales: [{ ...a.sales[0]!, price: 8700 }] }), 'type'],
  ['a period that is not a period', (a) => ({ ...a, period: '2027-Q5' }), 'pattern'],
  ['a missing required field', (a) => { const { period: _period, ...rest } = a; return rest; }, 'required'],
  ['an unknown deduction', (a) => ({ ...a, sales: [{ ...a.sales[0]!, deductions: { smelting: '10 USD' } }] }), 'enum'],
  ['a headcount of the wrong type', (a) => ({ ...a, workforce: { total: '2100' } }), 'type'],
];

describe('the JSON Schema rejects invalid actuals (ajv)', () => {
  it('accepts the valid base document', () => {
    expect(validateActuals(minimalActuals()), errorsOf(validateActuals)).toBe(true);
  });
  for (const [name, change, keyword] of invalidActuals) {
    it(`rejects ${name}`, () => {
      expect(validateActuals(change(minimalActuals()))).toBe(false);
      expect(validateActuals.errors?.map((e) => e.keyword)).toContain(keyword);
    });
  }
});

describe('the opening-state JSON Schema (ajv)', () => {
  it('accepts the example opening balances and refuses a misspelt key', () => {
    const validate = ajv.compile(openingJsonSchema());
    expect(validate(readYaml(join(examples, 'opening', 'chagai-partnership-2027-Q2.yaml'))), errorsOf(validate)).toBe(true);
    expect(validate(readYaml(join(root, 'test', 'fixtures', 'opening', 'misspelt-key.yaml')))).toBe(false);
  });
});
