// The scorecard: the level reached, each principle's score, and every finding, each linked to its
// line in the editor and to the rule's own text.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { RULES, ruleDocsUrl } from '../../compliance/index.js';
import { fill, h } from './element.js';
import { LEVEL_LABELS, RATING_LABELS, SEVERITY_LABELS } from './labels.js';
import type { PanelContext, WorkbenchPanel } from './workbench-panel.js';

function ruleText(code: string): HTMLElement | undefined {
  const rule = RULES.find((r) => r.id === code);
  if (rule === undefined) return undefined;
  return h(
    'details',
    { class: 'rule-text' },
    h('summary', {}, `About rule ${rule.id}: ${rule.title}`),
    h('p', {}, rule.description),
    h('p', {}, h('strong', {}, 'Why it matters: '), rule.rationale),
    h('p', { class: 'muted' }, `Full page in the repository: ${ruleDocsUrl(rule.id)}`),
  );
}

function findingItem(d: Diagnostic, ctx: PanelContext): HTMLElement {
  const start = d.range?.start;
  return h(
    'li',
    { class: `finding severity-${d.severity}`, 'data-code': d.code },
    h('span', { class: `badge badge-${d.severity}` }, SEVERITY_LABELS[d.severity]),
    ' ',
    start === undefined
      ? h('span', { class: 'where' }, 'Whole contract')
      : h('button', { type: 'button', class: 'link where', 'data-line': String(start.line), onclick: () => ctx.goTo(start) }, `Line ${start.line}, column ${start.column}`),
    ' ',
    h('code', {}, d.code),
    h('p', {}, d.message, d.hint === undefined ? '' : h('span', { class: 'hint' }, ` ${d.hint}`)),
    ruleText(d.code),
  );
}

/** The scorecard panel. */
export function scorecardPanel(): WorkbenchPanel {
  const body = h('div', { class: 'panel-body' });
  return {
    id: 'scorecard',
    title: 'Scorecard and findings',
    body,
    refresh(ctx) {
      const { check } = ctx;
      const count = (s: Diagnostic['severity'], word: string) => {
        const n = check.findings.filter((f) => f.severity === s).length;
        return `${n} ${word}${n === 1 ? '' : 's'}`;
      };
      const counts = `${count('error', 'error')}, ${count('warning', 'warning')}, ${count('info', 'note')}`;
      const card = check.report?.scorecard;
      const summary =
        card === undefined
          ? h('p', { class: 'status status-bad', 'data-status': 'unusable' }, `The contract cannot be used yet (${counts}). Fix the problems below; each links to its line.`)
          : h('p', { class: `status status-${card.level}`, 'data-status': 'checked', 'data-level': card.level }, `Achievement: ${LEVEL_LABELS[card.level]}. ${counts}. Profile: ${card.profile}. ${card.coverage === null ? 'No rule could be judged on known terms' : `${card.coverage}% of the rule weight was judged on known terms`} (a level needs ${card.minimumCoverage}%).`);
      const table =
        card === undefined
          ? ''
          : h(
              'table',
              { class: 'scores' },
              h('caption', {}, 'Scores of the five principles (P), the three governance reforms (G) and the fiscal terms (F1), out of 100, on the terms that are known'),
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Principle'), h('th', { scope: 'col' }, 'Score'), h('th', { scope: 'col' }, 'Rules rated'))),
              h(
                'tbody',
                {},
                ...card.principles.map((p) =>
                  h(
                    'tr',
                    { 'data-principle': p.principle },
                    h('th', { scope: 'row' }, `${p.principle} ${p.title}`),
                    h('td', { class: 'score' }, p.score === null ? 'Not scored' : `${p.score} of 100`, p.score === null ? '' : h('span', { class: 'meter', style: `--score:${p.score}` })),
                    h('td', {}, p.rules.map((r) => `${r.ruleId}: ${RATING_LABELS[r.rating]}`).join('; ') || 'none'),
                  ),
                ),
              ),
            );
      fill(
        body,
        summary,
        table,
        h('h3', {}, 'Findings'),
        check.findings.length === 0 ? h('p', {}, 'No findings.') : h('ol', { class: 'findings' }, ...check.findings.map((d) => findingItem(d, ctx))),
      );
    },
  };
}
