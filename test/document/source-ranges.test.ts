// Exact source ranges (value and key) for every shape a contract uses, read off the texts below by
// hand: 1-based lines and columns, end column exclusive, columns in UTF-16 code units.
import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../../src/diagnostics/diagnostic.js';
import { formatFromFileName, parseSource, type SourceDocument } from '../../src/document/index.js';

const CONTRACT = [
  'fairlode: 1', //                                              1
  'id: pk-jv', //                                                2
  'jurisdiction: { country: PK, region: Balochistan }', //       3
  'parties:', //                                                 4
  '  - { id: investor, role: investor }', //                     5
  '  - id: gop', //                                              6
  '    role: host-government', //                                7
  'revenue:', //                                                 8
  '  rate: 0.10', //                                             9
  '  flat: 5', //                                               10
  '  royalties:', //                                            11
  '    - id: copper-royalty', //                                12
  '      tiers:', //                                            13
  '        bands:', //                                          14
  '          - { upTo: "4000 USD/t", rate: "4%" }', //          15
  "          - { rate: '10%' }", //                             16
  'description: |', //                                          17
  '  Line one', //                                              18
  '  line two', //                                              19
  'summary: >-', //                                             20
  '  folded', //                                                21
  '  text', //                                                  22
  'plainMulti: first', //                                       23
  '  continued', //                                             24
  'empty:', //                                                  25
  'list: [a, b,', //                                            26
  '  c]', //                                                    27
].join('\n') + '\n';

/** `line:column-line:column`, the compact form the expectations use. */
function at(range: SourceRange | undefined): string {
  return range === undefined ? 'none' : `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

function load(text: string, options: Parameters<typeof parseSource>[1] = {}): SourceDocument {
  const result = parseSource(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

describe('YAML ranges', () => {
  const doc = load(CONTRACT, { file: 'deal.yaml' });

  it('reads the value under the YAML 1.2 core schema', () => {
    expect(doc.value).toEqual({
      fairlode: 1,
      id: 'pk-jv',
      jurisdiction: { country: 'PK', region: 'Balochistan' },
      parties: [{ id: 'investor', role: 'investor' }, { id: 'gop', role: 'host-government' }],
      revenue: { rate: 0.1, flat: 5, royalties: [{ id: 'copper-royalty', tiers: { bands: [{ upTo: '4000 USD/t', rate: '4%' }, { rate: '10%' }] } }] },
      description: 'Line one\nline two\n',
      summary: 'folded text',
      plainMulti: 'first continued',
      empty: null,
      list: ['a', 'b', 'c'],
    });
    expect(doc.file).toBe('deal.yaml');
    expect(doc.format).toBe('yaml');
  });

  it.each([
    [['fairlode'], '1:11-1:12', '1:1-1:9'],
    [['jurisdiction'], '3:15-3:51', '3:1-3:13'],
    [['jurisdiction', 'region'], '3:38-3:49', '3:30-3:36'],
    [['parties'], '5:3-7:26', '4:1-4:8'],
    [['parties', 0], '5:5-5:37', '5:5-5:37'], // a list item has no key: keyRangeOf falls back
    [['parties', 0, 'role'], '5:27-5:35', '5:21-5:25'],
    [['parties', 1], '6:5-7:26', '6:5-7:26'],
    [['parties', 1, 'role'], '7:11-7:26', '7:5-7:9'],
    [['revenue', 'rate'], '9:9-9:13', '9:3-9:7'],
    [['revenue', 'royalties', 0, 'tiers', 'bands'], '15:11-16:28', '14:9-14:14'],
    [['revenue', 'royalties', 0, 'tiers', 'bands', 0], '15:13-15:47', '15:13-15:47'],
    [['revenue', 'royalties', 0, 'tiers', 'bands', 0, 'rate'], '15:41-15:45', '15:35-15:39'],
    [['revenue', 'royalties', 0, 'tiers', 'bands', 1, 'rate'], '16:21-16:26', '16:15-16:19'],
    [['description'], '17:14-19:11', '17:1-17:12'],
    [['summary'], '20:10-22:7', '20:1-20:8'],
    [['plainMulti'], '23:13-24:12', '23:1-23:11'],
    [['empty'], '25:1-25:6', '25:1-25:6'], // nothing after the colon: the key stands for the value
    [['list'], '26:7-27:5', '26:1-26:5'],
    [['list', 2], '27:3-27:4', '27:3-27:4'],
  ])('%j: value %s, key %s', (path, value, key) => {
    expect(at(doc.rangeOf(path))).toBe(value);
    expect(at(doc.keyRangeOf(path))).toBe(key);
  });

  it('gives the root range for [] and the closest existing ancestor for a missing path', () => {
    expect(at(doc.rangeOf([]))).toBe('1:1-27:5');
    expect(at(doc.rangeOf(['nope']))).toBe('1:1-27:5');
    expect(at(doc.keyRangeOf(['nope']))).toBe('1:1-27:5');
    expect(at(doc.rangeOf(['revenue', 'rate', 'deeper']))).toBe('9:9-9:13');
    expect(at(doc.rangeOf(['parties', 7, 'role']))).toBe('5:3-7:26');
    expect(at(doc.rangeOf(['parties', 'role']))).toBe('5:3-7:26');
    expect(at(doc.rangeOf(['revenue', 'royalties', 0, 'tiers', 'bands', 1, 'upTo']))).toBe('16:13-16:28');
  });

  it('accepts digit strings for list indices and numbers for numeric keys', () => {
    expect(at(doc.rangeOf(['list', '2']))).toBe('27:3-27:4');
    const years = load('2027: a\n2028: b\n');
    expect(at(years.rangeOf([2028]))).toBe('2:7-2:8');
    expect(years.value).toEqual({ 2027: 'a', 2028: 'b' });
  });

  it('gives the exact source of scalars, so exact values never pass through a JS number', () => {
    expect(doc.sourceOf(['revenue', 'rate'])).toBe('0.10');
    expect(doc.sourceOf(['revenue', 'flat'])).toBe('5');
    expect(doc.sourceOf(['fairlode'])).toBe('1');
    expect(doc.sourceOf(['revenue', 'royalties', 0, 'tiers', 'bands', 0, 'rate'])).toBe('"4%"');
    expect(doc.sourceOf(['plainMulti'])).toBe('first\n  continued');
    expect(doc.sourceOf(['empty'])).toBeUndefined();
    expect(doc.sourceOf(['revenue'])).toBeUndefined();
    expect(doc.sourceOf(['revenue', 'nope'])).toBeUndefined();
  });

  it('says whether a scalar was written bare', () => {
    expect(doc.isPlainScalar(['revenue', 'rate'])).toBe(true);
    expect(doc.isPlainScalar(['id'])).toBe(true);
    expect(doc.isPlainScalar(['revenue', 'royalties', 0, 'tiers', 'bands', 0, 'rate'])).toBe(false);
    expect(doc.isPlainScalar(['revenue', 'royalties', 0, 'tiers', 'bands', 1, 'rate'])).toBe(false);
    expect(doc.isPlainScalar(['description'])).toBe(false);
    expect(doc.isPlainScalar(['revenue'])).toBe(false);
    expect(doc.isPlainScalar(['missing'])).toBe(false);
  });

  it('gives the same ranges for CRLF, CR and BOM input as for LF', () => {
    const paths = [[], ['jurisdiction', 'region'], ['parties', 1, 'role'], ['description'], ['plainMulti'], ['list', 2]];
    const lf = paths.map((p) => [at(doc.rangeOf(p)), at(doc.keyRangeOf(p))]);
    for (const variant of [CONTRACT.replace(/\n/g, '\r\n'), CONTRACT.replace(/\n/g, '\r'), `\uFEFF${CONTRACT}`, `\uFEFF${CONTRACT.replace(/\n/g, '\r\n')}`]) {
      const other = load(variant);
      expect(paths.map((p) => [at(other.rangeOf(p)), at(other.keyRangeOf(p))])).toEqual(lf);
      expect(other.value).toEqual(doc.value);
      expect(other.text).toBe(CONTRACT);
      expect(other.sourceOf(['revenue', 'rate'])).toBe('0.10');
    }
  });

  it('counts columns in UTF-16 code units', () => {
    const text = 'name: "Société Générale" # ü\npair: { a: "🙂", b: 2 }\n';
    const d = load(text);
    expect(at(d.rangeOf(['name']))).toBe('1:7-1:25');
    expect(at(d.rangeOf(['pair', 'b']))).toBe('2:21-2:22');
  });

  it('locates anchors, aliases and values reached through an alias', () => {
    const d = load('base: &r 0.10\nrate: *r\nmap: &m { x: 0.5 }\ncopy: *m\n');
    expect(d.value).toEqual({ base: 0.1, rate: 0.1, map: { x: 0.5 }, copy: { x: 0.5 } });
    expect(at(d.rangeOf(['base']))).toBe('1:10-1:14');
    expect(at(d.rangeOf(['rate']))).toBe('2:7-2:9'); // the alias, where the value appears to the reader
    expect(d.sourceOf(['rate'])).toBe('0.10'); // the anchored scalar's exact text
    expect(at(d.rangeOf(['copy', 'x']))).toBe('4:7-4:9'); // a path through an alias stops at it
    expect(d.sourceOf(['copy', 'x'])).toBe('0.5');
    expect(d.isPlainScalar(['rate'])).toBe(true);
  });

  it('points an empty list item at its dash', () => {
    const d = load('items:\n  - a\n  -\n  - c\n');
    expect(d.value).toEqual({ items: ['a', null, 'c'] });
    expect(at(d.rangeOf(['items', 1]))).toBe('3:3-3:4');
  });

  it('keeps YAML 1.2 core meanings: dates, yes/no and on/off stay text', () => {
    const d = load([
      'date: 2027-06-30', 'yes: yes', 'no: no', 'on: on', 'off: off', 'y: y', 'tru: True', 'fal: FALSE', 'hex: 0x10', 'oct: 0o10',
      'lead: 012', 'under: 1_000', 'exp: 1e3', 'inf: .inf', 'nan: .nan', 'tilde: ~', 'nul: null', 'emptyq: ""', 'plus: +1',
    ].join('\n'));
    const v = d.value as Record<string, unknown>;
    expect(v).toMatchObject({
      date: '2027-06-30', yes: 'yes', no: 'no', on: 'on', off: 'off', y: 'y', tru: true, fal: false, hex: 16, oct: 8,
      lead: 12, under: '1_000', exp: 1000, inf: Number.POSITIVE_INFINITY, tilde: null, nul: null, emptyq: '', plus: 1,
    });
    expect(Number.isNaN(v['nan'])).toBe(true);
  });

  it('keeps keys as written, and __proto__ as an own key', () => {
    const d = load('0x10: hex\n1.0: float\n"__proto__": { polluted: true }\n');
    expect(Object.keys(d.value as object)).toEqual(['0x10', '1.0', '__proto__']);
    expect(Object.getPrototypeOf(d.value)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('JSON ranges', () => {
  const JSON_TEXT = [
    '{', //                                                         1
    '  "fairlode": 1,', //                                          2
    '  "revenue": {', //                                            3
    '    "rate": 0.10,', //                                         4
    '    "bands": [ { "upTo": "4000 USD/t" }, 5 ]', //              5
    '  }', //                                                       6
    '}', //                                                         7
  ].join('\n');
  const doc = load(JSON_TEXT, { file: 'deal.json' });

  it('reads JSON by the file name', () => {
    expect(doc.format).toBe('json');
    expect(doc.value).toEqual({ fairlode: 1, revenue: { rate: 0.1, bands: [{ upTo: '4000 USD/t' }, 5] } });
  });

  it.each([
    [[], '1:1-7:2', '1:1-7:2'],
    [['fairlode'], '2:15-2:16', '2:3-2:13'],
    [['revenue'], '3:14-6:4', '3:3-3:12'],
    [['revenue', 'rate'], '4:13-4:17', '4:5-4:11'],
    [['revenue', 'bands'], '5:14-5:45', '5:5-5:12'],
    [['revenue', 'bands', 0], '5:16-5:40', '5:16-5:40'],
    [['revenue', 'bands', 0, 'upTo'], '5:26-5:38', '5:18-5:24'],
    [['revenue', 'bands', 1], '5:42-5:43', '5:42-5:43'],
    [['revenue', 'bands', 9], '5:14-5:45', '5:14-5:45'],
  ])('%j: value %s, key %s', (path, value, key) => {
    expect(at(doc.rangeOf(path))).toBe(value);
    expect(at(doc.keyRangeOf(path))).toBe(key);
  });

  it('gives the exact source of numbers, and says which values were bare', () => {
    expect(doc.sourceOf(['revenue', 'rate'])).toBe('0.10');
    expect(doc.isPlainScalar(['revenue', 'rate'])).toBe(true);
    expect(doc.sourceOf(['revenue', 'bands', 0, 'upTo'])).toBe('"4000 USD/t"');
    expect(doc.isPlainScalar(['revenue', 'bands', 0, 'upTo'])).toBe(false);
  });

  it('gives the same ranges for CRLF and BOM input', () => {
    const other = load(`\uFEFF${JSON_TEXT.replace(/\n/g, '\r\n')}`, { format: 'json' });
    expect(at(other.rangeOf(['revenue', 'bands', 0, 'upTo']))).toBe('5:26-5:38');
    expect(at(other.keyRangeOf(['revenue', 'rate']))).toBe('4:5-4:11');
  });

  it('can also be read as YAML, with the same value', () => {
    expect(load(JSON_TEXT, { format: 'yaml' }).value).toEqual(doc.value);
  });
});

describe('formatFromFileName', () => {
  it('reads .json as JSON and anything else as YAML', () => {
    expect(formatFromFileName('deal.json')).toBe('json');
    expect(formatFromFileName('contracts/Deal.JSON')).toBe('json');
    expect(formatFromFileName('deal.yaml')).toBe('yaml');
    expect(formatFromFileName('deal.yml')).toBe('yaml');
    expect(formatFromFileName('deal')).toBe('yaml');
    expect(formatFromFileName('json')).toBe('yaml');
  });
});
