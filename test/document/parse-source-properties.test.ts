// Properties of parseSource over generated input: it never throws, whatever the text; diagnostics
// always sit inside the text; a value written out as YAML or JSON comes back equal, with a range
// for every path that is exactly where the value was written.
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { PathSegment, SourceRange } from '../../src/diagnostics/diagnostic.js';
import { LineIndex, parseSource, SOURCE_CODES, type SourceDocument } from '../../src/document/index.js';

/** Pieces YAML is made of, including the ones that break it: keys, colons, dashes, quotes, brackets, anchors, aliases, tags, indentation. */
const YAML_FRAGMENTS = [
  'key', 'rate', 'a', 'b', '0.10', '5', '2027-06-30', 'true', '~', 'null', '"5%"', "'x'", '§9',
  ': ', ':', '- ', '-', '? ', ',', ', ', '[', ']', '{', '}', '"', "'", '\\', '#', ' # note',
  '&a ', '&b ', '*a', '*b', '!!str ', '!include ', '<<: ', '|', '>-', '|2',
  '\n', '\n', '\n', '  ', '  ', '    ', '\t', '\r\n', '\r', '---\n', '...\n', '%YAML 1.2\n', '\uFEFF', 'é', '🙂', '\u0000',
];
const JSON_FRAGMENTS = ['{', '}', '[', ']', ',', ':', '"a"', '"b"', '"', '1', '0.10', '-', 'e5', 'true', 'null', ' ', '\n', '\\', '\\u12', '//', '/*'];

const fragmentText = (fragments: readonly string[]) => fc.array(fc.constantFrom(...fragments), { maxLength: 80 }).map((parts) => parts.join(''));

/** A range is inside the text: lines within it, columns within their line (the end may sit just after the last character). */
function inside(lines: LineIndex, text: string, range: SourceRange | undefined): boolean {
  if (range === undefined) return false;
  const lineLength = (line: number) => {
    const start = lines.lineStart(line);
    if (start === undefined) return -1;
    const next = lines.lineStart(line + 1);
    return (next === undefined ? text.length : next - 1) - start;
  };
  const ok = (p: { line: number; column: number }) => p.line >= 1 && p.column >= 1 && p.column <= lineLength(p.line) + 1;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.column <= range.end.column);
  return ok(range.start) && ok(range.end) && ordered;
}

/** Checks a result's invariants: never both a value and errors; diagnostics located inside the text. */
function checkResult(text: string, format: 'yaml' | 'json'): void {
  const result = parseSource(text, { file: `x.${format}`, format });
  if (result.ok) {
    expect(result.diagnostics).toEqual([]);
    const lines = new LineIndex(result.value.text);
    expect(inside(lines, result.value.text, result.value.rangeOf([]))).toBe(true);
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  const normalised = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const lines = new LineIndex(normalised);
  for (const d of result.diagnostics) {
    expect(Object.values(SOURCE_CODES)).toContain(d.code);
    expect(d.file).toBe(`x.${format}`);
    if (d.code !== SOURCE_CODES.tooLarge) expect(inside(lines, normalised, d.range), `${d.code} ${JSON.stringify(d.range)} in ${JSON.stringify(text)}`).toBe(true);
  }
}

describe('parseSource never throws', () => {
  it('on arbitrary strings, read as YAML and as JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        checkResult(text, 'yaml');
        checkResult(text, 'json');
      }),
      { numRuns: 500 },
    );
  });

  it('on YAML-like text made of its own fragments', () => {
    fc.assert(fc.property(fragmentText(YAML_FRAGMENTS), (text) => checkResult(text, 'yaml')), { numRuns: 3000 });
  });

  it('on JSON-like text made of its own fragments', () => {
    fc.assert(fc.property(fragmentText(JSON_FRAGMENTS), (text) => checkResult(text, 'json')), { numRuns: 2000 });
  });

  it('on deep or long repetitions of one fragment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YAML_FRAGMENTS), fc.integer({ min: 1, max: 20_000 }), (fragment, times) => {
        checkResult(fragment.repeat(times), 'yaml');
        checkResult(fragment.repeat(times), 'json');
      }),
      { numRuns: 200 },
    );
  });
});

/** Every path in a plain value, with the value there. */
function* paths(value: unknown, prefix: PathSegment[] = []): Generator<[PathSegment[], unknown]> {
  yield [prefix, value];
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* paths(value[i], [...prefix, i]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* paths(v, [...prefix, k]);
}

/** The text a range covers. */
function slice(doc: SourceDocument, range: SourceRange): string {
  const lines = new LineIndex(doc.text);
  const offset = (p: { line: number; column: number }) => lines.lineStart(p.line)! + p.column - 1;
  return doc.text.slice(offset(range.start), offset(range.end));
}

// Plain data as contracts hold it: no -0 (JSON and YAML both write it as 0) and no NaN.
const contractValue = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  { maxKeys: 8 },
);

describe('what is written comes back, located exactly', () => {
  it('JSON: the same value, and each path\'s range covers exactly what JSON.stringify wrote for it', () => {
    fc.assert(
      fc.property(contractValue, (value) => {
        const text = JSON.stringify(value, null, 2);
        const result = parseSource(text, { format: 'json' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.value).toEqual(value);
        for (const [path, leaf] of paths(value)) {
          expect(slice(result.value, result.value.rangeOf(path)!)).toBe(JSON.stringify(leaf, null, 2).replace(/\n/g, `\n${'  '.repeat(path.length)}`));
          if (leaf === null || typeof leaf !== 'object') expect(result.value.sourceOf(path)).toBe(JSON.stringify(leaf));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('YAML: the same value, and each scalar\'s range holds its exact source', () => {
    fc.assert(
      fc.property(contractValue, fc.boolean(), (value, flow) => {
        const text = dump(value, flow ? { flowLevel: 1 } : {});
        const result = parseSource(text);
        expect(result.ok, text).toBe(true);
        if (!result.ok) return;
        expect(result.value.value).toEqual(value);
        for (const [path, leaf] of paths(value)) {
          const range = result.value.rangeOf(path)!;
          if (leaf !== null && typeof leaf === 'object') continue;
          const source = result.value.sourceOf(path);
          expect(source, JSON.stringify(path)).toBeDefined();
          expect(slice(result.value, range)).toBe(source);
          // Read alone, the exact source gives the same value back.
          if (!source!.includes('\n') && !/^[|>]/.test(source!)) {
            const alone = parseSource(`v: ${source}`);
            expect(alone.ok && (alone.value.value as { v: unknown }).v).toEqual(leaf);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
