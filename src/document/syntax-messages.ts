import { SOURCE_CODES, type SourceCode } from './source-codes.js';

/** A parser's complaint, rewritten: a code, one plain sentence, and a hint where one helps. */
export interface SyntaxMessage {
  /** `source/syntax`, or a more specific code when the parser's complaint is about a limit or a tag. */
  code: SourceCode;
  /** One plain sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

const UNCLOSED_HINT = 'look above this line for a quote, bracket or brace that is never closed';

/** js-yaml's reasons (exact or by their start), in the words of someone who edits contracts. */
const YAML_MESSAGES: readonly (readonly [string, string, string?])[] = [
  ['bad indentation of a mapping entry', 'The indentation of this line does not match the entries around it.', 'entries of the same mapping, and items of the same list, start in the same column'],
  ['bad indentation of a sequence entry', 'The indentation of this line does not match the entries around it.', 'entries of the same mapping, and items of the same list, start in the same column'],
  ['tab characters must not be used in indentation', 'This line is indented with a tab; YAML allows only spaces for indentation.', 'replace the tab with spaces'],
  ['deficient indentation', 'This line is indented less than the value it continues.', UNCLOSED_HINT],
  ['missed comma between flow collection entries', 'A comma is missing between two entries of a [ ] list or { } mapping.', 'separate the entries with ", "'],
  ["expected the node content, but found ','", 'There is an empty entry here: two commas in a row, or a comma right after [ or {.', 'remove the extra comma'],
  ['unexpected end of the stream within a flow collection', 'A [ or { is never closed: the file ends inside it.', 'add the closing ] or }'],
  ['unexpected end of the stream within a single quoted scalar', "A single-quoted text is never closed: the file ends inside it.", "add the closing ' (write a ' inside the text as '')"],
  ['unexpected end of the stream within a double quoted scalar', 'A double-quoted text is never closed: the file ends inside it.', 'add the closing "'],
  ['unexpected end of the document within a single quoted scalar', "A single-quoted text is not closed before the next document marker.", "add the closing '"],
  ['unexpected end of the document within a double quoted scalar', 'A double-quoted text is not closed before the next document marker.', 'add the closing "'],
  ['end of the stream or a document separator is expected', 'This line does not fit into the structure above it.', 'check its indentation, and whether a quote or bracket above is left open'],
  ['a whitespace character is expected after the key-value separator within a block mapping', 'A space is missing after the colon of this entry.', 'write "key: value", with a space after the colon'],
  ["expected ':' after a mapping key", 'A colon is missing after this key.', 'write "key: value"'],
  ['can not read a block mapping entry; a multiline key may not be an implicit key', 'A key runs over more than one line; probably a colon is missing on the line above.', 'write each entry as "key: value" on one line'],
  ['unknown escape sequence', 'This double-quoted text contains an unknown escape sequence (a backslash followed by a character YAML does not know).', 'write a backslash as \\\\, or use single quotes'],
  ['expected hexadecimal character', 'A \\x, \\u or \\U escape in this double-quoted text is not followed by hexadecimal digits.', 'write a backslash as \\\\, or use single quotes'],
  ['expected valid JSON character', 'A quoted text contains a control character.', 'remove the character, or write it as an escape such as \\t'],
  ['name of an anchor node must contain at least one character', 'An anchor (&) has no name.', 'write &name, or remove the &'],
  ['name of an alias node must contain at least one character', 'An alias (*) has no name.', 'write *name, or quote a value that starts with *'],
  ['alias node should not have any properties', 'An alias (*name) cannot carry an anchor or a tag.'],
  ['duplication of an anchor property', 'A value has two anchors (&).'],
  ['repeat of a chomping mode identifier', 'The header of this | or > block text is malformed.', 'write | or > alone, or with one + or - and one indentation digit'],
  ['bad explicit indentation width of a block scalar', 'The header of this | or > block text is malformed.', 'write | or > alone, or with one + or - and one indentation digit'],
  ['repeat of an indentation width identifier', 'The header of this | or > block text is malformed.', 'write | or > alone, or with one + or - and one indentation digit'],
  ['a line break is expected', 'Nothing but a comment may follow | or > on its line; the text starts on the next line.'],
  ['directives end mark is expected', 'A % directive line must be followed by a line with ---.'],
  ['duplication of %YAML directive', 'The %YAML directive appears twice.', 'keep one %YAML line, or none'],
  ['unacceptable YAML version of the document', 'The %YAML directive names a YAML version this parser does not read (only 1.x).'],
  ['can not read a document', 'The document cannot be read from here on.'],
];

/** js-yaml reasons that are really about limits or tags. */
function yamlSpecificCode(reason: string): SyntaxMessage | undefined {
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return { code: SOURCE_CODES.tooDeep, message: 'The document nests too deeply.', hint: 'a contract needs only a few levels; check for runaway brackets or indentation' };
  }
  if (reason === 'null byte is not allowed in input' || reason === 'the stream contains non-printable characters') {
    return { code: SOURCE_CODES.binary, message: 'The file is not text: it contains control characters.' };
  }
  if (/\btag\b/.test(reason) && !/TAG directive/.test(reason)) {
    return {
      code: SOURCE_CODES.customTag,
      message: 'Tags such as !include or !!str are not allowed, and this one is malformed too.',
      hint: 'remove the tag; quote the value if it should be text',
    };
  }
  return undefined;
}

/**
 * Rewrites a js-yaml error reason as one plain sentence, with a hint where one helps.
 *
 * @example
 * ```ts
 * yamlSyntaxMessage('missed comma between flow collection entries').message;
 * // 'A comma is missing between two entries of a [ ] list or { } mapping.'
 * ```
 */
export function yamlSyntaxMessage(reason: string): SyntaxMessage {
  const specific = yamlSpecificCode(reason);
  if (specific !== undefined) return specific;
  for (const [prefix, message, hint] of YAML_MESSAGES) {
    if (reason.startsWith(prefix)) return hint === undefined ? { code: SOURCE_CODES.syntax, message } : { code: SOURCE_CODES.syntax, message, hint };
  }
  return { code: SOURCE_CODES.syntax, message: `The YAML is not valid here: ${reason}.` };
}

/** jsonc-parser's `ParseErrorCode` numbers, in plain words. */
const JSON_MESSAGES: Readonly<Record<number, readonly [string, string?]>> = {
  1: ['This is not valid JSON: JSON has only objects, arrays, double-quoted strings, numbers, true, false and null.', 'put text in double quotes'],
  2: ['This number is not written the way JSON requires.', 'write numbers such as 12, -3.5 or 1e6, or put the value in double quotes'],
  3: ['A property name in double quotes is expected here.', 'write "name": value'],
  4: ['A value is expected here.'],
  5: ['A colon is expected after the property name.', 'write "name": value'],
  6: ['A comma is missing between two entries.', 'separate entries with ","'],
  7: ['An object is not closed: a } is missing.', 'add the closing }'],
  8: ['An array is not closed: a ] is missing.', 'add the closing ]'],
  9: ['There is more text after the end of the JSON value.', 'a JSON file holds exactly one value; remove the rest or wrap the values in [ ]'],
  10: ['Comments are not allowed in JSON.', 'remove the comment, or write the contract as YAML'],
  11: ['A comment is never closed.', 'comments are not allowed in JSON anyway; remove it'],
  12: ['A string is never closed: the closing " is missing.', 'add the closing "'],
  13: ['A number is cut short.', 'complete the number, for example 1.5 or 1e6'],
  14: ['A \\u escape in this string is not followed by four hexadecimal digits.'],
  15: ['This string contains an escape sequence JSON does not know.', 'write a backslash as \\\\'],
  16: ['A string contains a control character such as a raw tab or line break.', 'write it escaped, as \\t or \\n'],
};

/**
 * Rewrites a jsonc-parser error code as one plain sentence. `afterComma` says the error sits right
 * after a comma, where the usual cause is a trailing comma.
 *
 * @example
 * ```ts
 * jsonSyntaxMessage(6, false).message; // 'A comma is missing between two entries.'
 * ```
 */
export function jsonSyntaxMessage(errorCode: number, afterComma: boolean): SyntaxMessage {
  if ((errorCode === 3 || errorCode === 4) && afterComma) {
    return { code: SOURCE_CODES.syntax, message: 'A comma is followed by no entry: JSON does not allow a trailing comma.', hint: 'remove the last comma' };
  }
  const [message, hint] = JSON_MESSAGES[errorCode] ?? [`The JSON is not valid here (error ${errorCode}).`];
  return hint === undefined ? { code: SOURCE_CODES.syntax, message } : { code: SOURCE_CODES.syntax, message, hint };
}
