import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/index.js';
import { findNonTextCharacter, normaliseSourceText, utf8ByteLength } from '../../src/document/source-text.js';
import { findUnclosedOpener, openFlowBrackets } from '../../src/document/unclosed-opener.js';

describe('normaliseSourceText', () => {
  it('strips one leading BOM and turns CRLF and CR into LF', () => {
    expect(normaliseSourceText('\uFEFFa: 1\r\nb: 2\rc: 3\n')).toBe('a: 1\nb: 2\nc: 3\n');
    expect(normaliseSourceText('a: "\uFEFF"')).toBe('a: "\uFEFF"');
    expect(normaliseSourceText('plain\n')).toBe('plain\n');
  });
});

describe('utf8ByteLength', () => {
  it('counts bytes as UTF-8 encodes them', () => {
    // Expected values: the byte counts of TextEncoder, the platform's own UTF-8 encoder.
    for (const text of ['', 'abc', '§9', 'Ömnögovi', '€', '🙂', 'a🙂b€', '\uD800 lone']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('findNonTextCharacter', () => {
  it('finds NUL bytes, control characters, U+FFFD and lone surrogates', () => {
    expect(findNonTextCharacter('a: 1\n\tb: "x"\r\n')).toBeUndefined();
    expect(findNonTextCharacter('é 🙂 \u0085')).toBeUndefined();
    expect(findNonTextCharacter('ab\u0000')).toEqual({ offset: 2, description: 'a NUL byte' });
    expect(findNonTextCharacter('ab\u0007')).toEqual({ offset: 2, description: 'the control character U+0007' });
    expect(findNonTextCharacter('ab\uFFFD')).toEqual({ offset: 2, description: 'bytes that are not valid UTF-8' });
    expect(findNonTextCharacter('ab\uD800c')).toEqual({ offset: 2, description: 'an unpaired UTF-16 surrogate' });
    expect(findNonTextCharacter('ab\uDC00')).toEqual({ offset: 2, description: 'an unpaired UTF-16 surrogate' });
    expect(findNonTextCharacter('\uDC00')).toEqual({ offset: 0, description: 'an unpaired UTF-16 surrogate' });
  });
});

describe('LineIndex', () => {
  const lines = new LineIndex('ab\ncd\n\nef');
  it('maps offsets to 1-based lines and columns', () => {
    expect(lines.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(lines.positionAt(2)).toEqual({ line: 1, column: 3 }); // the line end itself
    expect(lines.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(lines.positionAt(6)).toEqual({ line: 3, column: 1 });
    expect(lines.positionAt(9)).toEqual({ line: 4, column: 3 });
    expect(lines.positionAt(99)).toEqual({ line: 4, column: 3 });
    expect(lines.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(lines.lineCount).toBe(4);
    expect(lines.lineStart(4)).toBe(7);
    expect(lines.lineStart(5)).toBeUndefined();
  });
  it('builds ranges with an exclusive end', () => {
    expect(lines.rangeOf(3, 5)).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 3 } });
  });
});

describe('findUnclosedOpener', () => {
  it('finds the quote or bracket left open', () => {
    expect(findUnclosedOpener('a: [1, 2\nb: 3\n', 9)).toEqual({ offset: 3, char: '[' });
    expect(findUnclosedOpener('a: "x\nb: 3\n', 6)).toEqual({ offset: 3, char: '"' });
    expect(findUnclosedOpener("a: 'it''s\n", 10)).toEqual({ offset: 3, char: "'" });
    expect(findUnclosedOpener('a: {x: [1]\n', 11)).toEqual({ offset: 3, char: '{' });
  });
  it('ignores quotes and brackets inside plain text and comments', () => {
    expect(findUnclosedOpener("name: O'Brien\ntitle: a [draft]\n# it's { open\nx: 1\n", 50)).toBeUndefined();
    expect(findUnclosedOpener('a: "closed \\" quote"\nb: [1, "]"]\n', 40)).toBeUndefined();
  });
  it('sees a quote or bracket after an anchor or tag as the start of a node', () => {
    expect(findUnclosedOpener('a: &x [1, 2\n', 12)).toEqual({ offset: 6, char: '[' });
    expect(findUnclosedOpener('a: !t &x "b\n', 12)).toEqual({ offset: 9, char: '"' });
    expect(findUnclosedOpener('a: b&c [x\n', 10)).toBeUndefined();
  });
});

describe('openFlowBrackets', () => {
  it('lists the brackets still open, outermost first', () => {
    expect(openFlowBrackets('a: [1, {b: [2', 13)).toEqual([
      { offset: 3, char: '[' },
      { offset: 7, char: '{' },
      { offset: 11, char: '[' },
    ]);
    expect(openFlowBrackets('a: [1, [2]]\nb: title [draft\n', 28)).toEqual([]);
  });
  it('gives nothing when a quote is left open, since the text before the limit is then not whole', () => {
    expect(openFlowBrackets('a: [1, "x', 9)).toBeUndefined();
  });
});
