import { NOT_RESOLVED, boolCoreTag, floatCoreTag, intCoreTag, nullCoreTag, type ScalarTagDefinition } from 'js-yaml';

// YAML 1.2 core schema, in its order of precedence: null, bool, int, float; anything else is a
// string. So `2027-06-30`, `yes`, `on` and `1_000` stay strings, and only `true`/`false` (any case
// style the spec allows) are booleans. The resolvers are js-yaml's own public core tags; they are
// looked up by first character, as js-yaml does, so most words never reach a regular expression.
const CORE_TAGS: readonly ScalarTagDefinition[] = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];

const byFirstCharacter = new Map<string, ScalarTagDefinition[]>();
for (const tag of CORE_TAGS) {
  for (const first of tag.implicitFirstChars ?? []) {
    const list = byFirstCharacter.get(first) ?? [];
    list.push(tag);
    byFirstCharacter.set(first, list);
  }
}
// A tag without a first-character hint would have to be tried on every scalar.
const anyFirstCharacter = CORE_TAGS.filter((tag) => tag.implicitFirstChars === null);

/**
 * The value of an unquoted (plain) YAML scalar under the YAML 1.2 core schema: `null`, a boolean, a
 * number, or the text itself.
 *
 * @example
 * ```ts
 * resolvePlainScalar('0.10');       // 0.1
 * resolvePlainScalar('2027-06-30'); // '2027-06-30'
 * resolvePlainScalar('yes');        // 'yes'
 * resolvePlainScalar('~');          // null
 * ```
 */
export function resolvePlainScalar(source: string): unknown {
  const candidates = byFirstCharacter.get(source.charAt(0));
  if (candidates !== undefined) {
    for (const tag of candidates) {
      const value = tag.resolve(source, false, tag.tagName);
      if (value !== NOT_RESOLVED) return value;
    }
  }
  for (const tag of anyFirstCharacter) {
    const value = tag.resolve(source, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value;
  }
  return source;
}
