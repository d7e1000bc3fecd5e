import type { FindingGroup, ObligationsData, ReportData, RevenueData, SensitivityData } from './report-data.js';
import { horizontalBarChart } from './bar-chart.js';
import { escapeHtml } from './escape-html.js';
import { formatCompact } from './number-format.js';
import { lineChart } from './line-chart.js';
import { seriesColours, STATUS_COLOURS } from './palette.js';
import { stackedBarChart } from './stacked-bar-chart.js';
import { timelineChart } from './timeline-chart.js';

const LEVELS: Readonly<Record<ReportData['level'], string>> = {
  'level-100': 'Level 100: meets every principle',
  'level-75': 'Level 75',
  'level-50': 'Level 50',
  'not-achieved': 'No level achieved',
};

/** A table from header cells and rows of cells; cells marked numeric are right-aligned. */
export function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[], foot?: readonly string[]): string {
  const cell = (tag: 'th' | 'td', text: string, i: number, scope = '') => `<${tag}${scope}${numeric[i] === true ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
  const thead = `<thead><tr>${head.map((h, i) => cell('th', h, i, ' scope="col"')).join('')}</tr></thead>`;
  const tbody = `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? cell('th', c, i, ' scope="row"') : cell('td', c, i))).join('')}</tr>`).join('')}</tbody>`;
  const tfoot = foot === undefined ? '' : `<tfoot><tr>${foot.map((c, i) => (i === 0 ? cell('th', c, i, ' scope="row"') : cell('td', c, i))).join('')}</tr></tfoot>`;
  return `<div class="table-wrap"><table><caption>${escapeHtml(caption)}</caption>${thead}${tbody}${tfoot}</table></div>`;
}

/** A chart and its table alternative in one figure; the SVG is described by the table. */
function figure(id: string, caption: string, svg: string, alternative: string): string {
  return `<figure class="chart-figure" data-figure="${escapeHtml(id)}"><figcaption>${escapeHtml(caption)}</figcaption>${svg}<div class="alternative" data-alternative-for="${escapeHtml(id)}">${alternative}</div></figure>`;
}

const percentTick = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** The summary: facts, parties, the ownership chart and the principle scores chart. */
export function summarySection(d: ReportData): string {
  const facts = [
    ['Jurisdiction', d.jurisdiction],
    ['Signed', d.signed],
    ['Term', `${d.termYears} years, ${d.effective} to ${d.termEnd}`],
    ['Currency', d.currency],
    ['Compliance profile', d.profile],
    ...(d.coverage === undefined ? [] : [['Coverage', `${d.coverage.overall === null ? 'no rule rated' : `${d.coverage.overall}%`} of the rule weight judged on known terms (a level requires ${d.coverage.minimum}%)`]]),
  ];
  const parties = table('Parties', ['Party', 'Id', 'Role'], d.parties.map((p) => [p.name, p.id, p.role]), []);
  const colour = seriesColours(['equity']);
  const ownership = figure(
    'ownership',
    'Ownership of the project company',
    horizontalBarChart(d.ownership.map((h) => ({ label: h.holder, value: h.share, text: h.label, colour: colour('equity') })), { id: 'ownership', title: 'Share of equity by holder', domain: [0, 1], tickFormat: percentTick }),
    table('Ownership', ['Holder', 'Share', 'Carried by'], d.ownership.map((h) => [h.holder, h.label, h.carriedBy ?? '']), [false, true, false]),
  );
  const scores = figure(
    'principles',
    'Scores by principle and reform (0 to 100)',
    horizontalBarChart(
      d.principles.map((p) => ({ label: `${p.id} ${p.title}`, value: p.score, text: p.score === null ? 'not scored' : p.score.toFixed(1), colour: p.score === null ? '#999' : p.score >= 75 ? '#009E73' : p.score >= 50 ? '#E69F00' : '#D55E00' })),
      { id: 'principles', title: 'Score of each of the five principles, three reforms and the fiscal terms', domain: [0, 100], tickFormat: (v) => String(v), labelWidth: 290 },
    ),
    table('Principle scores', ['Principle or reform', 'Score', 'Coverage'], d.principles.map((p) => [`${p.id} ${p.title}`, p.score === null ? 'not scored' : p.score.toFixed(1), p.coverage === undefined || p.coverage === null ? '–' : `${p.coverage}%`]), [false, true, true]),
  );
  return `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>
<p>Achievement level: <span class="badge ${d.level}" data-level="${d.level}">${escapeHtml(LEVELS[d.level])}</span></p>
${d.shortfalls.length === 0 ? '' : `<div class="shortfalls"><p>Short of level 100 because:</p><ul>${d.shortfalls.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul></div>`}
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${escapeHtml(k!)}</dt><dd>${escapeHtml(v!)}</dd></div>`).join('')}</dl>
${parties}${ownership}${scores}</section>`;
}

/** Revenue sharing over time: each party's net flow per period, stacked, cash calls below the axis. */
export function revenueSection(r: RevenueData): string {
  const svg = stackedBarChart(r.periods, r.series.map((s) => ({ key: s.party, name: s.name, values: s.values })), { id: 'revenue', title: `Net flows to each party per period, ${r.currency}`, tickFormat: formatCompact, valueFormat: formatCompact });
  const alt = table(
    `Net flows per period (received less paid), ${r.currency}`,
    ['Party', ...r.periods, 'Total'],
    r.series.map((s) => [s.name, ...s.labels, s.total]),
    [false, ...r.periods.map(() => true), true],
    ['Net paid to the parties', ...r.periodTotals, r.total],
  );
  const from = r.source === 'actuals' ? 'the period actuals' : 'the plan (no actuals were given)';
  return `<section id="revenue" aria-labelledby="revenue-h"><h2 id="revenue-h">Revenue sharing over time</h2>
<p>What each party received less what it paid in each period, computed from ${from}: royalties, taxes, dividends, fees and fund contributions. A royalty share the national government passes on to a province or district is counted once, at the recipient. Money a party pays in (a cash call) is a bar below the axis.</p>
${figure('revenue', `Net flows by party per period, ${r.currency}`, svg, alt)}</section>`;
}

/** Where the sensitivity chart's y axis stops: a take or IRR beyond ±100% is drawn on the edge. */
const SENSITIVITY_CLIP = { min: -1, max: 1 };

/**
 * Price sensitivity: government take and the investor's IRR against the main commodity's price.
 * Near the breakeven the rent is small and the take can be many times 100%; such values are drawn
 * on the edge of a ±100% axis with a note, and the prices with no rent are marked on the chart.
 */
export function sensitivitySection(s: SensitivityData): string {
  const outside = s.points.flatMap((p) => [
    ...(p.governmentTake !== null && (p.governmentTake > SENSITIVITY_CLIP.max || p.governmentTake < SENSITIVITY_CLIP.min) ? [`government take ${p.governmentTakeLabel} at ${p.priceLabel}`] : []),
    ...(p.investorIrr !== null && (p.investorIrr > SENSITIVITY_CLIP.max || p.investorIrr < SENSITIVITY_CLIP.min) ? [`investor IRR ${p.investorIrrLabel} at ${p.priceLabel}`] : []),
  ]);
  const noRent = s.points.filter((p) => p.noRent);
  const svg = lineChart(
    [
      { key: 'government-take', name: 'Government take', points: s.points.map((p) => ({ x: p.price, y: p.governmentTake })) },
      { key: 'investor-irr', name: 'Investor IRR', points: s.points.map((p) => ({ x: p.price, y: p.investorIrr })) },
    ],
    {
      id: 'sensitivity',
      title: `Government take and investor IRR against the ${s.commodity} price`,
      xFormat: (v) => `${v.toLocaleString('en-US')}`,
      yFormat: percentTick,
      ...(s.breakeven === undefined ? {} : { rule: { x: s.breakeven.price, label: `breakeven ${s.breakeven.label}` } }),
      ...(outside.length === 0 ? {} : { yClip: { ...SENSITIVITY_CLIP, note: 'values beyond ±100% drawn on the edge (open dots)' } }),
      markers: noRent.map((p) => ({ x: p.price, label: 'no rent' })),
    },
  );
  const alt = table(`Government take and investor IRR by ${s.commodity} price`, [`${s.commodity} price`, 'Government take', 'Investor IRR'], s.points.map((p) => [p.priceLabel, p.governmentTakeLabel, p.investorIrrLabel]), [true, true, true]);
  const be = s.breakeven === undefined ? '' : `<p data-breakeven>The investor breaks even (NPV zero at its hurdle rate) at <strong>${escapeHtml(s.breakeven.label)}</strong>; the plan assumes ${escapeHtml(s.planPrice)}.</p>`;
  const clipNote = outside.length === 0 ? [] : [`Off the chart's scale (drawn on its edge as open dots, so that the other prices stay readable): ${outside.join('; ')}. Near the breakeven the project's rent is small, so the state's share of it can exceed 100%.`];
  const rentNote = noRent.length === 0 ? [] : [`No rent at ${noRent.map((p) => p.priceLabel).join(', ')}: the project's cash flows do not cover its costs, so government take is undefined there (marked "no rent" on the chart).`];
  const notes = [...s.notes, ...clipNote, ...rentNote].map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  return `<section id="sensitivity" aria-labelledby="sensitivity-h"><h2 id="sensitivity-h">Price sensitivity</h2>
<p>The plan run with ${escapeHtml(s.commodity)} held at each price for its whole life, other prices as planned. A progressive regime takes a larger share as the price rises.</p>
${be}${notes}${figure('sensitivity', `Government take and investor IRR against the ${s.commodity} price (${s.unit})`, svg, alt)}</section>`;
}

/** Obligations: a timeline of dated commitments coloured by status, and the table. */
export function obligationsSection(o: ObligationsData): string {
  if (o.items.length === 0) return `<section id="obligations" aria-labelledby="obligations-h"><h2 id="obligations-h">Obligations</h2><p>The contract has no dated obligations.</p></section>`;
  const svg = timelineChart(o.items.map((i) => ({ label: `${i.ref ?? ''} ${i.description}`.trim(), date: i.due, category: i.status, colour: STATUS_COLOURS[i.status] })), { id: 'obligations', title: `Dated obligations by due date, as of ${o.asOf}` });
  const legend = (Object.keys(STATUS_COLOURS) as (keyof typeof STATUS_COLOURS)[]).map((s) => `<span class="status status-${s}">${s}</span>`).join(' ');
  const alt = table(`Obligations as of ${o.asOf}`, ['Obligation', 'Clause', 'Due', 'Status', 'Detail'], o.items.map((i) => [i.description, i.ref ?? '', i.due, i.status, i.detail]), []);
  const altWithStatus = alt
    .replace(/<td>(missed|at-risk|no-data|not-yet-due|met)<\/td>/g, '<td class="status status-$1">$1</td>')
    .replace(/<td>(\d{4}-\d{2}-\d{2})<\/td>/g, '<td class="date">$1</td>');
  return `<section id="obligations" aria-labelledby="obligations-h"><h2 id="obligations-h">Obligations</h2>
<p>Every dated commitment of the contract, judged against the actuals as of ${escapeHtml(o.asOf)}.</p><p>${legend}</p>
${figure('obligations', 'Obligations by due date, coloured by status', svg, altWithStatus)}</section>`;
}

/** Findings grouped by principle: each with its clause, the offending lines and why the rule exists. */
export function findingsSection(groups: readonly FindingGroup[], total: number): string {
  if (total === 0) return `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2><p>No findings: every rule the profile enables is fully met, not applicable, or exempted.</p></section>`;
  const body = groups.map((g) => {
    const items = g.findings.map((f) => {
      const src = f.lines.length === 0 ? '' : `<pre class="source" aria-label="${escapeHtml(`${f.file ?? 'contract'} lines ${f.lines[0]!.number} to ${f.lines.at(-1)!.number}`)}">${f.lines.map((l) => `<span class="ln">${l.number}</span>${escapeHtml(l.text)}`).join('\n')}</pre>`;
      const where = [f.clause === undefined ? undefined : `clause ${f.clause}`, f.lines.length === 0 ? undefined : `${f.file ?? 'contract'}:${f.lines[0]!.number}`].filter((x) => x !== undefined).join(' · ');
      return `<article class="finding ${escapeHtml(f.severity)}" data-rule="${escapeHtml(f.ruleId)}"><h4>${escapeHtml(f.ruleId)} ${escapeHtml(f.title)} <small>(${escapeHtml(f.severity)})</small></h4>
<p>${escapeHtml(f.message)}${where === '' ? '' : ` <small>${escapeHtml(where)}</small>`}</p>${src}${f.hint === undefined ? '' : `<p><strong>To fix:</strong> ${escapeHtml(f.hint)}</p>`}${f.rationale === '' ? '' : `<p class="why"><strong>Why it matters:</strong> ${escapeHtml(f.rationale)}</p>`}</article>`;
    });
    return `<section class="finding-group" data-principle="${escapeHtml(g.id)}"><h3>${escapeHtml(g.title)} <small>(${g.findings.length})</small></h3>${items.join('\n')}</section>`;
  });
  return `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2><p>${total} finding${total === 1 ? '' : 's'}, grouped by the principle or reform they concern.</p>${body.join('\n')}</section>`;
}
