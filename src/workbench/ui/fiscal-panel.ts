// Fiscal analysis of the plan under the contract being edited, at the plan's prices or over a
// price deck the user types, as `fairlode analyse` prints it.
import { analyse, analysePriceDeck, loadPlan, type AnalyseOptions } from '../../fiscal/index.js';
import { formatFiscalText } from '../../format/index.js';
import { readPriceDeck } from '../price-deck-text.js';
import { diagnosticList } from './diagnostic-list.js';
import { fill, h } from './element.js';
import type { PanelContext, WorkbenchPanel } from './workbench-panel.js';

/** The fiscal panel. Analyses run when asked (a breakeven search takes a moment), not on every keystroke. */
export function fiscalPanel(): WorkbenchPanel {
  const body = h('div', { class: 'panel-body' });
  const prices = h('input', { id: 'price-deck', type: 'text', spellcheck: 'false', placeholder: 'copper=6000,8000,10000 USD/t', 'aria-describedby': 'price-deck-help' });
  const discount = h('input', { id: 'discount', type: 'text', value: '10%', size: '6' });
  const extend = h('input', { id: 'beyond-term', type: 'checkbox' });
  const planLine = h('p');
  const output = h('div', { class: 'fiscal-output' });
  let context: PanelContext | undefined;
  const run = () => {
    const ctx = context;
    if (ctx === undefined) return;
    ctx.update({ prices: prices.value });
    const loaded = ctx.check.loaded;
    if (loaded === undefined) return fill(output, h('p', { class: 'status status-bad' }, 'The contract cannot be used yet: fix its problems first.'));
    if (ctx.work.plan === undefined) return fill(output, h('p', {}, 'Open or drop a life-of-mine plan first.'));
    const plan = loadPlan(ctx.work.plan.text, { filename: ctx.work.plan.name, contract: loaded.contract });
    if (!plan.ok) return fill(output, h('p', { class: 'status status-bad' }, 'The plan cannot be used:'), diagnosticList(plan.diagnostics));
    const rate = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(discount.value);
    if (rate === null) return fill(output, h('p', { class: 'status status-bad' }, `The discount rate "${discount.value}" must be a percentage such as 10%.`));
    const options: AnalyseOptions = { discountRate: (Number(rate[1]) / 100).toString(), beyondTerm: extend.checked ? 'extend' : 'refuse' };
    try {
      const deckText = prices.value.trim();
      const deck = deckText === '' ? undefined : readPriceDeck(deckText);
      if (deck !== undefined && !deck.ok) return fill(output, h('p', { class: 'status status-bad' }, deck.message));
      const result = deck === undefined ? analyse(loaded, plan.value, options) : analysePriceDeck(loaded, plan.value, deck.deck, { ...options, breakeven: false });
      if (!result.ok) return fill(output, h('p', { class: 'status status-bad' }, 'The analysis cannot be made:'), diagnosticList(result.diagnostics));
      fill(output, diagnosticList(result.diagnostics), h('pre', { class: 'fiscal-text', tabindex: '0' }, formatFiscalText(result.value)));
    } catch (error) {
      fill(output, h('p', { class: 'status status-bad' }, `The analysis cannot be made: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  body.append(
    planLine,
    h(
      'form',
      {
        class: 'fiscal-form',
        onsubmit: (e) => {
          e.preventDefault();
          run();
        },
      },
      h('label', { for: 'price-deck' }, 'Price deck (empty: the plan\'s own prices)'),
      prices,
      h('p', { id: 'price-deck-help', class: 'muted' }, 'One commodity and one or more prices, the last with its currency and unit, e.g. copper=6000,8000,10000 USD/t.'),
      h('label', { for: 'discount' }, 'Discount rate'),
      discount,
      h('span', { class: 'checkbox' }, extend, h('label', { for: 'beyond-term' }, 'Assume the fiscal terms continue after the contract\'s term')),
      h('button', { type: 'submit' }, 'Run the analysis'),
    ),
    output,
  );
  return {
    id: 'fiscal',
    title: 'Fiscal analysis',
    body,
    refresh(ctx) {
      if (context === undefined) prices.value = ctx.work.prices;
      context = ctx;
      fill(planLine, ctx.work.plan === undefined ? 'No plan yet: open or drop a life-of-mine plan (YAML).' : `Plan: ${ctx.work.plan.name}`);
    },
  };
}
