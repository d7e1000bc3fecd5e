// The contract editor: CodeMirror 6 with YAML highlighting, completion and hover help from the
// contract's JSON Schema, and fairlode's own diagnostics and rule findings in the lint gutter,
// re-checked 300 ms after the user stops typing.
import { autocompletion, completionKeymap, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic, SourcePosition } from '../../diagnostics/diagnostic.js';
import { cursorPlace, keyPathAt } from '../cursor-path.js';
import { keyHelp, keysAt, type KeyHelp, type SchemaNode } from '../schema-help.js';
import { h } from './element.js';

/** How long the editor waits after the last keystroke before checking the contract again. */
export const CHECK_DELAY_MS = 300;

/** What the editor needs from the page. */
export interface ContractEditorOptions {
  /** Where to put the editor. */
  readonly parent: HTMLElement;
  /** The text to start with. */
  readonly text: string;
  /** The contract JSON Schema, made on first use (it takes a moment, so not at start-up). */
  readonly schema: () => SchemaNode;
  /** Checks the text; its diagnostics are shown in the gutter. Called after each pause in typing. */
  readonly check: (text: string) => readonly Diagnostic[];
  /** Called with the key help at the cursor whenever the cursor moves (for the help region under the editor). */
  readonly onCursorHelp: (help: { path: string; help: KeyHelp | undefined } | undefined) => void;
}

/** The editor as the page uses it. */
export interface ContractEditor {
  /** The CodeMirror view. */
  readonly view: EditorView;
  /** The current text. */
  text(): string;
  /** Replaces the whole text (a new file or example). */
  setText(text: string): void;
  /** Moves the cursor to a 1-based line and column, scrolls there and focuses the editor. */
  goTo(position: SourcePosition): void;
}

/** The document offset of a 1-based line and column, clamped into the document. */
function offsetOf(doc: Text, p: SourcePosition): number {
  const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines));
  return Math.min(line.from + Math.max(p.column - 1, 0), line.to);
}

function toEditorDiagnostic(doc: Text, d: Diagnostic): EditorDiagnostic {
  const from = d.range === undefined ? 0 : offsetOf(doc, d.range.start);
  const to = d.range === undefined ? 0 : Math.max(from, offsetOf(doc, d.range.end));
  const where = d.range === undefined ? ' (the contract as a whole)' : '';
  const message = `${d.message}${where}${d.hint === undefined ? '' : ` ${d.hint}`}`;
  return { from, to, severity: d.severity, message, source: d.code };
}

function helpElement(name: string, help: KeyHelp): HTMLElement {
  return h(
    'div',
    { class: 'key-help' },
    h('strong', {}, name),
    help.required ? ' (required)' : '',
    help.description === undefined ? '' : h('p', {}, help.description),
    help.values.length === 0 ? '' : h('p', {}, `Allowed values: ${help.values.join(', ')}`),
  );
}

function completeFromSchema(schemaOf: () => SchemaNode) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const schema = schemaOf();
    const text = ctx.state.doc.toString();
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = text.slice(line.from, ctx.pos);
    // A value after `key: ` that the schema restricts to a list of values.
    const value = /([A-Za-z0-9_.-]+)\s*:\s+([A-Za-z0-9_.-]*)$/.exec(before);
    if (value) {
      const keyFrom = ctx.pos - value[0].length;
      const at = keyPathAt(text, keyFrom + 1);
      const help = at === undefined ? undefined : keyHelp(schema, at.path);
      if (help !== undefined && help.values.length > 0) {
        return { from: ctx.pos - value[2]!.length, options: help.values.map((v) => ({ label: v, type: 'enum' })), validFor: /^[A-Za-z0-9_.-]*$/ };
      }
    }
    const place = cursorPlace(text, ctx.pos);
    if (place.key === undefined || (place.key.prefix === '' && !ctx.explicit)) return null;
    const options: Completion[] = keysAt(schema, place.path).map((k) => ({
      label: k.name,
      type: 'property',
      ...(k.required ? { detail: 'required' } : {}),
      ...(k.description === undefined ? {} : { info: k.description }),
      apply: `${k.name}: `,
    }));
    return options.length === 0 ? null : { from: place.key.from, options, validFor: /^[A-Za-z0-9_.-]*$/ };
  };
}

/**
 * Creates the contract editor in `options.parent`.
 *
 * @example
 * ```ts
 * const editor = createContractEditor({ parent, text, schema: () => schema, check: (t) => checkContractText(t, 'c.yaml').findings, onCursorHelp });
 * ```
 */
export function createContractEditor(options: ContractEditorOptions): ContractEditor {
  const schema = options.schema;
  const hover = hoverTooltip((view, pos) => {
    const at = keyPathAt(view.state.doc.toString(), pos);
    const help = at === undefined ? undefined : keyHelp(schema(), at.path);
    if (at === undefined || help === undefined) return null;
    return { pos: at.from, end: at.to, above: true, create: () => ({ dom: helpElement(help.name, help) }) };
  });
  const cursorHelp = EditorView.updateListener.of((update) => {
    if (!update.selectionSet && !update.docChanged) return;
    const text = update.state.doc.toString();
    const pos = update.state.selection.main.head;
    const at = keyPathAt(text, pos);
    if (at !== undefined) {
      options.onCursorHelp({ path: at.path.join(' › '), help: keyHelp(schema(), at.path) });
      return;
    }
    const place = cursorPlace(text, pos);
    options.onCursorHelp(place.path.length === 0 ? undefined : { path: place.path.join(' › '), help: keyHelp(schema(), place.path) });
  });
  const state = EditorState.create({
    doc: options.text,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightActiveLine(),
      history(),
      indentOnInput(),
      bracketMatching(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      yaml(),
      EditorState.tabSize.of(2),
      lintGutter(),
      linter((view) => options.check(view.state.doc.toString()).map((d) => toEditorDiagnostic(view.state.doc, d)), { delay: CHECK_DELAY_MS }),
      autocompletion({ override: [completeFromSchema(schema)] }),
      hover,
      cursorHelp,
      // Tab is left to the browser, so keyboard users can leave the editor; indent with spaces.
      keymap.of([...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
      EditorView.contentAttributes.of({ 'aria-label': 'Contract YAML', 'aria-describedby': 'editor-help' }),
      EditorView.lineWrapping,
    ],
  });
  const view = new EditorView({ state, parent: options.parent });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } }),
    goTo: (position) => {
      const at = offsetOf(view.state.doc, position);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
  };
}
