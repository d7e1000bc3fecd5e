import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { DocumentBuilder } from './document-builder.js';
import { invalidArgument, isOptionsObject } from '../diagnostics/invalid-argument.js';
import { resolveSourceLimits, type SourceLimits } from './limits.js';
import { LineIndex } from './line-index.js';
import { composeJson } from './parse-json.js';
import { composeYaml } from './parse-yaml.js';
import { SOURCE_CODES } from './source-codes.js';
import { SourceStop, sourceDiagnostic, type SourcePlace, type SourceProblem } from './source-diagnostic.js';
import { MappedSourceDocument, type SourceDocument, type SourceOptions } from './source-document.js';
import { formatFromFileName } from './source-format.js';
import { findNonTextCharacter, normaliseSourceText, utf8ByteLength } from './source-text.js';

/**
 * Reads contract text (YAML or JSON) into a plain value with an exact source map, or into located
 * diagnostics. Never throws, whatever the text.
 *
 * YAML is read with YAML 1.2 core-schema meaning: `2027-06-30`, `yes` and `on` stay text; only
 * `true`/`false` are booleans; `0x10`, `.inf` and `.nan` are numbers (the schema layer refuses
 * what it does not want). What would make a document mean something other than it says is
 * refused: duplicate keys, tags (`!include`, `!!python/object`, and standard ones like `!!str`),
 * `<<` merge keys, several documents in one file. Aliases are allowed within
 * {@link SourceLimits}. Every diagnostic carries the file (when given), a path and a 1-based
 * range; the codes are listed in {@link SOURCE_CODES}.
 *
 * @throws FairlodeError `argument/invalid` for options outside their types (`options: null`,
 * `file: 42`, `format: 'xml'`, a limit that is NaN or negative): a caller's mistake, not the file's.
 *
 * @example
 * ```ts
 * const parsed = parseSource('fairlode: 1\nid: a\nid: b\n', { file: 'deal.yaml' });
 * if (!parsed.ok) parsed.diagnostics[0]?.message; // 'Key "id" appears twice: first on line 2.'
 * ```
 */
export function parseSource(text: string, options: SourceOptions = {}): Result<SourceDocument> {
  checkSourceOptions('parseSource', options);
  const file = options.file;
  const format = options.format ?? (file === undefined ? 'yaml' : formatFromFileName(file));
  const limits = resolveSourceLimits(options.limits);

  if (typeof text !== 'string') {
    return failed(file, { code: SOURCE_CODES.binary, message: 'The file is not text.', start: 0, end: 0 }, '');
  }
  // Check the size before anything walks the text; a UTF-8 character takes at most 3 bytes per UTF-16 unit.
  if (text.length > limits.maxBytes || (text.length * 3 > limits.maxBytes && utf8ByteLength(text) > limits.maxBytes)) {
    const diagnostic: Diagnostic = {
      code: SOURCE_CODES.tooLarge,
      severity: 'error',
      message: `The file is larger than ${limits.maxBytes} bytes.`,
      path: [],
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      hint: 'a contract is a few kilobytes; split the file, or raise the maxBytes limit',
    };
    if (file !== undefined) diagnostic.file = file;
    return { ok: false, diagnostics: [diagnostic] };
  }

  const normalised = normaliseSourceText(text);
  const nonText = findNonTextCharacter(normalised);
  if (nonText !== undefined) {
    return failed(file, {
      code: SOURCE_CODES.binary,
      message: `The file is not text: it contains ${nonText.description}.`,
      start: nonText.offset,
      hint: 'save the contract as UTF-8 text; binary files such as PDF or Word documents cannot be read',
    }, normalised);
  }
  if (normalised.trim() === '') return failed(file, emptyProblem(normalised), normalised);

  let lines: LineIndex | undefined;
  const place: SourcePlace = {
    file,
    get lines() {
      lines ??= new LineIndex(normalised);
      return lines;
    },
  };
  const builder = new DocumentBuilder(limits, place);
  let stop: SourceProblem | undefined;
  try {
    if (format === 'json') composeJson(normalised, builder);
    else composeYaml(normalised, builder, limits);
  } catch (error) {
    stop = error instanceof SourceStop ? error.problem : unexpectedProblem(error);
  }
  const problems = stop === undefined ? builder.problems : [...builder.problems, stop];
  if (problems.length > 0) {
    const ordered = [...problems].sort((a, b) => a.start - b.start);
    return { ok: false, diagnostics: ordered.map((problem) => sourceDiagnostic(place, problem)) };
  }
  if (builder.root === undefined) return failed(file, emptyProblem(normalised), normalised);
  const document = new MappedSourceDocument({ file, format, text: normalised, value: builder.rootValue, root: builder.root, lines });
  return { ok: true, value: document, diagnostics: [] };
}

/**
 * Checks the options a caller passed to a public reader, throwing a `FairlodeError` that names the
 * one that is wrong; `caller` is the public function's name.
 */
export function checkSourceOptions(caller: string, options: unknown, fileKey: 'file' | 'filename' = 'file'): void {
  if (!isOptionsObject(options)) throw invalidArgument(caller, 'options', 'an object (or left out)', options);
  const file = options[fileKey];
  if (file !== undefined && typeof file !== 'string') throw invalidArgument(caller, `options.${fileKey}`, 'a string', file);
  const format = options.format;
  if (format !== undefined && format !== 'yaml' && format !== 'json') throw invalidArgument(caller, 'options.format', '"yaml" or "json"', format);
  resolveSourceLimits(options.limits as Partial<SourceLimits> | undefined, caller);
}

function emptyProblem(text: string): SourceProblem {
  return {
    code: SOURCE_CODES.empty,
    message: text.trim() === '' ? 'The file is empty.' : 'The file holds only comments, no content.',
    start: 0,
    end: 0,
    hint: 'a contract file holds one mapping, starting with "fairlode: 1"',
  };
}

function failed(file: string | undefined, problem: SourceProblem, text: string): Result<never> {
  const place: SourcePlace = { file, lines: new LineIndex(text) };
  return { ok: false, diagnostics: [sourceDiagnostic(place, problem)] };
}

/** A failure no parser should produce; reported rather than thrown, so a bad file never crashes a run. */
function unexpectedProblem(error: unknown): SourceProblem {
  if (error instanceof RangeError) {
    return { code: SOURCE_CODES.tooDeep, message: 'The document nests too deeply to be read.', start: 0, end: 0 };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: SOURCE_CODES.syntax, message: `The file could not be read (${detail}).`, start: 0, end: 0 };
}
