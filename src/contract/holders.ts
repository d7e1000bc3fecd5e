/**
 * The parties that hold one holding of equity: its `party`, or its `parties` in equal parts.
 *
 * @example
 * ```ts
 * holdersOf({ party: 'soe' });                    // ['soe']
 * holdersOf({ parties: ['fwo', 'gop', 'gob'] });  // ['fwo', 'gop', 'gob']
 * ```
 */
export function holdersOf(holding: { readonly party?: string | undefined; readonly parties?: readonly string[] | undefined }): readonly string[] {
  return holding.parties ?? (holding.party === undefined ? [] : [holding.party]);
}
