import {
  COLLECTION_STYLE,
  EVENT_ID,
  SCALAR_STYLE,
  getScalarValue,
  parseEvents,
  type AliasEvent,
  type Event,
  type MappingEvent,
  type ScalarEvent,
  type SequenceEvent,
} from 'js-yaml';
import { resolvePlainScalar } from './core-scalars.js';
import type { AnchoredValue, DocumentBuilder } from './document-builder.js';
import { yamlIndentationProblem } from './indentation-problem.js';
import type { SourceLimits } from './limits.js';
import { SOURCE_CODES } from './source-codes.js';
import { SourceStop, type SourceProblem } from './source-diagnostic.js';
import { yamlSyntaxMessage } from './syntax-messages.js';
import { findUnclosedOpener, openFlowBrackets } from './unclosed-opener.js';

// YAML is read with js-yaml's event parser (`parseEvents`): a flat list of events that carry the
// source offsets of every node. js-yaml's own constructor is not used; this file composes the
// events into the plain value and the source map in one pass, so that duplicate keys, aliases,
// tags and merge keys are all seen with their positions.

/** An open collection, as this file tracks it beside the builder. */
interface OpenCollection {
  /** The anchor on it, if any. */
  anchor: string | undefined;
  /** Whether it is written in brackets ([ ] or { }), so its end is the closing bracket. */
  bracketed: boolean;
}

/**
 * Parses YAML text (already normalised) into `builder`: the plain value under the YAML 1.2 core
 * schema, and the source map. Collectable problems (duplicate keys, tags, merge keys, complex keys,
 * undefined aliases) land in `builder.problems`; others throw a {@link SourceStop}. An empty document
 * leaves `builder.root` undefined.
 */
export function composeYaml(text: string, builder: DocumentBuilder, limits: SourceLimits): void {
  let events: Event[];
  try {
    // The parser counts each scalar leaf as a level too, so it gets a little more room than the
    // builder, which judges the depth of collections exactly (reporting the first collection too
    // deep); the parser's own check only stops runaway nesting (`[[[[...`) early, before it can
    // recurse further.
    events = parseEvents(text, { maxDepth: limits.maxDepth + PARSER_DEPTH_ROOM });
  } catch (error) {
    const problem = yamlParseProblem(error, text, limits);
    if (problem.code === SOURCE_CODES.tooDeep) composeBeforeRunaway(text, problem.start, builder, limits);
    throw new SourceStop(problem);
  }
  composeEvents(text, events, builder);
}

/** How many levels more than `maxDepth` the parser may nest: scalar leaves, and a margin. */
const PARSER_DEPTH_ROOM = 3;

/**
 * Where the parser gave up on runaway nesting (`stop`, a few levels past the limit), composes the
 * text before that point, read again with its open brackets closed, so that the builder reports
 * the first collection too deep, with its path, as it does for JSON and for nesting within the
 * parser's reach. The collections that lead to `stop` all start before it, so the builder stops
 * (throws) among them; if the text cannot be read that way, this returns and the parser's own
 * problem stands.
 */
function composeBeforeRunaway(text: string, stop: number, builder: DocumentBuilder, limits: SourceLimits): void {
  const open = openFlowBrackets(text, stop);
  if (open === undefined) return;
  const closers = open.reverse().map((bracket) => (bracket.char === '[' ? ']' : '}')).join('');
  const before = `${text.slice(0, stop)} ${closers}`;
  let events: Event[];
  try {
    // One more level than before: cut at `stop`, the deepest entry is left empty, an empty scalar.
    events = parseEvents(before, { maxDepth: limits.maxDepth + PARSER_DEPTH_ROOM + 1 });
  } catch {
    return;
  }
  composeEvents(before, events, builder);
}

/** Composes parse events into `builder`; see {@link composeYaml}. */
function composeEvents(text: string, events: readonly Event[], builder: DocumentBuilder): void {
  const anchors = new Map<string, AnchoredValue>();
  const open: OpenCollection[] = [];
  let documents = 0;

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) throw new SourceStop(secondDocumentProblem(text, builder, events, i));
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        beginCollection(text, builder, event, open);
        break;
      case EVENT_ID.SCALAR:
        addScalar(text, builder, event, anchors);
        break;
      case EVENT_ID.ALIAS:
        addAlias(text, builder, event, anchors, open);
        break;
      case EVENT_ID.POP: {
        if (builder.depth === 0) break; // the end of the document itself
        const collection = open.pop()!;
        const end = collection.bracketed ? closingBracketEnd(text, builder) : builder.lastChildEnd;
        const done = builder.endCollection(end);
        if (collection.anchor !== undefined) anchors.set(collection.anchor, done);
        break;
      }
    }
  }
}

function beginCollection(text: string, builder: DocumentBuilder, event: MappingEvent | SequenceEvent, open: OpenCollection[]): void {
  refuseTag(text, builder, event);
  const first = text.charCodeAt(event.start);
  // A single `key: value` pair inside [ ] is a flow mapping without braces: it ends with its value.
  const bracketed = event.style === COLLECTION_STYLE.FLOW && (first === 0x5b /* [ */ || first === 0x7b /* { */);
  builder.beginCollection(event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', event.start);
  open.push({ anchor: event.anchorStart === -1 ? undefined : text.slice(event.anchorStart, event.anchorEnd), bracketed });
}

function addScalar(text: string, builder: DocumentBuilder, event: ScalarEvent, anchors: Map<string, AnchoredValue>): void {
  refuseTag(text, builder, event);
  const empty = event.valueStart === -1;
  if (empty && builder.depth === 0 && event.anchorStart === -1 && event.tagStart === -1) return; // an empty document
  const plain = event.style === SCALAR_STYLE.PLAIN;
  const source = getScalarValue(text, event);
  const [start, end] = empty ? emptyScalarRange(text, builder) : scalarRange(text, event);

  if (builder.expectsKey) {
    if (plain && source === '<<' && event.tagStart === -1) {
      builder.report({
        code: SOURCE_CODES.mergeKey,
        message: 'Merge keys (<<) are not allowed: they make a mapping mean something other than what it says.',
        start,
        end,
        path: builder.currentPath('<<'),
        hint: 'write the entries out in full',
      });
    }
    builder.key(source, start, end);
    return;
  }
  const value = plain && event.tagStart === -1 ? resolvePlainScalar(source) : source;
  const node = builder.scalar(value, start, end, plain);
  node.empty = empty;
  if (event.anchorStart !== -1) anchors.set(text.slice(event.anchorStart, event.anchorEnd), { value, node, height: 0, size: 1 });
}

function addAlias(text: string, builder: DocumentBuilder, event: AliasEvent, anchors: Map<string, AnchoredValue>, open: OpenCollection[]): void {
  const name = text.slice(event.anchorStart, event.anchorEnd);
  const start = event.anchorStart - 1; // the *
  const end = event.anchorEnd;
  if (builder.expectsKey) {
    builder.complexKey(start, end);
    return;
  }
  if (open.some((collection) => collection.anchor === name)) {
    throw new SourceStop({
      code: SOURCE_CODES.aliasLimit,
      message: `The alias *${name} repeats a value that contains it, which would never end.`,
      start,
      end,
      path: builder.currentPath(),
      hint: 'remove the alias',
    });
  }
  const anchored = anchors.get(name);
  if (anchored === undefined) {
    builder.report({
      code: SOURCE_CODES.undefinedAlias,
      message: `The alias *${name} refers to no anchor &${name} defined before it.`,
      start,
      end,
      path: builder.currentPath(),
      hint: `define &${name} before using *${name}, or quote the value if "*${name}" is meant as text`,
    });
    builder.scalar(null, start, end, false);
    return;
  }
  builder.alias(anchored, start, end);
}

/** Reports any explicit tag: fairlode reads plain data, and a tag can make text mean something else. */
function refuseTag(text: string, builder: DocumentBuilder, event: MappingEvent | SequenceEvent | ScalarEvent): void {
  if (event.tagStart === -1) return;
  const tag = text.slice(event.tagStart, event.tagEnd);
  builder.report({
    code: SOURCE_CODES.customTag,
    message: `The tag ${tag} is not allowed: fairlode reads plain YAML data, without tags.`,
    start: event.tagStart,
    end: event.tagEnd,
    path: builder.currentPath(),
    hint: tag.startsWith('!!')
      ? 'remove the tag (standard tags such as !!str are refused too); quote the value if it should be text'
      : 'remove the tag; a contract cannot include other files or build objects',
  });
}

/** The range of a scalar with content: quotes included; for | and > blocks, from the indicator. */
function scalarRange(text: string, event: ScalarEvent): [number, number] {
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return [event.valueStart - 1, event.valueEnd + 1];
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK: {
      let end = event.valueEnd;
      while (end > event.valueStart && isSpace(text.charCodeAt(end - 1))) end--;
      return [blockIndicator(text, event.valueStart), Math.max(end, event.valueStart)];
    }
    default:
      return [event.valueStart, event.valueEnd];
  }
}

/**
 * Where an empty value "is": the key of its entry (`key:` with nothing after it), or the `-` of
 * an empty list item. Pointing there is what a reader of a diagnostic needs.
 */
function emptyScalarRange(text: string, builder: DocumentBuilder): [number, number] {
  const key = builder.pendingKeyRange;
  if (key !== undefined) return [key.start, key.end];
  const from = builder.lastChildEnd;
  if (builder.openNode?.kind === 'sequence') {
    const dash = nextDash(text, from);
    if (dash !== -1) return [dash, dash + 1];
  }
  return [from, from];
}

/** The offset of the next `-` after `from`, skipping white space and comments; -1 if none. */
function nextDash(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x2d /* - */) return i;
    if (c === 0x23 /* # */) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return -1;
      i = eol + 1;
    } else if (isSpace(c)) i++;
    else return -1;
  }
  return -1;
}

/**
 * The offset of the `|` or `>` that opens a block scalar whose content starts at `contentStart`:
 * on the line before the content, the indicator followed only by its modifiers and a comment.
 */
function blockIndicator(text: string, contentStart: number): number {
  const headerEnd = contentStart > 0 && text.charCodeAt(contentStart - 1) === 0x0a ? contentStart - 1 : contentStart;
  const headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
  const header = text.slice(headerStart, headerEnd);
  const match = /[|>][-+1-9]{0,2}[ \t]*(?:#.*)?$/.exec(header);
  return match === null ? contentStart : headerStart + match.index;
}

/** The offset after the `]` or `}` closing the innermost open bracketed collection. */
function closingBracketEnd(text: string, builder: DocumentBuilder): number {
  const node = builder.openNode!;
  const closer = text.charCodeAt(node.start) === 0x5b ? 0x5d /* ] */ : 0x7d; /* } */
  let i = node.children!.length === 0 ? node.start + 1 : builder.lastChildEnd;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === closer) return i + 1;
    if (c === 0x23 /* # */ && i > 0 && isSpace(text.charCodeAt(i - 1))) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) break;
      i = eol;
    }
    i++;
  }
  return builder.lastChildEnd; // not reached for text the parser accepted
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

/** Where the second document of a stream starts: its `---`, or its first node. */
function secondDocumentProblem(text: string, builder: DocumentBuilder, events: readonly Event[], index: number): SourceProblem {
  const marker = /^---(?=[ \t\n]|$)/m;
  let after = builder.root?.end ?? 0;
  const first = events[0];
  if (builder.root === undefined && first?.type === EVENT_ID.DOCUMENT && first.explicitStart) {
    // The first document is empty but opened with its own ---: look past that one.
    const own = marker.exec(text);
    if (own !== null) after = own.index + 3;
  }
  const found = marker.exec(text.slice(after));
  let start = found === null ? -1 : after + found.index;
  if (start === -1) {
    const next = events[index + 1];
    if (next !== undefined && next.type === EVENT_ID.SCALAR && next.valueStart !== -1) start = next.valueStart;
    else if (next !== undefined && (next.type === EVENT_ID.MAPPING || next.type === EVENT_ID.SEQUENCE)) start = next.start;
    else start = after;
  }
  return {
    code: SOURCE_CODES.multipleDocuments,
    message: 'The file holds more than one YAML document; a contract file holds exactly one.',
    start,
    ...(found === null ? {} : { end: start + 3 }),
    path: [],
    hint: 'remove the --- line and what follows it, or put each document in its own file',
  };
}

/** Parser complaints that usually mean a quote or bracket above was left open. */
const OPEN_SYMPTOMS = [
  'deficient indentation',
  'unexpected end of the stream within',
  'unexpected end of the document within',
  'end of the stream or a document separator is expected',
  'bad indentation of a mapping entry',
  'bad indentation of a sequence entry',
];

const OPENER_NAMES = { '"': 'double quote', "'": 'single quote', '[': '[', '{': '{' } as const;
const CLOSER_NAMES = { '"': '"', "'": "'", '[': ']', '{': '}' } as const;

/** A problem for a js-yaml exception (or, should the parser ever fail otherwise, for that failure). */
function yamlParseProblem(error: unknown, text: string, limits: SourceLimits): SourceProblem {
  const mark = (error as { mark?: { position?: unknown } } | null)?.mark;
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === 'string' && mark !== undefined && typeof mark.position === 'number') {
    const start = Math.min(mark.position, text.length);
    if (OPEN_SYMPTOMS.some((symptom) => reason.startsWith(symptom))) {
      const opener = findUnclosedOpener(text, start);
      if (opener !== undefined) {
        const line = text.slice(0, opener.offset).split('\n').length;
        return {
          code: SOURCE_CODES.syntax,
          message: `This ${OPENER_NAMES[opener.char]} on line ${line} is never closed.`,
          start: opener.offset,
          path: [],
          hint: `add the closing ${CLOSER_NAMES[opener.char]}`,
          related: { message: 'the parser stopped here', start, end: start, path: [] },
        };
      }
    }
    const indentation = yamlIndentationProblem(text, reason, start);
    if (indentation !== undefined) return indentation;
    const { code, message, hint } = yamlSyntaxMessage(reason);
    const problem: SourceProblem = { code, message, start, path: [] };
    if (code === SOURCE_CODES.tooDeep) problem.message = `The document nests deeper than ${limits.maxDepth} levels.`;
    if (hint !== undefined) problem.hint = hint;
    return problem;
  }
  if (error instanceof RangeError) {
    return { code: SOURCE_CODES.tooDeep, message: 'The document nests too deeply to be read.', start: 0 };
  }
  return { code: SOURCE_CODES.syntax, message: `The YAML could not be read: ${error instanceof Error ? error.message : String(error)}.`, start: 0 };
}
