// Every diagnostic code of the source layer, from broken documents in test/fixtures/source/ (and
// generated ones that would be too big to commit), with the line and column it must point at.
// Line:column values were read off the fixture files by hand: 1-based, columns in UTF-16 units.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseSource, SOURCE_CODES } from '../../src/document/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/source/${name}`, import.meta.url), 'utf8');

/** `code line:column` of each diagnostic, the form the table below pins. */
function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column}`);
}

function diagnosticsOf(name: string): Diagnostic[] {
  const result = parseSource(fixture(name), { file: `test/fixtures/source/${name}` });
  expect(result.ok, `${name} should not load`).toBe(false);
  return result.diagnostics;
}

describe('broken documents: code and position', () => {
  const cases: [file: string, expected: string, why: string][] = [
    ['bad-indentation.yaml', 'source/syntax 6:4', 'a mapping entry of a list item indented one space short'],
    ['bad-indentation-mapping.yaml', 'source/syntax 4:2', 'a key indented between two levels'],
    ['unclosed-double-quote.yaml', 'source/syntax 3:8', 'points at the opening quote, not where the parser gave up'],
    ['unclosed-single-quote.yaml', 'source/syntax 3:8', 'points at the opening quote'],
    ['unclosed-flow-mapping.yaml', 'source/syntax 3:15', 'points at the opening {'],
    ['unclosed-flow-at-end.yaml', 'source/syntax 4:5', 'the { of the last list item, left open at the end of the file'],
    ['tab-indentation.yaml', 'source/syntax 3:1', 'the tab itself'],
    ['missing-comma-flow.yaml', 'source/syntax 2:48', 'the second { where a comma should come before it'],
    ['two-keys-one-line.yaml', 'source/syntax 3:16', 'the second colon on the line'],
    ['duplicate-key-block.yaml', 'source/duplicate-key 4:1', 'the second id'],
    ['duplicate-key-flow.yaml', 'source/duplicate-key 2:51', 'the second country, inside { }'],
    ['duplicate-key-nested.yaml', 'source/duplicate-key 7:7', 'the second rate of a royalty in a list'],
    ['alias-bomb.yaml', 'source/alias-limit 7:8', 'the first alias that takes the expansion over 100,000 values'],
    ['recursive-alias.yaml', 'source/alias-limit 2:17', 'an alias inside the node it names'],
    ['undefined-alias.yaml', 'source/undefined-alias 4:8', 'the *missing alias'],
    ['custom-tag-include.yaml', 'source/custom-tag 3:10', 'the !include tag'],
    ['custom-tag-python.yaml', 'source/custom-tag 2:5', 'the !!python/object/apply tag'],
    ['standard-tag.yaml', 'source/custom-tag 3:16', 'standard tags such as !!str are refused too'],
    ['merge-key.yaml', 'source/merge-key 4:3', 'the << key'],
    ['complex-key.yaml', 'source/complex-key 3:3', 'a [list] used as a key'],
    ['multiple-documents.yaml', 'source/multiple-documents 3:1', 'the --- that starts the second document'],
    ['binary.yaml', 'source/binary 3:1', 'the first NUL byte'],
    ['empty.yaml', 'source/empty 1:1', 'zero bytes'],
    ['comments-only.yaml', 'source/empty 1:1', 'comments and blank lines only'],
    ['json-trailing-comma.json', 'source/syntax 6:3', 'the ] after the trailing comma'],
    ['json-unclosed.json', 'source/syntax 5:1', 'the end of the file, with related pointing at the ['],
    ['json-unclosed-string.json', 'source/syntax 3:12', 'the string that runs to the end of its line'],
    ['json-missing-comma.json', 'source/syntax 3:3', 'the property after the missing comma'],
    ['json-comment.json', 'source/syntax 2:3', 'the // comment'],
    ['json-single-quotes.json', 'source/syntax 2:3', 'the single-quoted name'],
    ['json-duplicate-key.json', 'source/duplicate-key 5:3', 'the second "id"'],
    ['json-duplicate-key-nested.json', 'source/duplicate-key 3:26', 'the second "years" inside an object'],
  ];

  it.each(cases)('%s → %s (%s)', (file, expected) => {
    expect(located(diagnosticsOf(file))).toEqual([expected]);
  });

  it('puts the file, a severity, a path and a one-sentence message on every diagnostic', () => {
    for (const [file] of cases) {
      for (const d of diagnosticsOf(file)) {
        expect(d.file).toBe(`test/fixtures/source/${file}`);
        expect(d.severity).toBe('error');
        expect(Array.isArray(d.path)).toBe(true);
        expect(d.message).toMatch(/^[A-Z].*\.$/);
        expect(d.message).not.toMatch(/\n/);
        expect(Object.values(SOURCE_CODES)).toContain(d.code);
      }
    }
  });
});

describe('what the diagnostics say', () => {
  it('names both lines of a duplicate key, and relates the first', () => {
    const [d] = diagnosticsOf('duplicate-key-block.yaml');
    expect(d?.message).toBe('Key "id" appears twice: first on line 2.');
    expect(d?.path).toEqual(['id']);
    expect(d?.range).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 3 } });
    expect(d?.related).toEqual([{ message: 'first defined here', path: ['id'], range: { start: { line: 2, column: 1 }, end: { line: 2, column: 3 } } }]);
  });

  it('gives the path of a nested duplicate and of one in JSON', () => {
    expect(diagnosticsOf('duplicate-key-nested.yaml')[0]?.path).toEqual(['revenue', 'royalties', 0, 'rate']);
    expect(diagnosticsOf('duplicate-key-nested.yaml')[0]?.message).toBe('Key "rate" appears twice: first on line 5.');
    const json = diagnosticsOf('json-duplicate-key-nested.json')[0];
    expect(json?.path).toEqual(['term', 'years']);
    expect(json?.related?.[0]?.range?.start).toEqual({ line: 3, column: 13 });
  });

  it('says where an unclosed quote or bracket was opened and where the parser stopped', () => {
    const [quote] = diagnosticsOf('unclosed-double-quote.yaml');
    expect(quote?.message).toBe('This double quote on line 3 is never closed.');
    expect(quote?.hint).toBe('add the closing "');
    expect(quote?.related?.[0]?.range?.start).toEqual({ line: 4, column: 1 });
    const [json] = diagnosticsOf('json-unclosed.json');
    expect(json?.message).toBe('An array is not closed: a ] is missing.');
    expect(json?.related?.[0]).toMatchObject({ message: 'opened here', path: ['parties'], range: { start: { line: 3, column: 14 } } });
  });

  it('explains a trailing comma in JSON and tabs in YAML', () => {
    expect(diagnosticsOf('json-trailing-comma.json')[0]?.message).toBe('A comma is followed by no entry: JSON does not allow a trailing comma.');
    expect(diagnosticsOf('tab-indentation.yaml')[0]?.hint).toBe('replace the tab with spaces');
  });

  it('refuses standard tags and says so', () => {
    const [d] = diagnosticsOf('standard-tag.yaml');
    expect(d?.message).toBe('The tag !!str is not allowed: fairlode reads plain YAML data, without tags.');
    expect(d?.hint).toContain('standard tags such as !!str are refused too');
    expect(d?.range).toEqual({ start: { line: 3, column: 16 }, end: { line: 3, column: 21 } });
  });

  it('says the file is not text', () => {
    expect(diagnosticsOf('binary.yaml')[0]?.message).toBe('The file is not text: it contains a NUL byte.');
    const invalidUtf8 = new TextDecoder().decode(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const result = parseSource(invalidUtf8, { file: 'x.yaml' });
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['source/binary', 'The file is not text: it contains bytes that are not valid UTF-8.'],
    ]);
  });

  it('collects several independent problems in document order', () => {
    const result = parseSource('a: !!str x\nb: 1\nb: 2\nc: {<<: {}}\n', { file: 'x.yaml' });
    expect(result.ok ? [] : located(result.diagnostics)).toEqual(['source/custom-tag 1:4', 'source/duplicate-key 3:1', 'source/merge-key 4:5']);
  });

  it('sets the file even when the text cannot be read at all', () => {
    for (const text of ['', '\u0000', 'a: [', '{', 'x'.repeat(20)]) {
      const result = parseSource(text, { file: 'deals/broken.json', limits: { maxBytes: 10 } });
      expect(result.ok).toBe(false);
      for (const d of result.diagnostics) expect(d.file).toBe('deals/broken.json');
    }
  });

  it('leaves file off when none is given', () => {
    const result = parseSource('a: 1\na: 2\n');
    expect(result.ok ? undefined : Object.hasOwn(result.diagnostics[0]!, 'file')).toBe(false);
  });
});

describe('limits', () => {
  const codes = (text: string, options = {}) => {
    const result = parseSource(text, options);
    return result.ok ? [] : located(result.diagnostics);
  };

  // Runaway nesting is stopped by the parser itself, before it can recurse further; the text before
  // where it stopped is read again, so the first collection too deep is reported, with its path,
  // as for nesting within the parser's reach: here the 65th level (the root is level 1).
  it('refuses 100,000 levels of [ quickly, without overflowing the stack, at the 65th', () => {
    expect(codes('['.repeat(100_000))).toEqual(['source/too-deep 1:65']);
    expect(codes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual(['source/too-deep 1:65']);
    const result = parseSource('['.repeat(100_000));
    expect(result.ok ? undefined : result.diagnostics[0]!.path).toEqual(Array<number>(64).fill(0));
  });

  it('refuses 100,000 levels of { in YAML and in JSON, at the same level', () => {
    expect(codes('{a: '.repeat(100_000))).toEqual(['source/too-deep 1:257']); // 1 + 64 × "{a: ".length
    expect(codes('{"a":'.repeat(100_000), { format: 'json' })).toEqual(['source/too-deep 1:321']); // 1 + 64 × '{"a":'.length
    expect(codes('['.repeat(100_000), { format: 'json' })).toEqual(['source/too-deep 1:65']);
    const result = parseSource('{a: '.repeat(100_000));
    expect(result.ok ? undefined : result.diagnostics[0]!.path).toEqual(Array<string>(64).fill('a'));
  });

  it('refuses deep block nesting: compact lists and indented mappings, at the 65th level', () => {
    expect(codes('- '.repeat(100_000))).toEqual(['source/too-deep 1:129']); // the 65th "- "
    const mapping = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(codes(mapping)).toEqual(['source/too-deep 65:65']); // the mapping under k63, starting at k64
    const result = parseSource(mapping);
    expect(result.ok ? undefined : result.diagnostics[0]!.path).toEqual(Array.from({ length: 64 }, (_, i) => `k${i}`));
  });

  it('reads again only what precedes the runaway nesting: earlier problems, anchors and quotes', () => {
    const deep = '['.repeat(100_000);
    expect(codes(`a: 1\na: 2\nx: [${deep}\n`, { limits: { maxDepth: 4 } })).toEqual(['source/duplicate-key 2:1', 'source/too-deep 3:7']);
    expect(codes(`x: &a [{k: {k: {k: ${'{k: '.repeat(100_000)}\n`, { limits: { maxDepth: 4 } })).toEqual(['source/too-deep 1:16']);
    expect(codes(`title: a [draft]\nname: "[[" # [ {\nx: ["]", '[', [${deep}\n`, { limits: { maxDepth: 4 } })).toEqual(['source/too-deep 3:17']);
    expect(codes(`x: [[[[[[1]]]]], [${deep}]]\n`, { limits: { maxDepth: 5 } })).toEqual(['source/too-deep 1:8']); // the first branch is the first too deep
  });

  // Within reach of the parser, the builder judges: exactly 64 levels load, and the 65th
  // collection is the one reported, whatever the syntax.
  it('accepts exactly maxDepth levels and refuses one more', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
    expect(parseSource(nested(64)).ok).toBe(true);
    expect(codes(nested(65))).toEqual(['source/too-deep 1:65']);
    expect(parseSource(nested(64), { format: 'json' }).ok).toBe(true);
    expect(codes(nested(65), { format: 'json' })).toEqual(['source/too-deep 1:65']);
    expect(parseSource(nested(10), { limits: { maxDepth: 10 } }).ok).toBe(true);
    expect(codes(nested(11), { limits: { maxDepth: 10 } })).toEqual(['source/too-deep 1:11']);
    const block = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1';
    expect(parseSource(block(64)).ok).toBe(true);
    expect(codes(block(65))).toEqual(['source/too-deep 65:65']);
    const dashes = (levels: number) => `${'- '.repeat(levels)}x`;
    expect(parseSource(dashes(64)).ok).toBe(true);
    expect(codes(dashes(65))).toEqual(['source/too-deep 1:129']);
    const braces = (levels: number) => `${'{a: '.repeat(levels)}1${'}'.repeat(levels)}`;
    expect(parseSource(braces(64)).ok).toBe(true);
    expect(codes(braces(65))).toEqual(['source/too-deep 1:257']);
  });

  it('counts the depth an alias reaches', () => {
    const deep = `${'['.repeat(40)}1${']'.repeat(40)}`;
    expect(parseSource(`a: &a ${deep}\nb: *a\n`).ok).toBe(true);
    expect(codes(`a: &a ${deep}\nb: ${'['.repeat(30)}*a${']'.repeat(30)}\n`)).toEqual(['source/too-deep 2:34']);
  });

  it('refuses more than maxAliases aliases', () => {
    const text = `a: &a 1\nb: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`;
    expect(codes(text)).toEqual(['source/alias-limit 2:405']); // the 101st *a
    expect(parseSource(text, { limits: { maxAliases: 101 } }).ok).toBe(true);
  });

  it('refuses a generated billion-laughs document quickly', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    // a4 repeats a3 (11,111 values) ten times; its 8th alias takes the count past 100,000.
    expect(codes(lines.join('\n'))).toEqual(['source/alias-limit 5:45']);
  });

  it('gives an alias a deep copy, so the value stays a tree', () => {
    const result = parseSource('a: &a { x: [1] }\nb: *a\n');
    expect(result.ok).toBe(true);
    const value = (result.ok ? result.value.value : {}) as { a: unknown; b: unknown };
    expect(value.b).toEqual(value.a);
    expect(value.b).not.toBe(value.a);
  });

  it('refuses text over maxBytes, counting UTF-8 bytes', () => {
    const huge = `notes: "${'x'.repeat(5 * 1024 * 1024)}"\n`;
    expect(codes(huge, { file: 'huge.yaml' })).toEqual(['source/too-large 1:1']);
    expect(codes('a: ééé', { limits: { maxBytes: 8 } })).toEqual(['source/too-large 1:1']); // 9 bytes
    expect(parseSource('a: éé', { limits: { maxBytes: 7 } }).ok).toBe(true); // 7 bytes
  });

  it('refuses more values than maxNodes', () => {
    const list = `[${Array.from({ length: 20 }, (_, i) => i).join(', ')}]`;
    expect(codes(list, { limits: { maxNodes: 10 } })).toEqual(['source/too-large 1:29']);
  });
});
