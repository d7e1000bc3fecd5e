// A country as the report names it: "Namibia", not its ISO code "NA", which a reader takes for
// "not available". Names come from the Unicode CLDR data every JavaScript engine ships, in a fixed
// English locale so the report does not depend on the machine's language.

let names: Intl.DisplayNames | undefined | null;

/**
 * The English name of an ISO 3166-1 alpha-2 country code (`NA` → `Namibia`, `PK` → `Pakistan`),
 * or the code itself when the engine knows no name for it.
 *
 * @example
 * ```ts
 * countryName('NA'); // 'Namibia'
 * ```
 */
export function countryName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
  }
  if (names === null || !/^[A-Z]{2}$/.test(code)) return code;
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
