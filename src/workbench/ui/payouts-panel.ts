// Payouts: the actuals the user pasted, opened or dropped, and the statement of each period, with
// `explain` for any line.
import { payoutJsonValue } from '../../format/index.js';
import { explain } from '../../payout/index.js';
import type { PayoutStatement } from '../../payout/payout-statement.js';
import { diagnosticList } from './diagnostic-list.js';
import { fill, h } from './element.js';
import type { PanelContext, WorkbenchPanel } from './workbench-panel.js';

function statementTable(statement: PayoutStatement, show: (text: string) => void): HTMLElement {
  const json = payoutJsonValue(statement, { traces: false }).statements[0]!;
  const period = statement.period.label;
  return h(
    'table',
    { class: 'statement', 'data-period': period },
    h('caption', {}, `Statement for ${period} (${json.currency}); ${statement.conservation.balanced ? 'it balances' : 'it does NOT balance'}`),
    h('thead', {}, h('tr', {}, ...['Line', 'What', 'From', 'To', 'Amount', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...json.lines.map((l) =>
        h(
          'tr',
          { 'data-line-id': l.id },
          h('th', { scope: 'row' }, l.id),
          h('td', {}, l.kind),
          h('td', {}, l.from),
          h('td', {}, l.to),
          h('td', { class: 'amount' }, `${l.amount} ${l.currency}`),
          h('td', {}, h('button', { type: 'button', class: 'small', 'aria-label': `Explain ${l.id} in ${period}`, onclick: () => show(explain(statement, l.id)) }, 'Explain')),
        ),
      ),
    ),
  );
}

/** The payouts panel. */
export function payoutsPanel(): WorkbenchPanel {
  const body = h('div', { class: 'panel-body' });
  const paste = h('textarea', { id: 'actuals-paste', rows: '8', spellcheck: 'false', placeholder: 'contract: my-contract\nperiod: 2027-Q1\nsales:\n  - { commodity: copper, quantity: "1000 t", price: "8700 USD/t" }' });
  const explanation = h('pre', { id: 'explanation', class: 'explanation', tabindex: '0', 'aria-live': 'polite' });
  const results = h('div');
  let context: PanelContext | undefined;
  const pasteForm = h(
    'form',
    {
      class: 'paste',
      onsubmit: (e) => {
        e.preventDefault();
        const text = paste.value;
        if (context === undefined || text.trim() === '') return;
        const period = /^period:\s*["']?([^"'\s#]+)/m.exec(text)?.[1] ?? `pasted-${context.work.actuals.length + 1}`;
        context.update({ actuals: [...context.work.actuals, { name: `${period}.yaml`, text }] });
        paste.value = '';
      },
    },
    h('label', { for: 'actuals-paste' }, 'Paste the actuals of one period (YAML or JSON)'),
    paste,
    h('button', { type: 'submit' }, 'Add these actuals'),
  );
  body.append(pasteForm, results, h('h3', {}, 'Explanation of a line'), explanation);
  return {
    id: 'payouts',
    title: 'Payouts',
    body,
    refresh(ctx) {
      context = ctx;
      const files = ctx.work.actuals;
      const list =
        files.length === 0
          ? h('p', {}, 'No actuals yet: paste them above, open them with "Open files", or drop them on the page.')
          : h(
              'ul',
              { class: 'actuals-files' },
              ...files.map((f, i) =>
                h('li', {}, f.name, ' ', h('button', { type: 'button', class: 'small', 'aria-label': `Remove ${f.name}`, onclick: () => ctx.update({ actuals: files.filter((_, j) => j !== i) }) }, 'Remove')),
              ),
            );
      const run = ctx.payouts;
      const note =
        ctx.check.loaded === undefined && files.length > 0
          ? h('p', {}, 'The payouts are computed once the contract can be used.')
          : run !== undefined && run.statements === undefined && files.length > 0
            ? h('p', { class: 'status status-bad' }, 'The payouts cannot be computed: see the problems below.')
            : undefined;
      const show = (text: string) => {
        explanation.textContent = text;
        explanation.focus();
      };
      fill(results, h('h3', {}, 'Actuals'), list, note, diagnosticList(run?.diagnostics ?? []), ...(run?.statements ?? []).map((s) => statementTable(s, show)));
    },
  };
}
