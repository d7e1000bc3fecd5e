import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { addDays, type IsoDate } from '../time/index.js';
import { nameInstrument, type Deal, type Instrument } from './deal.js';
import { describePlace, placeInDeal, relatedPlace } from './deal-place.js';
import { buildContract, walkChain } from './consolidate.js';

function twoPlaces(d: Diagnostic, other: Instrument, message: string): Diagnostic {
  return { ...d, related: [relatedPlace(other.effectiveAt, message)] };
}

/**
 * Checks a deal's chain of instruments: nothing takes effect before the base agreement; no two
 * whole contracts take effect on one day; an amendment names (in `amends`) an instrument in force on
 * its date; each change applies to the terms it amends; two instruments of one day do not change the
 * same clause; the terms after every date are a valid contract; and the chain has no gap (an
 * instrument taking effect after the terms in force have ended). Each problem is located, and names
 * the second place it involves.
 */
export function checkChain(deal: Deal): Diagnostic[] {
  const out: Diagnostic[] = [];
  const base = deal.instruments.find((i) => i.kind === 'base');
  if (base === undefined) return out;
  const wholes = deal.instruments.filter((i) => i.contract !== undefined);
  for (const i of deal.instruments) {
    if (i !== base && i.effective < base.effective) {
      out.push(twoPlaces(placeInDeal(i.effectiveAt, { code: 'deal/before-base', severity: 'error', message: `${nameInstrument(i)} takes effect before the base agreement "${base.id}" does, on ${base.effective} (${describePlace(base.effectiveAt)}).`, hint: 'check both dates' }), base, 'the base agreement takes effect here'));
    }
  }
  for (let k = 1; k < wholes.length; k++) {
    const [a, b] = [wholes[k - 1]!, wholes[k]!];
    if (a.effective === b.effective) {
      out.push(twoPlaces(placeInDeal(b.effectiveAt, { code: 'deal/overlap', severity: 'error', message: `${nameInstrument(b)} and ${nameInstrument(a)} are both whole contracts taking effect on ${b.effective} (${describePlace(a.effectiveAt)}); which one is in force is not stated.`, hint: 'give the restatement its own effective date' }), a, 'the other whole contract'));
    }
  }
  for (const i of deal.instruments) {
    if (i.amends === undefined || i.amendment === undefined) continue;
    const at = { source: i.amendment.source, path: ['amends'] };
    const target = deal.instruments.find((t) => t.id === i.amends);
    if (target === undefined) {
      out.push(placeInDeal(at, { code: 'deal/unknown-instrument', severity: 'error', message: `${nameInstrument(i)} amends "${i.amends}", which is not an instrument of the deal.`, hint: `the instruments are ${deal.instruments.map((t) => t.id).join(', ')}` }));
      continue;
    }
    const inForce = [...wholes].reverse().find((w) => w.effective <= i.effective);
    const stillInForce = target === inForce || (target.contract === undefined && inForce !== undefined && target.effective >= inForce.effective && target.effective <= i.effective);
    if (!stillInForce) {
      const why = target.effective > i.effective ? `which takes effect only on ${target.effective}` : `which ${inForce ? `${nameInstrument(inForce)} replaced` : 'is not in force'} by then`;
      out.push(twoPlaces(placeInDeal(at, { code: 'deal/amends-superseded', severity: 'error', message: `${nameInstrument(i)} amends "${target.id}", ${why} (${describePlace(target.effectiveAt)}).`, hint: 'name the instrument in force on the amendment\'s date' }), target, 'the instrument named'));
    }
  }
  if (out.length > 0) return out;

  const seen = new Set<string>();
  const keep = (d: Diagnostic): void => {
    const key = `${d.file}:${d.range?.start.line}:${d.range?.start.column}:${d.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  };
  let ended: { end: IsoDate; from: Instrument } | undefined;
  for (const d of walkChain(deal, undefined, (version) => {
    if (ended !== undefined && version.date > ended.end) {
      for (const i of deal.instruments.filter((x) => x.effective === version.date)) {
        const contiguous = i.contract !== undefined && version.date === addDays(ended.end, 1);
        if (contiguous) continue;
        const message = i.contract !== undefined
          ? `The terms of ${nameInstrument(ended.from)} ended on ${ended.end}, and ${nameInstrument(i)} takes effect only on ${i.effective}: nothing is in force in between.`
          : `${nameInstrument(i)} changes terms that ended on ${ended.end} (${nameInstrument(ended.from)}).`;
        keep(twoPlaces(placeInDeal(i.effectiveAt, { code: i.contract !== undefined ? 'deal/gap' : 'deal/after-term', severity: 'error', message, hint: 'check the dates, or add the instrument that extended the term' }), ended.from, 'the terms that ended'));
      }
    }
    const built = buildContract(deal, version, version.date);
    if (!built.ok) for (const d of built.diagnostics) keep(d);
    else ended = { end: built.value.contract.contract.termEnd, from: version.terms.from };
  })) keep(d);
  return out;
}
