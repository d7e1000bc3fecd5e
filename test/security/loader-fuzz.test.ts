import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadContract, type Contract, type Diagnostic, type Result } from 'fairlode';

// Hostile documents through the loaders (issue 13): random YAML and JSON structures whose keys and
// strings are chosen to hurt (__proto__, constructor, bidi overrides, control characters, very long
// names, huge and odd numbers), nested deep but within the limits, and a real contract with a hostile
// part grafted in. Whatever the document: no throw, and every diagnostic sits inside the text, with a
// 1-based line and column. The work is bounded by the generators' sizes and modest numbers of runs;
// FAIRLODE_PROPERTY_RUNS=20 runs 20 times as many.

const scale = Math.max(1, Number(process.env.FAIRLODE_PROPERTY_RUNS ?? 1) || 1);
const runs = (n: number): { numRuns: number } => ({ numRuns: n * scale });

const root = join(import.meta.dirname, '..', '..');
const chagaiText = readFileSync(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), 'utf8');
const q1Text = readFileSync(join(root, 'examples', 'actuals', 'chagai-partnership', '2027-Q1.yaml'), 'utf8');
const chagai: Contract = (() => {
  const r = loadContract(chagaiText);
  if (!r.ok) throw new Error('chagai-partnership.yaml must load');
  return r.value.contract;
})();

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const CONTROLS = ['\u0000', '\u0007', '\u001B[31m', '\r', '\n', '\t', '\u0085', '\u2028', '\uFEFF', '\uFFFD', '\uD800'];

/** Keys an attacker would try, and the contract's own field names (so the schema goes deeper). */
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', '-', '<<', '&a', '*a', '!!str', '? x', 'split', 'fx', 'revenue', 'royalties', 'events', 'workforce', 'id', 'currency'),
  fc.constantFrom(...BIDI).map((b) => `gob${b}x`),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 1, max: 5000 }).map((n) => 'k'.repeat(n)),
);

/** Strings with bidi and control characters, long runs, and the format's own values gone wrong. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...BIDI, ...CONTROLS),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...BIDI, ...CONTROLS), fc.string({ maxLength: 8 })).map(([a, b, c]) => a + b + c),
  fc.constantFrom('-1 USD', '0.001 USD', '1e400 USD', '-0 t', '5 oz', '9999-12-31', '10000-01-01', '0000-00-00', '150%', '-5%', 'NaN%', '1e-400%', '=cmd|calc', '${x}', '{{x}}'),
  fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

/** Numbers at the edges: huge, tiny, negative zero, beyond the safe integers. */
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, -(2 ** 63), 9999, 10000),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** A hostile JSON-like value, nesting at most `depth` levels (well within the default 64). */
const hostileValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.constantFrom(null, true, false),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 5 }).map(entries),
  ),
})).value;

/** An object from entries, keeping `__proto__` as an own key (as a parsed document would). */
function entries(pairs: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** A chain of `depth` nested single-key mappings around a value. */
const deep = fc.tuple(fc.integer({ min: 1, max: 60 }), hostileKey, hostileValue).map(([depth, key, value]) => {
  let v: unknown = value;
  for (let i = 0; i < depth; i++) v = entries([[key, v]]);
  return v;
});

/** A document as text: JSON, or YAML written by js-yaml (block or flow), or raw hostile text. */
const asText = (value: unknown) =>
  fc.constantFrom<'json' | 'yaml' | 'flow'>('json', 'yaml', 'flow').map((form) => {
    if (form === 'json') return { text: JSON.stringify(value) ?? 'null', filename: 'fuzz.json' };
    let text: string;
    try {
      text = dump(value, { flowLevel: form === 'flow' ? 0 : -1, lineWidth: -1, noRefs: true });
    } catch {
      text = JSON.stringify(value) ?? 'null';
    }
    return { text, filename: 'fuzz.yaml' };
  });

const hostileDocument = fc.oneof(
  fc.oneof(hostileValue, deep).chain(asText),
  // The real contract with a hostile top-level entry added, or one line replaced by hostile text.
  fc.tuple(hostileKey, hostileValue).chain(([key, value]) => asText(entries([[key, value]]))).map(({ text, filename }) => ({
    text: filename.endsWith('.json') ? chagaiText : `${chagaiText}\n${text}`,
    filename: 'graft.yaml',
  })),
  fc.tuple(fc.nat({ max: 400 }), hostileString).map(([line, s]) => {
    const lines = chagaiText.split('\n');
    lines[line % lines.length] = s;
    return { text: lines.join('\n'), filename: 'edited.yaml' };
  }),
  fc.tuple(fc.nat({ max: 40 }), hostileString).map(([line, s]) => {
    const lines = q1Text.split('\n');
    lines[line % lines.length] = s;
    return { text: lines.join('\n'), filename: 'actuals.yaml' };
  }),
);

/** The text as the loader counts lines and columns: BOM stripped, CRLF and CR as LF. */
function normalisedLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
}

/** Every diagnostic (and related place) has a file and a 1-based range inside the text. */
function expectPlaced(r: Result<unknown>, text: string, filename: string): void {
  const lines = normalisedLines(text);
  const inside = (range: Diagnostic['range'], what: string): void => {
    expect(range, what).toBeDefined();
    for (const p of [range!.start, range!.end]) {
      expect(Number.isInteger(p.line) && Number.isInteger(p.column), what).toBe(true);
      expect(p.line, what).toBeGreaterThanOrEqual(1);
      expect(p.line, what).toBeLessThanOrEqual(lines.length);
      expect(p.column, what).toBeGreaterThanOrEqual(1);
      // The end column is exclusive: at most one past the line's last character.
      expect(p.column, what).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
    }
  };
  if (!r.ok) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of r.diagnostics) {
    const what = `${d.code}: ${d.message.slice(0, 200)}`;
    expect(d.file, what).toBe(filename);
    inside(d.range, what);
    for (const rel of d.related ?? []) inside(rel.range, `${what} (related)`);
  }
}

function load(kind: 'contract' | 'actuals', text: string, filename: string): Result<unknown> {
  return kind === 'contract' ? loadContract(text, { filename }) : loadActuals(text, { filename, contract: chagai });
}

describe('loader fuzz: hostile documents', () => {
  it('loadContract and loadActuals never throw, and place every diagnostic inside the text', () => {
    fc.assert(
      fc.property(hostileDocument, ({ text, filename }) => {
        for (const kind of ['contract', 'actuals'] as const) {
          let r: Result<unknown> | undefined;
          expect(() => {
            r = load(kind, text, filename);
          }).not.toThrow();
          expectPlaced(r!, text, filename);
        }
      }),
      runs(100),
    );
  });

  it('a bidi control anywhere in a valid contract\'s title is one located warning, and the contract still loads', () => {
    const lines = chagaiText.split('\n');
    const titleLine = lines.findIndex((l) => l.startsWith('title: '));
    const title = lines[titleLine]!.slice('title: '.length);
    fc.assert(
      fc.property(fc.nat({ max: title.length }), fc.constantFrom(...BIDI), (at, control) => {
        const edited = [...lines];
        edited[titleLine] = `title: ${title.slice(0, at)}${control}${title.slice(at)}`;
        const r = loadContract(edited.join('\n'), { filename: 'bidi.yaml' });
        expect(r.ok).toBe(true);
        // "title: " is 7 characters: the control sits at column 8 + at.
        expect(r.diagnostics.map((d) => [d.code, d.severity, d.range?.start])).toEqual([['contract/bidi-control', 'warning', { line: titleLine + 1, column: 8 + at }]]);
      }),
      runs(20),
    );
  });

  it('dates at the end of the calendar never make the loader throw (a term ending after 9999-12-31 once did)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 9900, max: 9999 }), fc.integer({ min: 1, max: 99 }), (year, years) => {
        const text = chagaiText
          .replace(/^signed: .*$/m, `signed: ${year}-01-01`)
          .replace(/^effective: .*$/m, `effective: ${year}-01-01`)
          .replace(/^term: .*$/m, `term: { years: ${years} }`);
        let r: Result<unknown> | undefined;
        expect(() => {
          r = loadContract(text, { filename: 'late.yaml' });
        }).not.toThrow();
        expectPlaced(r!, text, 'late.yaml');
        // The last day of the term is year + years - 1, 12-31: past 9999 it is the term's error.
        if (year + years - 1 > 9999) expect(r!.diagnostics.map((d) => d.code)).toContain('contract/term-beyond-calendar');
      }),
      runs(30),
    );
  });
});
