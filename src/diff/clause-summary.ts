import type { PathSegment } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';

type Plain = Record<string, unknown>;

const BASES: Record<string, string> = {
  'gross-revenue': 'gross revenue',
  'net-smelter-return': 'net smelter return',
  quantity: 'quantity sold',
  royalty: 'the royalty',
  'net-profit': 'net profit',
};

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** A percentage string's value, for ordering band rates; undefined when it is not one. */
function percentValue(rate: string): Decimal | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(rate);
  return m ? new Decimal(m[1]!) : undefined;
}

/** `4%–10%` for the lowest and highest of a list of rates, or the one rate. */
function rateRange(rates: readonly string[]): string {
  const known = rates.map((r) => ({ r, v: percentValue(r) })).filter((x): x is { r: string; v: Decimal } => x.v !== undefined);
  if (known.length === 0) return rates.join(', ');
  const sorted = [...known].sort((a, b) => a.v.comparedTo(b.v));
  const lo = sorted[0]!.r.trim();
  const hi = sorted[sorted.length - 1]!.r.trim();
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** The rate of a royalty in words: `5%`, `5% from 2026-01-01, 6% from 2030-01-01`, `15 USD/t`, `incremental bands 4%–10%`. */
function royaltyRate(c: Plain): string | undefined {
  if (typeof c.rate === 'string') return c.rate;
  if (Array.isArray(c.rate)) return c.rate.map((s) => `${text((s as Plain).rate) ?? '?'} from ${text((s as Plain).from) ?? '?'}`).join(', ');
  if (typeof c.perUnit === 'string') return `${c.perUnit} sold`;
  const sliding = c.sliding as Plain | undefined;
  if (sliding && Array.isArray(sliding.bands)) {
    const rates = sliding.bands.map((b) => text((b as Plain).rate)).filter((r): r is string => r !== undefined);
    return `${text(sliding.mode) ?? 'sliding'} bands ${rateRange(rates)}`;
  }
  return undefined;
}

function ofBase(c: Plain, fallback = 'gross-revenue'): string {
  const base = text(c.base) ?? fallback;
  return BASES[base] ?? base;
}

/** What a clause is, in a lawyer's words: "royalty on copper", "income tax", "community fund \"trust-fund\"". */
export function clauseSubject(path: readonly PathSegment[], clause: Readonly<Record<string, unknown>>): string {
  const [section, list] = path;
  const id = text(clause.id) ?? '';
  if (section === 'revenue') {
    if (list === 'royalties') return `royalty on ${text(clause.commodity) ?? 'the commodity'}`;
    if (list === 'incomeTax') return 'income tax';
    if (list === 'priceParticipation') return `windfall share on ${text(clause.commodity) ?? 'the commodity'}`;
    if (list === 'communityFunds') return `community fund "${id}"`;
    if (list === 'fees') return `fee "${id}"`;
    if (list === 'bonuses') return `bonus "${id}"`;
    if (list === 'governmentShares') return `government share "${id}"`;
    if (list === 'netSmelterReturn') return 'net smelter return';
  }
  if (section === 'parties') return `party "${id}"`;
  if (section === 'commodities') return `commodity "${id}"`;
  const last = [...path].reverse().find((s): s is string => typeof s === 'string') ?? String(section);
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words} "${id}"`;
}

/**
 * A clause's terms in one phrase, for the kinds whose terms fit one: a royalty's rate and base
 * ("5% of gross revenue", "incremental bands 4%–10% of gross revenue"), a tax's rate, a fund's
 * rate and base. Undefined for other clauses: the diff lists their fields instead.
 */
export function clauseSummary(path: readonly PathSegment[], clause: Readonly<Record<string, unknown>>): string | undefined {
  const [section, list] = path;
  if (section !== 'revenue') return undefined;
  if (list === 'royalties') {
    const rate = royaltyRate(clause);
    if (rate === undefined) return undefined;
    return typeof clause.perUnit === 'string' ? rate : `${rate} of ${ofBase(clause)}`;
  }
  if (list === 'incomeTax' && typeof clause.rate === 'string') return `${clause.rate} of taxable income`;
  if (list === 'communityFunds' && typeof clause.rate === 'string') return `${clause.rate} of ${ofBase(clause)}${typeof clause.payee === 'string' ? `, to ${clause.payee}` : ''}`;
  if (list === 'priceParticipation' && typeof clause.rate === 'string') return `${clause.rate}${typeof clause.thresholdPrice === 'string' ? ` of revenue above ${clause.thresholdPrice}` : ''}`;
  return undefined;
}

/** A value as one short piece of text: scalars as written, lists and mappings compactly. */
export function valueText(v: unknown): string {
  if (v === undefined) return '(none)';
  if (v === null) return 'null';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(valueText).join(', ')}]`;
  return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${valueText(x)}`).join(', ')} }`;
}
