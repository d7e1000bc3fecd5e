import type { ContractDiff, TermChange } from '../diff/index.js';
import { moneyToString } from '../money/index.js';
import { escapeHtml } from './escape-html.js';

function phrase(t: TermChange): string {
  if (t.kind === 'added') return t.after ?? '';
  if (t.kind === 'removed') return t.before ?? '';
  if (t.before !== undefined && t.after !== undefined && t.before !== t.after) return `${t.before} → ${t.after}`;
  return t.fields.map((f) => `${f.field}: ${f.before ?? '(none)'} → ${f.after ?? '(none)'}`).join('; ');
}

/**
 * The report's "What changed" section, from a diff of the contract against earlier terms: the terms
 * added, removed or changed in words, the scores that moved, and, when the diff has payouts, what
 * each party receives in total before and after. Every piece of contract text is escaped.
 */
export function changesSection(d: ContractDiff): string {
  const terms = d.terms.length === 0
    ? '<p>The terms are the same.</p>'
    : `<table><caption>Terms, clause by clause</caption><thead><tr><th scope="col">change</th><th scope="col">clause</th><th scope="col">what</th></tr></thead><tbody>${d.terms
        .map((t) => `<tr><td>${escapeHtml(t.kind)}</td><td>${escapeHtml(t.ref === undefined ? t.subject : `${t.subject} (${t.ref})`)}</td><td>${escapeHtml(phrase(t))}</td></tr>`)
        .join('')}</tbody></table>`;
  const moved = d.verdicts.scores.filter((s) => s.before !== s.after);
  const v = d.verdicts;
  const scores = `<p>Achievement level: ${escapeHtml(v.levelBefore === v.levelAfter ? `${v.levelAfter} (unchanged)` : `${v.levelBefore} → ${v.levelAfter}`)}; findings +${v.appeared.length} / −${v.disappeared.length}.</p>${
    moved.length === 0 ? '' : `<table><caption>Scores that moved</caption><thead><tr><th scope="col">principle</th><th scope="col">before</th><th scope="col">after</th></tr></thead><tbody>${moved.map((s) => `<tr><td>${escapeHtml(`${s.principle} ${s.title}`)}</td><td class="num">${s.before ?? '–'}</td><td class="num">${s.after ?? '–'}</td></tr>`).join('')}</tbody></table>`
  }`;
  const money = d.payouts === undefined
    ? ''
    : `<table><caption>Net payouts per party over the periods of actuals</caption><thead><tr><th scope="col">party</th><th scope="col">before</th><th scope="col">after</th><th scope="col">change</th></tr></thead><tbody>${d.payouts.total
        .map((p) => `<tr><td>${escapeHtml(p.party)}</td><td class="num">${escapeHtml(moneyToString(p.before))}</td><td class="num">${escapeHtml(moneyToString(p.after))}</td><td class="num">${escapeHtml(moneyToString(p.change))}</td></tr>`)
        .join('')}</tbody></table>`;
  return `<section id="changes" aria-labelledby="changes-h"><h2 id="changes-h">What changed</h2><p>${escapeHtml(d.before.label)} → ${escapeHtml(d.after.label)}</p>${terms}${scores}${money}</section>`;
}
