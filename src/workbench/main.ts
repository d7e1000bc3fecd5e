// The contract workbench (docs/workbench.md): a single page that edits a contract with live
// checking and shows its scorecard, payouts, fiscal analysis and obligations, entirely in the
// browser. Bundled by tsup into dist/workbench as one classic script, so it works from file://.
import { changesPanel } from './ui/changes-panel.js';
import { contractJsonSchema } from '../contract/json-schema.js';
import { eitiPayments } from '../eiti/index.js';
import { formatEitiCsv, formatObligationsJson, formatPayoutJson } from '../format/index.js';
import { formatCheckJson } from '../format/report/index.js';
import { trackObligations } from '../obligations/index.js';
import { loadPlan } from '../fiscal/index.js';
import { renderReport } from '../report/index.js';
import { isoDate } from '../time/index.js';
import { checkContractText, type ContractCheck } from './contract-check.js';
import { documentRole } from './document-role.js';
import { runPayouts, type PayoutRunResult } from './payout-run.js';
import type { SchemaNode } from './schema-help.js';
import type { WorkState } from './work-state.js';
import { BUNDLED_EXAMPLES, type BundledExample } from './ui/bundled-files.js';
import { createContractEditor } from './ui/contract-editor.js';
import { fill, h } from './ui/element.js';
import { download, readFiles } from './ui/file-transfer.js';
import { fiscalPanel } from './ui/fiscal-panel.js';
import { obligationsPanel } from './ui/obligations-panel.js';
import { payoutsPanel } from './ui/payouts-panel.js';
import { loadSavedWork, saveWork } from './ui/saved-work.js';
import { scorecardPanel } from './ui/scorecard-panel.js';
import type { PanelContext, WorkbenchPanel } from './ui/workbench-panel.js';

// The panels beside the editor, in page order; the last shows the changes since the file was opened.
const PANELS: readonly WorkbenchPanel[] = [scorecardPanel(), payoutsPanel(), fiscalPanel(), obligationsPanel(), changesPanel()];

function fromExample(example: BundledExample): WorkState {
  return { contract: example.contract, actuals: example.actuals, plan: example.plan, prices: '' };
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el as T;
}

function start(): void {
  let work: WorkState = loadSavedWork() ?? fromExample(BUNDLED_EXAMPLES[0]!);
  // The last check, kept with the text and name it was made for: the editor's linter and the
  // panels ask for the same text, and start-up must not check it twice.
  let check: ContractCheck | undefined;
  let checked = { text: '', name: '' };
  const checkOf = (text: string, name: string): ContractCheck => {
    if (check === undefined || checked.text !== text || checked.name !== name) {
      check = checkContractText(text, name);
      checked = { text, name };
    }
    return check;
  };
  let payouts: PayoutRunResult | undefined;
  // The inputs the payouts were computed from: a refresh that changes neither the loaded contract
  // (the check is kept per text) nor the actuals (kept as one array until they change) reuses them.
  let payoutsFrom: { loaded: unknown; actuals: unknown } | undefined;
  const status = byId('status');
  const say = (text: string) => fill(status, text);

  const panelHost = byId('panels');
  for (const p of PANELS) panelHost.append(h('section', { id: p.id, class: 'panel', 'aria-labelledby': `${p.id}-title` }, h('h2', { id: `${p.id}-title` }, p.title), p.body));
  fill(byId('contents'), ...[{ id: 'editor-section', title: 'Contract' }, ...PANELS].map((p) => h('li', {}, h('a', { href: `#${p.id}` }, p.title))));

  const cursorHelp = byId('cursor-help');
  let schemaMade: SchemaNode | undefined;
  const schema = (): SchemaNode => (schemaMade ??= contractJsonSchema() as SchemaNode);
  const editor = createContractEditor({
    parent: byId('editor'),
    text: work.contract.text,
    schema,
    check: (text) => {
      work = { ...work, contract: { ...work.contract, text } };
      const result = checkOf(text, work.contract.name);
      refresh();
      return result.findings;
    },
    onCursorHelp: (at) => {
      if (at === undefined) return fill(cursorHelp, 'Move the cursor onto a key to read what it means. Press Ctrl+Space for the keys allowed at the cursor.');
      fill(cursorHelp, h('strong', {}, at.path), at.help?.description === undefined ? '' : `: ${at.help.description}`, at.help !== undefined && at.help.values.length > 0 ? ` Allowed values: ${at.help.values.join(', ')}.` : '');
    },
  });

  function context(): PanelContext {
    return { work, check: checkOf(work.contract.text, work.contract.name), payouts, goTo: editor.goTo, update };
  }
  function refresh(): void {
    const loaded = checkOf(work.contract.text, work.contract.name).loaded;
    if (payoutsFrom === undefined || payoutsFrom.loaded !== loaded || payoutsFrom.actuals !== work.actuals) {
      payouts = loaded === undefined || work.actuals.length === 0 ? undefined : runPayouts(loaded, work.actuals);
      payoutsFrom = { loaded, actuals: work.actuals };
    }
    const ctx = context();
    for (const p of PANELS) p.refresh(ctx);
    fill(byId('file-name'), work.contract.name);
    if (!saveWork(work)) say('This browser does not let the workbench keep your work: save your files before closing the tab.');
  }
  function update(change: Partial<WorkState>): void {
    work = { ...work, ...change };
    if (change.contract !== undefined) editor.setText(change.contract.text);
    refresh();
  }

  // Examples and the starter contract.
  const chooser = byId<HTMLSelectElement>('example');
  for (const e of BUNDLED_EXAMPLES) chooser.append(h('option', { value: e.id }, e.label));
  byId('load-example').addEventListener('click', () => {
    const example = BUNDLED_EXAMPLES.find((e) => e.id === chooser.value);
    if (example === undefined) return;
    update(fromExample(example));
    say(`Loaded the example ${example.contract.name}${example.actuals.length > 0 ? ` with ${example.actuals.length} periods of actuals` : ''}.`);
  });

  // Files in: the file picker and drag and drop, sorted into contract, actuals and plan.
  const take = async (files: FileList | readonly File[]) => {
    const texts = await readFiles(files);
    let { contract, actuals, plan } = work;
    const added: string[] = [];
    for (const f of texts) {
      const role = documentRole(f.text);
      if (role === 'contract') contract = f;
      else if (role === 'plan') plan = f;
      else actuals = [...actuals.filter((a) => a.name !== f.name), f];
      added.push(`${f.name} as the ${role === 'actuals' ? 'actuals of a period' : role}`);
    }
    update({ ...(contract === work.contract ? {} : { contract }), actuals, plan });
    say(`Opened ${added.join(', ')}.`);
  };
  const picker = byId<HTMLInputElement>('open-files');
  picker.addEventListener('change', () => {
    if (picker.files !== null) void take(picker.files);
    picker.value = '';
  });
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dropping');
    if (e.dataTransfer !== null && e.dataTransfer.files.length > 0) void take(e.dataTransfer.files);
  });

  // Files out, by download.
  const needContract = (): NonNullable<ContractCheck['loaded']> | undefined => {
    const loaded = checkOf(work.contract.text, work.contract.name).loaded;
    if (loaded === undefined) say('The contract cannot be used yet: fix the problems the scorecard lists first.');
    return loaded;
  };
  const needStatements = () => {
    if (payouts?.statements === undefined) say('There are no payouts yet: add actuals that load without problems first.');
    return payouts?.statements;
  };
  const asOf = () => payouts?.actuals.map((a) => a.actuals.period.end).sort().at(-1);
  const actions: Record<string, (base: string) => void> = {
    'save-contract': () => download(work.contract.name, editor.text(), 'text/yaml'),
    'save-work': (base) => download(`${base}-workbench.json`, JSON.stringify(work, null, 2), 'application/json'),
    'download-check': (base) => download(`${base}-check.json`, formatCheckJson({ files: [checkOf(work.contract.text, work.contract.name).fileReport] }), 'application/json'),
    'download-report': (base) => {
      const loaded = needContract();
      if (loaded === undefined) return;
      const plan = work.plan === undefined ? undefined : loadPlan(work.plan.text, { filename: work.plan.name, contract: loaded.contract });
      if (plan !== undefined && !plan.ok) say('The plan cannot be used, so the report leaves out the price sensitivity.');
      const html = renderReport({ contract: loaded, actuals: payouts?.actuals ?? [], ...(plan?.ok === true ? { plan: plan.value } : {}) });
      download(`${base}-report.html`, html, 'text/html');
    },
    'download-payouts': (base) => {
      const statements = needStatements();
      if (statements !== undefined) download(`${base}-payouts.json`, formatPayoutJson(statements), 'application/json');
    },
    'download-obligations': (base) => {
      const loaded = needContract();
      if (loaded === undefined) return;
      const report = trackObligations(loaded, payouts?.actuals ?? [], { asOf: asOf() ?? isoDate(loaded.contract.effective), ...(payouts?.statements === undefined ? {} : { statements: payouts.statements }) });
      download(`${base}-obligations.json`, formatObligationsJson(report), 'application/json');
    },
    'download-eiti': (base) => {
      const loaded = needContract();
      const statements = needStatements();
      if (loaded === undefined || statements === undefined) return;
      const year = statements.at(-1)!.fiscalYear;
      const sdt = eitiPayments(loaded, statements, { year: `FY${year}` });
      if (!sdt.ok) return say(`The EITI summary cannot be made: ${sdt.diagnostics.map((d) => d.message).join(' ')}`);
      download(`${base}-eiti-FY${year}.csv`, formatEitiCsv(sdt.value), 'text/csv');
    },
  };
  for (const [id, act] of Object.entries(actions)) {
    byId(id).addEventListener('click', () => {
      try {
        act(work.contract.name.replace(/\.(ya?ml|json)$/i, ''));
      } catch (error) {
        say(`That could not be done: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  // The page is drawn first, and checked right after, so the editor is there at once.
  setTimeout(refresh, 0);
}

start();
