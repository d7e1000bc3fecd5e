import { visit } from 'jsonc-parser';
import type { DocumentBuilder } from './document-builder.js';
import { SourceStop, type SourceProblem } from './source-diagnostic.js';
import { jsonSyntaxMessage } from './syntax-messages.js';

// JSON is read with Microsoft's jsonc-parser (the parser inside VS Code) in strict mode: no
// comments, no trailing commas. Its visitor reports every token with its offset, which is all the
// builder needs; it is about four times faster than reading JSON as YAML, and its errors are JSON's.

/**
 * Parses JSON text (already normalised) into `builder`: the plain value and the source map.
 * Duplicate keys land in `builder.problems`; the first syntax error throws a {@link SourceStop}
 * (later ones are mostly echoes of the first). The builder's depth check runs as each object or
 * array opens, before the parser recurses into it, so deep nesting stops early.
 */
export function composeJson(text: string, builder: DocumentBuilder): void {
  visit(
    text,
    {
      onObjectBegin: (offset) => builder.beginCollection('mapping', offset),
      onObjectProperty: (name, offset, length) => builder.key(name, offset, offset + length),
      onObjectEnd: (offset, length) => endCollection(text, builder, offset, length, CLOSE_BRACE, CLOSE_BRACE_EXPECTED),
      onArrayBegin: (offset) => builder.beginCollection('sequence', offset),
      onArrayEnd: (offset, length) => endCollection(text, builder, offset, length, CLOSE_BRACKET, CLOSE_BRACKET_EXPECTED),
      onLiteralValue: (value: unknown, offset, length) => void builder.scalar(value, offset, offset + length, typeof value !== 'string'),
      onError: (error, offset, length) => {
        throw new SourceStop(jsonProblem(text, builder, error, offset, length));
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
}

const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE_EXPECTED = 7;
const CLOSE_BRACKET_EXPECTED = 8;

/**
 * Closes an object or array. jsonc-parser also calls this when the text ends before the closing
 * bracket (and reports the error after): then the problem points at the end and names the opening.
 */
function endCollection(text: string, builder: DocumentBuilder, offset: number, length: number, closer: number, missing: number): void {
  if (text.charCodeAt(offset) !== closer) {
    const opened = builder.openNode!;
    const problem = jsonProblem(text, builder, missing, offset, length);
    problem.path = builder.openPath();
    problem.related = { message: 'opened here', start: opened.start, end: opened.start + 1, path: problem.path };
    throw new SourceStop(problem);
  }
  builder.endCollection(offset + length);
}

function jsonProblem(text: string, builder: DocumentBuilder, error: number, offset: number, length: number): SourceProblem {
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text.charAt(before))) before--;
  const { code, message, hint } = jsonSyntaxMessage(error, text.charAt(before) === ',');
  const problem: SourceProblem = { code, message, start: offset, path: builder.currentPath() };
  if (length > 0) problem.end = offset + length;
  if (hint !== undefined) problem.hint = hint;
  return problem;
}
