import { readSource } from '../contract/load-contract.js';

/** What a named file that is not a contract turned out to be, and the command that reads it. */
export interface OtherDocument {
  /** What it is, as a noun phrase: `a period actuals file (2027-Q1 of chagai-partnership)`. */
  readonly what: string;
  /** How to read it instead: `read it with \`fairlode payout <contract> <actuals>\``. */
  readonly instead: string;
}

function has(value: Record<string, unknown>, ...keys: string[]): boolean {
  return keys.every((k) => Object.hasOwn(value, k));
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/**
 * Recognises the other documents fairlode reads or writes from their top-level keys: period actuals
 * (`contract` and `period`), a life-of-mine plan (`contract` and `periods`), a config, a compliance
 * profile, and the JSON that `check`, `payout`, `track`, `eiti`, `analyse` and `schema` write.
 * Returns undefined for anything else, which is then read as a (possibly broken) contract. The
 * document is parsed with the loaders' limits, so a hostile file costs no more than loading it.
 */
export function recogniseOtherDocument(source: string, filename: string): OtherDocument | undefined {
  const read = readSource(source, { filename });
  if (!read.ok) return undefined;
  const v = read.value.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const doc = v as Record<string, unknown>;
  const contract = text(doc.contract);
  if (contract !== undefined && has(doc, 'period')) {
    return { what: `a period actuals file (${text(doc.period) ?? 'a period'} of the contract ${contract})`, instead: 'read it with `fairlode payout <contract> <actuals>` (or track, eiti, explain, report --actuals)' };
  }
  if (contract !== undefined && has(doc, 'periods')) {
    return { what: `a life-of-mine plan (for the contract ${contract})`, instead: 'read it with `fairlode analyse <contract> <plan>` or `fairlode report <contract> --plan <plan>`' };
  }
  if (has(doc, 'files', 'summary')) return { what: 'the JSON output of `fairlode check`', instead: 'it is a report, not an input; check the contracts it names' };
  if (has(doc, 'statements')) return { what: 'the JSON output of `fairlode payout`', instead: 'it is a report, not an input; check the contract it was computed from' };
  if (has(doc, 'obligations', 'asOf')) return { what: 'the JSON output of `fairlode track`', instead: 'it is a report, not an input; check the contract it was computed from' };
  if (has(doc, 'year', 'rows')) return { what: 'the JSON output of `fairlode eiti`', instead: 'it is a report, not an input; `fairlode reconcile` reads its CSV form' };
  if (has(doc, 'metrics', 'plan')) return { what: 'the JSON output of `fairlode analyse`', instead: 'it is a report, not an input; check the contract it was computed from' };
  if (has(doc, 'runs', 'version')) return { what: 'a SARIF report', instead: 'it is a report, not an input; upload it to code scanning' };
  if (has(doc, '$schema', 'properties')) return { what: 'a JSON Schema', instead: 'point your editor at it; it is not a contract' };
  if (/(^|\/)fairlode\.config\.(ya?ml|json)$/i.test(filename) || has(doc, 'contracts') || has(doc, 'overrides')) {
    return { what: 'a fairlode config file', instead: 'fairlode check finds it by itself, or give it with --config' };
  }
  if (has(doc, 'rules') && !has(doc, 'fairlode')) return { what: 'a compliance profile', instead: 'use it with `fairlode check --profile <file>`' };
  return undefined;
}
