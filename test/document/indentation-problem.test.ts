import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/document/parse-source.js';
import { yamlIndentationProblem } from '../../src/document/indentation-problem.js';

// js-yaml reports these mistakes as "bad indentation of a mapping entry" (or "of a sequence
// entry"), often at the colon after the key rather than where the mistake is. Positions were
// counted by hand in each text (1-based line:column, as an editor shows them).

/** The one diagnostic of `text`: where it starts and ends, its message and hint. */
function only(text: string): { at: string; to: string; message: string; hint: string | undefined } {
  const result = parseSource(text);
  if (result.ok) throw new Error(`expected a syntax problem in ${JSON.stringify(text)}`);
  expect(result.diagnostics).toHaveLength(1);
  const d = result.diagnostics[0]!;
  expect(d.code).toBe('source/syntax');
  const { start, end } = d.range!;
  return { at: `${start.line}:${start.column}`, to: `${end.line}:${end.column}`, message: d.message, hint: d.hint };
}

describe('a line indented more than the entries around it', () => {
  it('is placed at the start of the line, not at the colon where the parser stopped', () => {
    // The parser reads " title" as going on with "bad-indent" and stops at the colon (2:7).
    expect(only('id: bad-indent\n title: Deal\ncurrency: USD\n')).toEqual({
      at: '2:2',
      to: '2:7', // the key "title"
      message: 'This line is indented more than the entries around it.',
      hint: 'line it up with its siblings: start it in column 1, like "id" on line 1; if it goes on with the value above, put that value in quotes',
    });
  });

  it('names the sibling key in a nested mapping and in a list item', () => {
    expect(only('term:\n  years: 10\n   months: 6\n')).toMatchObject({ at: '3:4', hint: expect.stringContaining('start it in column 3, like "years" on line 2') });
    expect(only('parties:\n  - id: investor\n     name: X\n')).toMatchObject({ at: '3:6', hint: expect.stringContaining('start it in column 5, like "id" on line 2') });
  });

  it('is found after a value over several lines, a quoted key, or no value', () => {
    expect(only('id: bad\n more text\n title: x\n')).toMatchObject({ at: '3:2', message: 'This line is indented more than the entries around it.' });
    expect(only('id: a\n  "title": x\n')).toMatchObject({ at: '2:3', to: '2:10' });
    expect(only('id: a\n title:\nb: 1\n')).toMatchObject({ at: '2:2', message: 'This line is indented more than the entries around it.' });
  });

  it('is found where the value above cannot go on: after quotes, a comment, or brackets', () => {
    // Here the parser stops at the start of the line, and the value above is not the cause.
    const hint = 'line it up with its siblings: start it in column 1, like "id" on line 1';
    expect(only('id: "quoted"\n  title: x\n')).toMatchObject({ at: '2:3', hint });
    expect(only('id: a # a comment\n title: x\n')).toMatchObject({ at: '2:2', hint });
    expect(only('id: [a]\n  title: x\n')).toMatchObject({ at: '2:3', hint });
  });

  it('has a plainer hint when the line above has no key to line up with', () => {
    expect(only('- a\n  b: c\n')).toMatchObject({ at: '2:3', message: 'This line is indented more than the entries around it.', hint: expect.stringContaining('same column') });
  });
});

describe('an entry of a list item not lined up with the key above it', () => {
  it('says so, and which column to indent it to', () => {
    expect(only('parties:\n  - id: investor\n   name: X\n')).toEqual({
      at: '3:4',
      to: '3:8', // the key "name"
      message: 'This entry is not lined up with the key above it: "id" on line 2 starts in column 5, this one in column 4.',
      hint: 'indent "name" to column 5, where "id" starts, to keep it in the same list item',
    });
  });

  it('looks past comments and other entries of the item, and past extra spaces or dashes', () => {
    expect(only('parties:\n  - id: investor\n    role: y\n   # note\n   name: X\n')).toMatchObject({ at: '5:4', hint: expect.stringContaining('column 5') });
    expect(only('parties:\n  -   id: investor\n    name: X\n')).toMatchObject({ at: '3:5', hint: expect.stringContaining('column 7') });
    expect(only('x:\n  - - id: a\n     name: b\n')).toMatchObject({ at: '3:6', hint: expect.stringContaining('column 7') });
    expect(only('parties:\n- id: investor\n name: X\n')).toMatchObject({ at: '3:2', hint: expect.stringContaining('column 3') });
  });
});

describe('other indentation mistakes', () => {
  it('a second key: value on a line is still told as such', () => {
    expect(only('title: Deal: Phase Two\n')).toMatchObject({ at: '1:12', message: 'A second "key: value" follows a value on the same line.' });
    expect(only('title: "Deal": x\n')).toMatchObject({ at: '1:14', message: 'A second "key: value" follows a value on the same line.' });
  });

  it('a line indented less than the one above keeps the general wording', () => {
    expect(only('term:\n    years: 10\n  months: 6\n')).toMatchObject({ at: '3:3', message: 'The indentation of this line does not match the entries around it.' });
    expect(only('parties:\n  - a\n - b\n')).toMatchObject({ at: '3:2', message: 'The indentation of this line does not match the entries around it.' });
  });

  it('gives nothing for other parser reasons', () => {
    expect(yamlIndentationProblem('a: [1\n', 'missed comma between flow collection entries', 4)).toBeUndefined();
  });
});
