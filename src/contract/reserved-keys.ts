import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';
import { placeAt } from './placement.js';

/**
 * Keys that name a JavaScript object's machinery, not data. In a map (a government split, the
 * actuals' `fx`) a validator built on plain objects drops `__proto__` without a word and may read
 * `constructor` as something it is not; they are reported instead, wherever they appear.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a path passes through a reserved key. */
export function throughReservedKey(path: readonly PathSegment[]): boolean {
  return path.some((segment) => typeof segment === 'string' && RESERVED_KEYS.has(segment));
}

/**
 * A located error for every reserved key in a document, in document order: code
 * `contract/reserved-key`, placed on the key itself.
 */
export function reservedKeyDiagnostics(source: SourceDocument): Diagnostic[] {
  const found: Diagnostic[] = [];
  const path: PathSegment[] = [];
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      if (RESERVED_KEYS.has(key)) {
        found.push(placeAt(source, path, {
          code: 'contract/reserved-key',
          severity: 'error',
          message: `"${key}" cannot be used as a key: it names part of how programs store objects, not data, and could be dropped or misread.`,
          hint: 'rename the key; if it is an id, choose another id',
        }, true));
      } else walk((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  walk(source.value);
  return found;
}
