// The raw text before it meets a parser: normalised line ends, its size, and whether it is text at all.

/**
 * Strips a leading byte-order mark and turns CRLF and lone CR line ends into LF, so that line
 * numbers and columns come out the same whatever editor saved the file.
 *
 * @example
 * ```ts
 * normaliseSourceText('\uFEFFa: 1\r\nb: 2\r\n'); // 'a: 1\nb: 2\n'
 * ```
 */
export function normaliseSourceText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

/**
 * The size of a text in UTF-8 bytes, without allocating an encoded copy.
 *
 * @example
 * ```ts
 * utf8ByteLength('§9'); // 3
 * ```
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Characters that do not occur in a text file: C0 controls other than tab and line ends, DEL, C1
 * controls other than NEL, non-characters, U+FFFD (what a decoder puts in place of invalid UTF-8),
 * and unpaired surrogates. The same set YAML calls non-printable, plus U+FFFD.
 */
const NOT_TEXT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])([\uDC00-\uDFFF])/;

/** Where a text stops being text, and why. */
export interface NonTextCharacter {
  /** Offset of the offending character. */
  offset: number;
  /** What it is, in words: `a NUL byte`, `bytes that are not valid UTF-8`, `the control character U+0007`. */
  description: string;
}

/**
 * Finds the first character that shows a file is not text (binary data, or not UTF-8), if any.
 *
 * @example
 * ```ts
 * findNonTextCharacter('a: \u0000')?.description; // 'a NUL byte'
 * ```
 */
export function findNonTextCharacter(text: string): NonTextCharacter | undefined {
  const match = NOT_TEXT.exec(text);
  if (match === null) return undefined;
  // For a lone low surrogate the match may start one character early (the character before it).
  const offset = match[1] === undefined ? match.index : match.index + match[0].length - 1;
  const code = text.charCodeAt(offset);
  const description =
    code === 0 ? 'a NUL byte'
    : code === 0xfffd ? 'bytes that are not valid UTF-8'
    : code >= 0xd800 && code <= 0xdfff ? 'an unpaired UTF-16 surrogate'
    : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return { offset, description };
}
