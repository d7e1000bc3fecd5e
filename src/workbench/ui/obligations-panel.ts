// Obligations: every dated commitment of the contract, in order of its deadline, with its status
// against the actuals on the chosen date.
import { isoDate, parseDate } from '../../time/index.js';
import { trackObligations, type ObligationReport } from '../../obligations/index.js';
import { fill, h } from './element.js';
import { STATUS_LABELS } from './labels.js';
import type { WorkbenchPanel } from './workbench-panel.js';

/** The obligations panel (a timeline: one entry per obligation, by due date). */
export function obligationsPanel(): WorkbenchPanel {
  const body = h('div', { class: 'panel-body' });
  const asOf = h('input', { id: 'as-of', type: 'date' });
  const list = h('div');
  let last: (() => void) | undefined;
  asOf.addEventListener('change', () => last?.());
  body.append(h('p', {}, h('label', { for: 'as-of' }, 'Judge on the date '), asOf, ' (empty: the end of the latest period of actuals)'), list);
  return {
    id: 'obligations',
    title: 'Obligations timeline',
    body,
    refresh(ctx) {
      last = () => this.refresh(ctx);
      const loaded = ctx.check.loaded;
      if (loaded === undefined) return fill(list, h('p', {}, 'The obligations are tracked once the contract can be used.'));
      const actuals = ctx.payouts?.actuals ?? [];
      const chosen = asOf.value === '' ? undefined : parseDate(asOf.value);
      const end = actuals.map((a) => a.actuals.period.end).sort().at(-1);
      const date = chosen?.ok === true ? chosen.value : (end ?? isoDate(loaded.contract.effective));
      let report: ObligationReport;
      try {
        // On the default date (the end of the last period) the payouts already computed are the ones tracking would compute.
        const statements = chosen === undefined ? ctx.payouts?.statements : undefined;
        report = trackObligations(loaded, actuals, { asOf: date, ...(statements === undefined ? {} : { statements }) });
      } catch (error) {
        return fill(list, h('p', { class: 'status status-bad' }, `The obligations cannot be tracked: ${error instanceof Error ? error.message : String(error)}`));
      }
      const items = [...report.obligations].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
      const counts = Object.entries(report.counts).map(([s, n]) => `${n} ${STATUS_LABELS[s as keyof typeof STATUS_LABELS].toLowerCase()}`).join(', ');
      fill(
        list,
        h('p', {}, `On ${report.asOf}: ${counts}.`),
        items.length === 0
          ? h('p', {}, 'The contract states no dated obligations.')
          : h(
              'ol',
              { class: 'timeline' },
              ...items.map((o) =>
                h(
                  'li',
                  { class: `obligation status-${o.status}`, 'data-status': o.status },
                  h('span', { class: 'due' }, o.due),
                  ' ',
                  h('span', { class: `badge badge-${o.status}` }, STATUS_LABELS[o.status]),
                  ' ',
                  o.range === undefined ? o.id : h('button', { type: 'button', class: 'link', onclick: () => ctx.goTo(o.range!.start) }, o.id),
                  h('p', {}, o.description),
                ),
              ),
            ),
      );
    },
  };
}
