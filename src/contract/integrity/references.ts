import type { PathSegment } from '../../diagnostics/diagnostic.js';
import { closestName } from '../../diagnostics/closest-name.js';
import type { ContractTerms } from '../contract.js';
import type { ClauseEntry } from './clause-index.js';
import type { IntegrityProblem } from './integrity-problem.js';

type Ref = { id: string; path: PathSegment[] };

/** Every place the contract names a party, with its path. */
function partyReferences(c: ContractTerms): Ref[] {
  const refs: Ref[] = [];
  const add = (id: string | undefined, path: PathSegment[]) => {
    if (id !== undefined) refs.push({ id, path });
  };
  c.ownership.forEach((h, i) => {
    add(h.party, ['ownership', i, 'party']);
    h.parties?.forEach((p, j) => add(p, ['ownership', i, 'parties', j]));
    h.carried?.by.forEach((b, j) => (typeof b === 'string' ? add(b, ['ownership', i, 'carried', 'by', j]) : add(b.party, ['ownership', i, 'carried', 'by', j, 'party'])));
  });
  const r = c.revenue;
  r.royalties.forEach((x, i) => add(x.payee, ['revenue', 'royalties', i, 'payee']));
  r.priceParticipation.forEach((x, i) => add(x.payee, ['revenue', 'priceParticipation', i, 'payee']));
  r.communityFunds.forEach((x, i) => add(x.payee, ['revenue', 'communityFunds', i, 'payee']));
  r.bonuses.forEach((x, i) => {
    add(x.payer, ['revenue', 'bonuses', i, 'payer']);
    add(x.payee, ['revenue', 'bonuses', i, 'payee']);
  });
  r.withholdingTaxes.forEach((x, i) => add(x.payee, ['revenue', 'withholdingTaxes', i, 'payee']));
  r.benefitSharing.forEach((x, i) => {
    x.state.forEach((p, j) => add(p, ['revenue', 'benefitSharing', i, 'state', j]));
    add(x.payer, ['revenue', 'benefitSharing', i, 'payer']);
  });
  r.fees.forEach((x, i) => {
    add(x.payer, ['revenue', 'fees', i, 'payer']);
    add(x.payee, ['revenue', 'fees', i, 'payee']);
  });
  r.minimumPayments.forEach((x, i) => {
    x.state?.forEach((p, j) => add(p, ['revenue', 'minimumPayments', i, 'state', j]));
    add(x.payer, ['revenue', 'minimumPayments', i, 'payer']);
    add(x.payee, ['revenue', 'minimumPayments', i, 'payee']);
  });
  add(r.incomeTax?.payee, ['revenue', 'incomeTax', 'payee']);
  r.governmentShares.forEach((g, i) => Object.keys(g.split).forEach((p) => add(p, ['revenue', 'governmentShares', i, 'split', p])));
  const jp = c.exploration?.jointProgramme;
  add(jp?.hostEntity, ['exploration', 'jointProgramme', 'hostEntity']);
  add(jp?.foreignPartner, ['exploration', 'jointProgramme', 'foreignPartner']);
  c.exploration?.geodata.forEach((g, i) => add(g.recipient, ['exploration', 'geodata', i, 'recipient']));
  const cm = c.community;
  cm?.developmentAgreement?.parties.forEach((p, i) => add(p, ['community', 'developmentAgreement', 'parties', i]));
  add(cm?.developmentAgreement?.penalty?.payee, ['community', 'developmentAgreement', 'penalty', 'payee']);
  cm?.employment.forEach((e, i) => add(e.penalty?.payee, ['community', 'employment', i, 'penalty', 'payee']));
  cm?.training.forEach((t, i) => add(t.penalty?.payee, ['community', 'training', i, 'penalty', 'payee']));
  add(c.processing?.rawExport?.payee, ['processing', 'rawExport', 'payee']);
  c.relatedParties?.shareholderLoans?.forEach((l, i) => l.lenders.forEach((x, j) => add(x.party, ['relatedParties', 'shareholderLoans', i, 'lenders', j, 'party'])));
  c.governance?.beneficialOwners.forEach((b, i) => add(b.of, ['governance', 'beneficialOwners', i, 'of']));
  c.governance?.paymentAccounts.forEach((a, i) => add(a.payee, ['governance', 'paymentAccounts', i, 'payee']));
  return refs;
}

/** Every place the contract names a commodity. */
function commodityReferences(c: ContractTerms): Ref[] {
  return [
    ...c.revenue.royalties.map((x, i) => ({ id: x.commodity, path: ['revenue', 'royalties', i, 'commodity'] as PathSegment[] })),
    ...c.revenue.priceParticipation.map((x, i) => ({ id: x.commodity, path: ['revenue', 'priceParticipation', i, 'commodity'] as PathSegment[] })),
    ...c.revenue.minimumPayments.flatMap((x, i) => (x.unlessPriceBelow === undefined ? [] : [{ id: x.unlessPriceBelow.commodity, path: ['revenue', 'minimumPayments', i, 'unlessPriceBelow', 'commodity'] as PathSegment[] }])),
    ...c.revenue.fees.flatMap((x, i) => (x.onlyIfPriceAbove === undefined ? [] : [{ id: x.onlyIfPriceAbove.commodity, path: ['revenue', 'fees', i, 'onlyIfPriceAbove', 'commodity'] as PathSegment[] }])),
    ...(c.processing?.commitments ?? []).map((x, i) => ({ id: x.commodity, path: ['processing', 'commitments', i, 'commodity'] as PathSegment[] })),
  ];
}

/** Clause references, each with the sections (and thereby kinds) of clause it may name. */
function clauseReferences(c: ContractTerms): (Ref & { kinds: string[]; what: string })[] {
  const receipts = ['royalties', 'priceParticipation', 'incomeTax', 'bonuses'];
  const refs: (Ref & { kinds: string[]; what: string })[] = [];
  c.revenue.governmentShares.forEach((g, i) => refs.push({ id: g.of, path: ['revenue', 'governmentShares', i, 'of'], kinds: receipts, what: 'a royalty, price participation, income tax or bonus clause' }));
  c.revenue.communityFunds.forEach((f, i) => {
    if (f.of !== undefined) refs.push({ id: f.of, path: ['revenue', 'communityFunds', i, 'of'], kinds: ['royalties'], what: 'a royalty clause' });
  });
  // A penalty's higher rate names the royalty or community fund whose rate rises.
  const rated = 'a royalty or community fund clause';
  const rateOf = (p: { rateIncrease?: { of: string } | undefined } | undefined, path: PathSegment[]) => {
    if (p?.rateIncrease !== undefined) refs.push({ id: p.rateIncrease.of, path: [...path, 'penalty', 'rateIncrease', 'of'], kinds: ['royalties', 'communityFunds'], what: rated });
  };
  rateOf(c.community?.developmentAgreement?.penalty, ['community', 'developmentAgreement']);
  c.community?.employment.forEach((e, i) => rateOf(e.penalty, ['community', 'employment', i]));
  c.community?.training.forEach((t, i) => rateOf(t.penalty, ['community', 'training', i]));
  const fund = c.community?.developmentAgreement?.fund;
  if (fund !== undefined) refs.push({ id: fund, path: ['community', 'developmentAgreement', 'fund'], kinds: ['communityFunds'], what: 'a community fund clause' });
  return refs;
}

/**
 * References must resolve: to a declared party, a declared commodity, or a clause of the right kind.
 * Each problem names the reference; an unknown name gets a did-you-mean.
 */
export function checkReferences(c: ContractTerms, clauses: readonly ClauseEntry[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const partyIds = c.parties.map((p) => p.id);
  const parties = new Set(partyIds);
  for (const ref of partyReferences(c)) {
    if (parties.has(ref.id)) continue;
    const guess = closestName(ref.id, partyIds, 2);
    problems.push({ code: 'contract/unknown-party', message: `"${ref.id}" is not a party of this contract.`, path: ref.path, hint: guess ? `did you mean "${guess}"?` : 'declare it under "parties"' });
  }
  const commodityIds = c.commodities.map((x) => x.id);
  for (const ref of commodityReferences(c)) {
    if (commodityIds.includes(ref.id)) continue;
    const guess = closestName(ref.id, commodityIds, 2);
    problems.push({ code: 'contract/unknown-commodity', message: `"${ref.id}" is not a commodity of this contract.`, path: ref.path, hint: guess ? `did you mean "${guess}"?` : 'declare it under "commodities"' });
  }
  // The first definition wins; a duplicated id is reported by checkUniqueIds, not here.
  const byId = new Map<string, ClauseEntry>();
  const duplicated = new Set<string>();
  for (const e of clauses) {
    if (byId.has(e.id)) duplicated.add(e.id);
    else byId.set(e.id, e);
  }
  for (const ref of clauseReferences(c)) {
    const target = byId.get(ref.id);
    if (!target) {
      const guess = closestName(ref.id, byId.keys(), Math.max(2, Math.floor(ref.id.length / 3)));
      problems.push({ code: 'contract/unknown-clause', message: `No clause has the id "${ref.id}".`, path: ref.path, hint: guess ? `did you mean "${guess}"?` : `name ${ref.what}` });
    } else if (!duplicated.has(ref.id) && !ref.kinds.includes(String(target.path[1]))) {
      problems.push({
        code: 'contract/wrong-clause-kind',
        message: `"${ref.id}" is not ${ref.what}.`,
        path: ref.path,
        related: { message: `"${ref.id}" is defined here`, path: [...target.path] },
      });
    }
  }
  // A bonus due within days of an event names the clause (or milestone) the actuals report it for.
  c.revenue.bonuses.forEach((b, i) => {
    const event = typeof b.within?.of === 'object' ? b.within.of.event : undefined;
    if (event === undefined || byId.has(event)) return;
    const guess = closestName(event, byId.keys(), Math.max(2, Math.floor(event.length / 3)));
    problems.push({ code: 'contract/unknown-clause', message: `No clause has the id "${event}".`, path: ['revenue', 'bonuses', i, 'within', 'of', 'event'], hint: guess ? `did you mean "${guess}"?` : 'name the clause or milestone whose event starts the count' });
  });
  return problems;
}
