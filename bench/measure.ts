// Shared timing helpers for the benchmarks: medians over repeated runs, never a single sample.

/** Runs `fn` `runs` times after `warmup` runs and returns each run's wall time in milliseconds. */
export function sample(fn: () => void, runs: number, warmup = Math.max(1, Math.floor(runs / 10))): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Formats milliseconds with a sensible number of digits. */
export function ms(value: number): string {
  return value < 0.01 ? `${(value * 1000).toFixed(2)} µs` : value < 10 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;
}
