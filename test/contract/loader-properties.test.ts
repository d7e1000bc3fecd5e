import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadContract, type Contract, type Diagnostic, type Result } from 'fairlode';

// Whatever text it is given, the loader answers: a contract, or diagnostics placed inside the text.
// It never throws. These properties feed it random text, random YAML-ish text built from the
// format's own pieces, and valid examples with one value swapped for something random.

// Runs are kept modest so the file takes a few seconds; FAIRLODE_PROPERTY_RUNS=20 runs 20 times as many.
const scale = Math.max(1, Number(process.env.FAIRLODE_PROPERTY_RUNS ?? 1) || 1);
const runs = (n: number): { numRuns: number } => ({ numRuns: n * scale });

const root = join(import.meta.dirname, '..', '..');
const exampleNames = readdirSync(join(root, 'examples', 'contracts')).filter((f) => f.endsWith('.yaml')).sort();
const examples = exampleNames.map((name) => ({ name, text: readFileSync(join(root, 'examples', 'contracts', name), 'utf8') }));
const chagaiContract = (() => {
  const r = loadContract(examples.find((e) => e.name === 'chagai-partnership.yaml')!.text);
  if (!r.ok) throw new Error('chagai-partnership.yaml must load');
  return r.value.contract;
})();

/** Lines of the text as an editor counts them, after the loader's normalisation (BOM, CRLF, CR). */
function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
}

/** The answer is a value, or at least one diagnostic; each is an error placed inside the text. */
function expectWellFormed(r: Result<unknown>, text: string, file: string): void {
  if (r.ok) {
    expect(r.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
    return;
  }
  expect(r.diagnostics.length).toBeGreaterThan(0);
  const lines = lineCount(text);
  const placed = (range: Diagnostic['range'], what: string) => {
    expect(range, what).toBeDefined();
    const { start, end } = range!;
    expect(start.line, what).toBeGreaterThanOrEqual(1);
    expect(start.column, what).toBeGreaterThanOrEqual(1);
    expect(end.line, what).toBeLessThanOrEqual(lines);
    expect(end.line > start.line || (end.line === start.line && end.column >= start.column), what).toBe(true);
  };
  for (const d of r.diagnostics) {
    const what = `${d.code} ${d.message}`;
    expect(d.file, what).toBe(file);
    expect(d.message.length, what).toBeGreaterThan(0);
    placed(d.range, what);
    for (const rel of d.related ?? []) if (rel.range) placed(rel.range, `${what} (related)`);
  }
}

function expectAnswers(text: string, contract?: Contract): void {
  for (const filename of ['random.yaml', 'random.json']) {
    let r: Result<unknown> | undefined;
    expect(() => {
      r = loadContract(text, { filename });
    }).not.toThrow();
    expectWellFormed(r!, text, filename);
    if (contract) {
      let a: Result<unknown> | undefined;
      expect(() => {
        a = loadActuals(text, { filename, contract });
      }).not.toThrow();
      expectWellFormed(a!, text, filename);
    }
  }
}

describe('loader properties: arbitrary text', () => {
  it('any string, ASCII or full Unicode (lone surrogates, NUL, control characters)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (text) => {
        expectAnswers(text, chagaiContract);
      }),
      runs(150),
    );
  });

  it('a valid example with random text inserted somewhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), fc.string({ unit: 'binary', maxLength: 12 }), ({ text }, at, inserted) => {
        const i = at % (text.length + 1);
        expectAnswers(text.slice(0, i) + inserted + text.slice(i));
      }),
      runs(30),
    );
  });
});

// Pieces of contract YAML: keys of the schema, the values people write (right and wrong), and the
// YAML features that trip parsers up (quotes, brackets, anchors, aliases, tags, block scalars).
const keys = [
  'fairlode:', 'id:', 'title:', 'signed:', 'effective:', 'term:', 'years:', 'currency:', 'fiscalYear:', 'startMonth:',
  'commodities:', 'parties:', 'role:', 'ownership:', 'party:', 'parties: [a, b]', 'share:', 'carried:', 'by:',
  'revenue:', 'royalties:', '- id:', '- id: copper-royalty', 'rate:', 'sliding:', 'bands:', 'upTo:', 'mode:',
  'payee:', 'commodity:', 'communityFunds:', 'minimumAnnual:', 'governmentShares:', 'of:', 'split:', 'targets:',
  'community:', 'employment:', '<<:', '? ', '- ', '-', 'contract:', 'period:', 'sales:', 'quantity:', 'price:',
];
const values = [
  '', '"5%"', '5', '0.05', '5%', '"0.05"', '"-1%"', '"150%"', '2027-02-30', '2027-13-01', '2027-06-30', '"2500000 USD"',
  '2500000', '"1e30 USD"', '"9200 USD/t"', '"120000 t"', '"4000 USD/bushel"', 'USD', 'XYZ', '1', '2', '1e30', '.inf',
  '.nan', '0x10', 'null', '~', 'true', 'yes', 'copper', 'gob', 'FY2027', '2027-Q1', '"', "'", '"unclosed', "'it''s'",
  '[', ']', '{', '}', '[]', '{}', '[a, b', '{ a: 1, a: 2 }', '{ upTo: "4000 USD/t", rate: "4%" }', '&a', '*a',
  '&a [1, 2]', '*b', '!include x.yaml', '!!str 5', '|', '>-', '# comment', ': :', '- x', '---', '...', '\t', '%YAML 1.2',
  '@', '`', '&a { <<: *a }',
];
const yamlLine = fc
  .tuple(fc.constantFrom(0, 0, 1, 2, 2, 3, 4, 6, 8), fc.constantFrom(...keys), fc.constantFrom(...values), fc.constantFrom('', '', ' # note'))
  .map(([indent, key, value, comment]) => `${' '.repeat(indent)}${key}${value === '' || key.endsWith(' ') ? '' : ' '}${value}${comment}`);
const yamlish = fc
  .tuple(fc.array(yamlLine, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean())
  .map(([lines, eol, bom, header]) => `${bom ? '\uFEFF' : ''}${header ? `fairlode: 1${eol}` : ''}${lines.join(eol)}${eol}`);

// Line soup above is mostly refused by the parser; nested documents below mostly parse, and so
// reach the schema and integrity checks with odd shapes: the schema's keys holding the wrong kinds
// of value at the wrong depths.
const fieldNames = [
  'fairlode', 'id', 'title', 'signed', 'effective', 'term', 'years', 'currency', 'jurisdiction', 'country', 'commodities',
  'parties', 'name', 'role', 'ownership', 'party', 'share', 'carried', 'by', 'revenue', 'royalties', 'rate', 'sliding',
  'bands', 'upTo', 'mode', 'payee', 'commodity', 'communityFunds', 'base', 'minimumAnnual', 'governmentShares', 'of',
  'split', 'community', 'employment', 'targets', 'processing', 'commitments', 'ref', 'gob', 'colour',
];
const plainValues = values.filter((v) => !/^["'[\]{}&*!|>#:@`%-]|^\.\.\.$|\t/.test(v) && v !== '');
type Tree = string | { map: [string, Tree][] } | { list: Tree[] };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...plainValues, '"5%"', '"2500000 USD"', '"9200 USD/t"', '[]', '{}', '[copper, gold]', '{ upTo: "4000 USD/t", rate: "4%" }'),
    fc.array(fc.tuple(fc.constantFrom(...fieldNames), tie('tree')), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((list) => ({ list })),
  ),
}));
function toYaml(t: Tree, indent: number): string {
  const pad = ' '.repeat(indent);
  if (typeof t === 'string') return `${pad}${t}\n`;
  if ('map' in t) return t.map.map(([k, v]) => (typeof v === 'string' ? `${pad}${k}: ${v}\n` : `${pad}${k}:\n${toYaml(v, indent + 2)}`)).join('');
  return t.list.map((v) => (typeof v === 'string' ? `${pad}- ${v}\n` : `${pad}-\n${toYaml(v, indent + 2)}`)).join('');
}
const nestedYaml = fc
  .array(fc.tuple(fc.constantFrom(...fieldNames), tree), { minLength: 1, maxLength: 8 })
  .map((entries) => `fairlode: 1\n${toYaml({ map: entries }, 0)}`);

describe('loader properties: YAML-like text from the format\'s own pieces', () => {
  it('line soup: never throws; answers with a value or located diagnostics', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        expectAnswers(text, chagaiContract);
      }),
      runs(100),
    );
  });

  it('nested documents: never throws; answers with a value or located diagnostics', () => {
    fc.assert(
      fc.property(nestedYaml, (text) => {
        expectAnswers(text, chagaiContract);
      }),
      runs(80),
    );
  });

  it('answers the same way twice (deterministic)', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        expect(loadContract(text, { filename: 'a.yaml' }).diagnostics).toEqual(loadContract(text, { filename: 'a.yaml' }).diagnostics);
      }),
      runs(50),
    );
  });
});

// --- One value of a valid example replaced by a random scalar ---------------------------------

type Path = (string | number)[];

/** Every path in a plain value: to scalars, and to collections too. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function replacedAt(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

/** Offset of a 1-based line and column in LF text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

const parsedExamples = examples.map(({ name, text }) => {
  const value = load(text, { schema: CORE_SCHEMA });
  const r = loadContract(text, { filename: name });
  if (!r.ok) throw new Error(`${name} must load`);
  return { name, text, value, source: r.value.source, paths: pathsOf(value) };
});

/** A random scalar: the plain JS kinds, and strings that look like the format's values. */
const anyScalar = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 5, 0.05, 1e30, Number.MAX_SAFE_INTEGER + 2, -0, 2027),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('5%', '0.05', '2027-02-30', '2027-02-29', '2500000 USD', '1e30 USD', '9200 USD/t', '120000 t', 'USD', 'gob', 'copper', 'copper-royalty', 'FY2027', '', ' ', '-1%', '100%', '150%'),
);
/** A random piece of YAML text to put where a scalar was written. */
const anyYamlScalarText = fc.oneof(
  anyScalar.map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom(...values.filter((v) => v !== '')),
);

describe('loader properties: a valid example with one value replaced', () => {
  it('as data (re-serialised to JSON): never throws, answers with a value or located diagnostics', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parsedExamples), fc.nat(), anyScalar, (example, pick, scalar) => {
        const path = example.paths[pick % example.paths.length]!;
        const text = JSON.stringify(replacedAt(example.value, path, scalar), null, 2);
        let r: Result<unknown> | undefined;
        expect(() => {
          r = loadContract(text, { filename: 'mutated.json' });
        }).not.toThrow();
        expectWellFormed(r!, text, 'mutated.json');
      }),
      runs(40),
    );
  });

  it('in the YAML text (the scalar\'s source replaced): never throws, answers with a value or located diagnostics', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parsedExamples), fc.nat(), anyYamlScalarText, (example, pick, replacement) => {
        const scalars = example.paths.filter((p) => example.source.sourceOf(p) !== undefined);
        const path = scalars[pick % scalars.length]!;
        const range = example.source.rangeOf(path)!;
        const start = offsetOf(example.text, range.start.line, range.start.column);
        const end = offsetOf(example.text, range.end.line, range.end.column);
        expect(example.text.slice(start, end)).toBe(example.source.sourceOf(path));
        const text = example.text.slice(0, start) + replacement + example.text.slice(end);
        let r: Result<unknown> | undefined;
        expect(() => {
          r = loadContract(text, { filename: example.name });
        }).not.toThrow();
        expectWellFormed(r!, text, example.name);
      }),
      runs(40),
    );
  });
});
