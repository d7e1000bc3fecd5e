/**
 * The stable codes of the diagnostics that {@link parseSource} reports. They never change meaning;
 * new codes may be added.
 *
 * | code | when | where it points |
 * |---|---|---|
 * | `source/empty` | the document is empty, or holds only whitespace and comments | line 1, column 1 |
 * | `source/syntax` | the text is not valid YAML (or JSON, for `.json` files); the parser's message is rewritten as one plain sentence | where the parser stopped; for an unclosed JSON `{` or `[`, `related` points at the opening bracket |
 * | `source/duplicate-key` | a mapping has the same key twice | the second key; `related` points at the first |
 * | `source/too-large` | the text is over `maxBytes` (UTF-8), or holds more than `maxNodes` values | line 1, column 1, or the value that went over |
 * | `source/too-deep` | collections nest deeper than `maxDepth` levels (the root mapping is level 1), also through aliases | the first collection too deep, in YAML (block or flow) as in JSON, however far the nesting runs on |
 * | `source/alias-limit` | more than `maxAliases` aliases, aliases that expand to more than `maxNodes` values ("billion laughs"), or an alias to the node that contains it | the alias |
 * | `source/custom-tag` | any explicit tag: `!include`, `!!python/object`, and the standard `!!str`, `!!int`, ... too | the tag |
 * | `source/merge-key` | a `<<` merge key: it makes a mapping mean something other than what it says | the `<<` key |
 * | `source/multiple-documents` | the stream holds more than one YAML document (`---` separators) | the second document's `---` |
 * | `source/binary` | the text contains NUL bytes, control characters or invalid UTF-8 (U+FFFD) | the first such character |
 * | `source/complex-key` | a mapping key is not a plain piece of text (a list, a mapping or an alias used as a key) | the key |
 * | `source/undefined-alias` | an alias `*name` refers to no anchor `&name` before it | the alias |
 *
 * Whether the root is a mapping is the contract loader's business (`contract/not-a-mapping`), not
 * this layer's.
 */
export const SOURCE_CODES = {
  /** The document is empty, or holds only whitespace and comments. */
  empty: 'source/empty',
  /** The text is not valid YAML or JSON. */
  syntax: 'source/syntax',
  /** A mapping has the same key twice. */
  duplicateKey: 'source/duplicate-key',
  /** The text is over the byte limit, or holds more values than the node limit. */
  tooLarge: 'source/too-large',
  /** Collections nest deeper than the depth limit. */
  tooDeep: 'source/too-deep',
  /** Too many aliases, or aliases that expand to too many values, or a recursive alias. */
  aliasLimit: 'source/alias-limit',
  /** An explicit tag such as `!include` or `!!str`. */
  customTag: 'source/custom-tag',
  /** A `<<` merge key. */
  mergeKey: 'source/merge-key',
  /** More than one YAML document in the stream. */
  multipleDocuments: 'source/multiple-documents',
  /** The file is not text. */
  binary: 'source/binary',
  /** A mapping key that is not a plain piece of text. */
  complexKey: 'source/complex-key',
  /** An alias that refers to no anchor defined before it. */
  undefinedAlias: 'source/undefined-alias',
} as const;

/** One of the {@link SOURCE_CODES}. */
export type SourceCode = (typeof SOURCE_CODES)[keyof typeof SOURCE_CODES];
