// Finds the name a user most likely meant, for "did you mean …?" hints, wherever a name is looked
// up (currencies, units, keys, parties, rules). Internal: not re-exported.
//
// The work is bounded whatever the input: a candidate whose length differs from the input's by more
// than the allowed distance is never compared (the distance is at least the difference), and the
// comparison stops as soon as every cell of a row exceeds the allowed distance. A 2 MB key thus
// costs one length check per candidate, not a 2 MB × 20 table (issue 13: 81 s and 1.86 GB before).

/**
 * Edit distance (Levenshtein, with adjacent transpositions counted as one edit), or `max + 1` as
 * soon as it is known to exceed `max`. Without `max` the exact distance. Only the diagonal band of
 * width `2 × max + 1` is computed, so the cost is O(length × max), never length².
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const limit = Math.min(max, Math.max(a.length, b.length));
  const over = limit + 1;
  const width = b.length + 1;
  const rows = scratchRows(width, over);
  let twoBack = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    // The buffer holds a row from three rows back: only the cell left of the band is read stale.
    if (from > 1) current[from - 1] = over;
    current[0] = i <= limit ? i : over;
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = previous[j - 1]! + (ai === bj ? 0 : 1);
      const deletion = previous[j]! + 1;
      if (deletion < d) d = deletion;
      const insertion = current[j - 1]! + 1;
      if (insertion < d) d = insertion;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const transposition = twoBack[j - 2]! + 1;
        if (transposition < d) d = transposition;
      }
      if (d > over) d = over;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later cell is at least the smaller minimum of the last two rows (a transposition reaches
    // back two rows): once both are over the limit, nothing below can come back under it.
    if (rowMin > limit && previousMin > limit) return max + 1;
    previousMin = rowMin;
    const spare = twoBack;
    twoBack = previous;
    previous = current;
    current = spare;
  }
  const d = previous[b.length]!;
  return d > limit ? max + 1 : d;
}

/** Three rows of at least `width` cells, filled with `over`; reused between calls, as most names are short. */
let scratch: [number[], number[], number[]] = [[], [], []];
function scratchRows(width: number, over: number): [number[], number[], number[]] {
  if (width > 256) return [new Array<number>(width).fill(over), new Array<number>(width).fill(over), new Array<number>(width).fill(over)];
  if (scratch[0].length < width) scratch = [new Array<number>(width), new Array<number>(width), new Array<number>(width)];
  for (const row of scratch) row.fill(over, 0, width);
  return scratch;
}

/**
 * The candidate closest to `input` (case-insensitively) within `maxDistance` edits, or undefined.
 * Ties go to the candidate listed first, so hints are deterministic.
 */
export function closestName(input: string, candidates: Iterable<string>, maxDistance = 1): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    // Only a strictly better candidate can replace the best, so search within one edit less.
    const d = editDistance(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
