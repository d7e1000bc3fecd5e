import type { ReportFinding } from './check-report.js';
import { jsonPath } from './check-report.js';

/** FNV-1a, 64 bits, over UTF-16 code units, as 16 hex digits: small, pure and stable across platforms. */
function fnv1a64(text: string): string {
  // Two 32-bit halves, because JS bit operations are 32-bit: hash = (hash ^ c) × 0x100000001b3 mod 2^64.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // Multiply (hi, lo) by 0x00000100_000001b3.
    const loTimes = lo * 0x1b3;
    const carry = Math.floor(loTimes / 0x100000000);
    const newLo = loTimes >>> 0;
    hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/**
 * Stable fingerprints for a file's findings: a hash of the rule id, the file and the contract path
 * (never the line), so a finding keeps its identity when lines above it are added or removed. When
 * one rule reports twice at the same path, the second gets `:2` appended before hashing, the third
 * `:3`, in the order given.
 *
 * @example
 * ```ts
 * const [fp] = findingFingerprints('contracts/a.yaml', report.files[0].findings);
 * fp; // e.g. '3f0c9a1d2b4e5f60'
 * ```
 */
export function findingFingerprints(file: string, findings: readonly ReportFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.code}\u0000${file}\u0000${jsonPath(f.path)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return fnv1a64(n === 1 ? key : `${key}:${n}`);
  });
}
