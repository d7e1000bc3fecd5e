// A bounded pool for file work: reads overlap while each file is handled as soon as it is read.

/**
 * Runs `task` on every item with at most `limit` running at once, keeping the results in the
 * items' order.
 *
 * @example
 * ```ts
 * const sizes = await mapConcurrently(['a.yaml', 'b.yaml'], 8, async (f) => f.length);
 * console.log(sizes); // [6, 6]
 * ```
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
