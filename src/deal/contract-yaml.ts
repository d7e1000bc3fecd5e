import type { PathSegment } from '../diagnostics/diagnostic.js';

/** A comment to write above the entry at a path, or undefined. */
export type CommentAt = (path: readonly PathSegment[]) => string | undefined;

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function scalar(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return 'null';
}

function key(k: string): string {
  return PLAIN_KEY.test(k) ? k : JSON.stringify(k);
}

function isEmpty(v: unknown): boolean {
  return v !== null && typeof v === 'object' && Object.keys(v).length === 0;
}

/** A comment's text on one line, each line of it prefixed with `#`. */
function commentLines(text: string, indent: string): string {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((l) => `${indent}# ${l}\n`).join('');
}

/**
 * Writes a plain contract value (objects, lists, strings, numbers, booleans, null) as YAML that
 * fairlode's loader reads back to the same value: strings double-quoted as JSON writes them, keys
 * plain when they are simple names, block style throughout, and a comment above any entry for
 * which `comment` returns one (the consolidated contract says there which instrument set a clause).
 *
 * @example
 * ```ts
 * writeContractYaml({ fairlode: 1, id: 'x', term: { years: 25 } });
 * // 'fairlode: 1\nid: "x"\nterm:\n  years: 25\n'
 * ```
 */
export function writeContractYaml(value: Record<string, unknown>, comment: CommentAt = () => undefined): string {
  let out = '';
  const path: PathSegment[] = [];
  const block = (v: unknown, indent: string): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        path.push(i);
        const c = comment(path);
        if (c !== undefined) out += commentLines(c, indent);
        if (item !== null && typeof item === 'object' && !isEmpty(item)) {
          // The first entry of the item goes on the dash's line, the rest below it.
          const mark = out.length;
          block(item, `${indent}  `);
          out = `${out.slice(0, mark)}${indent}- ${out.slice(mark + indent.length + 2)}`;
        } else out += `${indent}- ${isEmpty(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}\n`;
        path.pop();
      });
      return;
    }
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      path.push(k);
      const c = comment(path);
      if (c !== undefined) out += commentLines(c, indent);
      if (child !== null && typeof child === 'object' && !isEmpty(child)) {
        out += `${indent}${key(k)}:\n`;
        block(child, `${indent}  `);
      } else out += `${indent}${key(k)}: ${isEmpty(child) ? (Array.isArray(child) ? '[]' : '{}') : scalar(child)}\n`;
      path.pop();
    }
  };
  block(value, '');
  return out;
}
