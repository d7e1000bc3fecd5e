import type { z } from 'zod';
import type { PathSegment } from '../diagnostics/diagnostic.js';
import { exactValueKinds, type ExactValueKind } from './exact-values.js';

// Reads the structure of our own zod schemas to explain an issue: which keys an object allows,
// which options an enum has, which exact-value kind a leaf reads. Only the wrappers our schemas
// use are handled; anything else simply yields no hint.

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips optional, default, pipe and similar wrappers, stopping at a registered exact-value leaf. */
function unwrapSchema(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    if (exactValueKinds.has(s)) return s;
    const def = defOf(s);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return s;
    s = next;
  }
  return s;
}

/** The schema at `path` under `root`, or undefined where the path leaves the schema. */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrapSchema(root);
  for (const seg of path) {
    if (!s) return undefined;
    s = childSchema(s, seg);
    if (s) s = unwrapSchema(s);
  }
  return s;
}

function childSchema(s: z.ZodType, seg: PathSegment): z.ZodType | undefined {
  const def = defOf(s);
  switch (def.type) {
    case 'object':
      return typeof seg === 'string' ? def.shape?.[seg] : undefined;
    case 'array':
      return typeof seg === 'number' ? def.element : undefined;
    case 'record':
      return def.valueType;
    case 'union':
      for (const option of def.options ?? []) {
        const c = childSchema(unwrapSchema(option), seg);
        if (c) return c;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The keys an object schema allows, in declared order (empty if not an object or union of objects). */
export function allowedKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrapSchema(schema));
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'union') return [...new Set((def.options ?? []).flatMap((o) => allowedKeys(o)))];
  return [];
}

/** The exact-value kind a leaf schema reads, if it is one. */
export function exactKindOf(schema: z.ZodType | undefined): ExactValueKind | undefined {
  if (!schema) return undefined;
  const s = unwrapSchema(schema);
  const direct = exactValueKinds.get(s);
  if (direct) return direct;
  const def = defOf(s);
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const k = exactValueKinds.get(unwrapSchema(option));
      if (k) return k;
    }
  }
  return undefined;
}
