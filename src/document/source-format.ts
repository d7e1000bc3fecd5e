/** The two syntaxes a contract file may be written in. */
export type SourceFormat = 'yaml' | 'json';

/**
 * The format of a file by its name: `.json` (any case) is JSON; anything else is YAML, which also
 * reads JSON-like text.
 *
 * @example
 * ```ts
 * formatFromFileName('contracts/deal.JSON'); // 'json'
 * formatFromFileName('deal.yml');            // 'yaml'
 * ```
 */
export function formatFromFileName(name: string): SourceFormat {
  return /\.json$/i.test(name) ? 'json' : 'yaml';
}
