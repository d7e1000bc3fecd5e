// Loading contracts: what the YAML/JSON source layer costs per realistic contract file.
//
// Generates ~1,000 deterministic 200-line contracts like the one in the contract format (parties,
// ownership, royalties with bands, community, processing, governance, ...) and reports the median
// per-file time of:
//   - each candidate parser's bare parse (value only, or the parser's own positions where it always
//     builds them), for the record of why the project uses the parser it does;
//   - fairlode's parseSource (value + source map + checks), and a lazy source-map build plus one
//     lookup, the cost a typical diagnostic adds.
//
// Candidates other than the chosen parsers (js-yaml 5, jsonc-parser) are not project dependencies:
// install them in a scratch folder and point FAIRLODE_PARSER_CANDIDATES at it (default /tmp/yamlbench):
//   mkdir -p /tmp/yamlbench && cd /tmp/yamlbench && npm init -y &&
//   npm install yaml@2.9.1 @stoplight/yaml@4.3.0 js-yaml4@npm:js-yaml@4.3.2
// Missing candidates are skipped with a note. Each measurement runs in its own process.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as jsYamlLoad, parseEvents, CORE_SCHEMA } from 'js-yaml';
import { parseTree } from 'jsonc-parser';
import { parseSource } from '../src/document/index.js';
import { median, ms } from './measure.js';

const FILES = 1000;
const RUNS = 15; // timed passes over the whole corpus, after one warm-up pass

// ---------------------------------------------------------------------------------------------
// A deterministic contract generator (mulberry32; no Math.random, so every run sees the same files)

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['PK', 'PE', 'CL', 'ZM', 'CD', 'GN', 'MN', 'ID', 'PH', 'GH', 'TZ', 'BO'];
const REGIONS = ['Balochistan', 'Arequipa', 'Antofagasta', 'Copperbelt', 'Katanga', 'Boké', 'Ömnögovi', 'Sulawesi'];
const COMMODITIES = ['copper', 'gold', 'lithium', 'cobalt', 'nickel', 'bauxite', 'zinc', 'silver'];
const STAGES = ['concentrate', 'refined-cathode', 'smelted-matte', 'hydroxide', 'alumina', 'dore'];
const ROLES = ['investor', 'state-enterprise', 'host-government', 'subnational-government', 'community-fund', 'investor'];
const NAMES = ['Example Metals Inc.', 'Frontier Works', 'Federal Government', 'Provincial Government',
  'Community Fund', 'Andes Copper Ltd.', 'National Mining Co.', 'Minerals Fund'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}
function int(rnd: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}
function pct(rnd: () => number, lo: number, hi: number, decimals = 1): string {
  return `"${(lo + rnd() * (hi - lo)).toFixed(decimals)}%"`;
}
function date(rnd: () => number, fromYear: number, toYear: number): string {
  const m = int(rnd, 1, 12);
  const d = int(rnd, 1, 28);
  return `${int(rnd, fromYear, toYear)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One realistic contract of about 200 lines and 5 KB; the same `seed` always gives the same text. */
export function generateContract(seed: number): string {
  const rnd = seeded(seed);
  const L: string[] = [];
  const country = pick(rnd, COUNTRIES);
  const partyCount = int(rnd, 5, 6);
  const parties = Array.from({ length: partyCount }, (_, i) => `p${i}-${pick(rnd, ['inv', 'gov', 'fund', 'soe'])}`);
  L.push('# Generated benchmark contract: hypothetical terms.', `fairlode: 1`, `id: contract-${seed}`,
    `title: ${pick(rnd, COMMODITIES)} exploration, mining and processing partnership ${seed}`,
    `jurisdiction: { country: ${country}, region: ${pick(rnd, REGIONS)} }`, `signed: ${date(rnd, 2020, 2025)}`,
    `effective: ${date(rnd, 2025, 2026)}`, `term: { years: ${int(rnd, 15, 35)} }`, 'currency: USD',
    `fiscalYear: { startMonth: ${int(rnd, 1, 12)} }`, 'description: >', '  Exploration, development and operation',
    `  of the ${pick(rnd, REGIONS)} deposits.`, '');
  L.push('parties:');
  for (const id of parties) {
    L.push(`  - { id: ${id}, name: ${pick(rnd, NAMES)}, role: ${pick(rnd, ROLES)} }`);
  }
  L.push('', 'ownership:');
  L.push(`  - { party: ${parties[0]}, share: "50%" }`, `  - { party: ${parties[1]}, share: "25%" }`);
  L.push(`  - { party: ${parties[2]}, share: "25%", carried: { by: [${parties[0]}, ${parties[1]}], recovery: from-dividends, interest: ${pct(rnd, 0, 8)} } }`);
  L.push('', 'revenue:', '  royalties:');
  const royaltyIds: string[] = [];
  for (let r = 0, n = int(rnd, 2, 3); r < n; r++) {
    const commodity = COMMODITIES[(seed + r) % COMMODITIES.length]!;
    const id = `${commodity}-royalty`;
    royaltyIds.push(id);
    L.push(`    - id: ${id}`, `      ref: "§9.${r + 1}"`, `      commodity: ${commodity}`, '      base: gross-revenue',
      `      payee: ${pick(rnd, parties)}`, '      tiers:  # each slice of the price pays its own rate',
      `        mode: ${rnd() < 0.5 ? 'incremental' : 'whole-value'}`, '        priceUnit: USD/t', '        bands:');
    let upTo = int(rnd, 2, 5) * 1000;
    for (let b = 0, bands = int(rnd, 2, 4); b < bands; b++) {
      L.push(`          - { upTo: "${upTo} USD/t", rate: ${pct(rnd, 1, 12, 2)} }`);
      upTo += int(rnd, 1, 3) * 1000;
    }
    L.push(`          - { rate: ${pct(rnd, 8, 15)} }`);
  }
  L.push('  communityFund:', '    id: cdf-contribution', '    ref: "§15.2"', `    payee: ${parties[partyCount - 1]}`,
    `    rate: ${pct(rnd, 0.5, 3, 2)}`, '    base: gross-revenue', `    minimumAnnual: "${int(rnd, 5, 40) * 100000} USD"`);
  L.push('  governmentShares:  # split between levels of government');
  for (const id of royaltyIds) L.push(`    - { of: ${id}, split: { ${parties[2]}: "85%", ${parties[3]}: "15%" } }`);
  L.push('  incomeTax:', `    rate: ${pct(rnd, 20, 35, 0)}`, '    depreciation:', '      method: straight-line', `      years: ${int(rnd, 3, 10)}`,
    `    lossCarryForward: { years: ${int(rnd, 3, 10)} }`);
  L.push('  priceParticipation:', `    threshold: "${int(rnd, 7, 12) * 1000} USD/t"`, `    share: ${pct(rnd, 10, 40, 0)}`, '');
  L.push('exploration:', '  programme:', `    budget: "${int(rnd, 10, 90)}000000 USD"`, `    years: ${int(rnd, 3, 7)}`,
    '    jointTechnicalCommittee: { seats: { host: 3, investor: 3 }, chair: rotating }', '  geodata:');
  for (let g = 0, n = int(rnd, 2, 3); g < n; g++) {
    L.push(`    - id: geodata-${g + 1}`, `      deliverable: ${pick(rnd, ['drill-core-logs', 'assay-results', 'geophysics', 'resource-model'])}`,
      `      due: ${date(rnd, 2026, 2032)}`, `      to: ${parties[2]}`, '      format: open');
  }
  L.push('  reportingCode: JORC', `  trainingSlots: ${int(rnd, 5, 40)}`, '');
  L.push('environment:', `  esia: { standard: IFC-PS, before: construction, independentReview: ${rnd() < 0.8} }`,
    '  water: { baseline: true, monitoring: independent, published: true }',
    '  tailings: { standard: GISTM, independentReview: true }', '  closure:', '    plan: true', `    reviewEveryYears: ${int(rnd, 3, 7)}`,
    `    financialAssurance: { amount: "${int(rnd, 20, 200)}000000 USD", form: bank-guarantee }`, '');
  L.push('infrastructure:');
  for (let i = 0, n = int(rnd, 2, 3); i < n; i++) {
    const kind = pick(rnd, ['road', 'rail', 'port', 'power', 'water']);
    L.push(`  - id: ${kind}-${i + 1}`, `    kind: ${kind}`, `    capex: "${int(rnd, 50, 900)}000000 USD"`,
      `    complete: ${date(rnd, 2027, 2033)}`, `    beneficiaries: [${pick(rnd, REGIONS)}, ${pick(rnd, REGIONS)}]`,
      '    thirdPartyAccess:', '      terms: non-discriminatory', '      tariff: cost-plus', `    ownershipAtEnd: ${parties[2]}`);
  }
  L.push('', 'community:', '  developmentAgreement: { id: cda, ref: "§15", modality: shall, binding: true, reviewEveryYears: 5 }', '  employment:');
  for (const category of ['all', 'skilled']) {
    L.push(`    - id: local-hiring-${category}`, `      category: ${category}`, '      scope: province', '      modality: shall', '      targets:',
      `        - { by: ${date(rnd, 2027, 2029)}, share: ${pct(rnd, 20, 50, 0)} }`, `        - { by: ${date(rnd, 2030, 2034)}, share: ${pct(rnd, 50, 80, 0)} }`);
  }
  L.push(`  training: { id: training, modality: shall, annualBudget: "${int(rnd, 5, 30)}00000 USD" }`,
    `  procurement: { id: local-procurement, modality: endeavour, share: ${pct(rnd, 10, 40, 0)} }`,
    '  consultation: { fpic: true, before: [exploration, construction, expansion] }',
    '  grievanceMechanism: { id: grievance, independent: true }', '');
  L.push('processing:');
  for (let p = 0, n = 2; p < n; p++) {
    L.push(`  - id: processing-${p + 1}`, `    ref: "§18.${p + 1}"`, `    commodity: ${COMMODITIES[(seed + p) % COMMODITIES.length]}`,
      `    stage: ${pick(rnd, STAGES)}`, '    modality: shall',
      `    targets: [ { by: ${date(rnd, 2029, 2031)}, domesticShare: ${pct(rnd, 10, 40, 0)} }, { by: ${date(rnd, 2033, 2036)}, domesticShare: ${pct(rnd, 40, 80, 0)} } ]`,
      `    feasibilityStudy: { due: ${date(rnd, 2027, 2029)}, published: ${rnd() < 0.5} }`);
  }
  L.push('', 'governance:', '  disclosure:', '    contractPublished: true', '    annexes: true', '    amendments: true', '    eiti: true',
    `  beneficialOwners: { disclosed: true, threshold: ${pct(rnd, 5, 25, 0)} }`, '  paymentAccounts:');
  for (const party of parties.slice(2, 5)) L.push(`    - payee: ${party}`, `      account: Consolidated Fund`, '      public: true');
  L.push(`  audit: { by: Auditor-General, published: true, everyYears: 1 }`,
    '  confidentiality:', '    carveOuts: [fiscal-terms, environmental-data, community-payments]',
    `  stabilization: { scope: fiscal, years: ${int(rnd, 5, 15)} }`);
  // Pad to 200 lines with dated milestones, as real contracts carry schedules in annexes.
  L.push('', 'milestones:');
  for (let m = 1; L.length < 200; m++) {
    if (L.length < 197) L.push(`  - id: m${m}`, `    due: ${date(rnd, 2026, 2040)}`, `    ref: "Annex ${m}"`);
    else L.push(`  - { id: m${m}, due: ${date(rnd, 2026, 2040)} }`);
  }
  return `${L.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

const corpus = Array.from({ length: FILES }, (_, i) => generateContract(i + 1));
const jsonCorpus = corpus.map((text) => JSON.stringify(jsYamlLoad(text, { schema: CORE_SCHEMA }), null, 2));

/**
 * Times `parse` on every file, `RUNS` times after a warm-up pass, and returns the median over files
 * of each file's median over runs (the "median per-file time"); the p90 over files is printed too.
 */
function perFile(label: string, files: readonly string[], parse: (text: string) => unknown): number {
  for (const text of files) parse(text); // warm-up: let the JIT settle
  const times = Array.from({ length: files.length }, () => new Array<number>(RUNS));
  for (let run = 0; run < RUNS; run++) {
    for (let f = 0; f < files.length; f++) {
      const t0 = performance.now();
      parse(files[f]!);
      times[f]![run] = performance.now() - t0;
    }
  }
  const perFileMedians = times.map(median).sort((a, b) => a - b);
  const value = median(perFileMedians);
  const p90 = perFileMedians[Math.floor(perFileMedians.length * 0.9)]!;
  const note = files.length === FILES ? '' : ` (${files.length} files)`;
  console.log(`  ${(label + note).padEnd(72)} median ${ms(value).padStart(9)}   p90 ${ms(p90).padStart(9)}`);
  return value;
}

const candidatesDir = process.env['FAIRLODE_PARSER_CANDIDATES'] ?? '/tmp/yamlbench';
const candidateRequire = existsSync(join(candidatesDir, 'package.json')) ? createRequire(join(candidatesDir, 'package.json')) : undefined;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function candidate(name: string): any {
  try {
    return candidateRequire?.(name);
  } catch {
    return undefined;
  }
}

const DEEP_PATH = ['revenue', 'royalties', 1, 'tiers', 'bands', 2, 'rate'];

/** One measurement: its section, label, files, and the parse to time (undefined when the candidate is not installed). */
interface Measurement {
  section: string;
  label: string;
  files: () => readonly string[];
  parse: () => ((text: string) => unknown) | undefined;
}

const yamlFiles = () => corpus;
const jsonFiles = () => jsonCorpus;
const MEASUREMENTS: Measurement[] = [
  { section: 'Bare parses (YAML)', label: 'js-yaml 5.5.0 load (CORE_SCHEMA), no positions', files: yamlFiles, parse: () => (t) => jsYamlLoad(t, { schema: CORE_SCHEMA }) },
  { section: 'Bare parses (YAML)', label: 'js-yaml 5.5.0 parseEvents (offsets of every node), no values', files: yamlFiles, parse: () => (t) => parseEvents(t, {}) },
  { section: 'Bare parses (YAML)', label: 'js-yaml 4 load (CORE_SCHEMA), no positions', files: yamlFiles, parse: () => {
    const y = candidate('js-yaml4');
    return y && ((t: string) => y.load(t, { schema: y.CORE_SCHEMA }));
  } },
  { section: 'Bare parses (YAML)', label: 'js-yaml 4 load + listener recording open/close positions', files: yamlFiles, parse: () => {
    const y = candidate('js-yaml4');
    return y && ((t: string) => {
      const positions: number[] = [];
      y.load(t, { schema: y.CORE_SCHEMA, listener: (_type: string, state: { position: number }) => positions.push(state.position) });
    });
  } },
  { section: 'Bare parses (YAML)', label: '@stoplight/yaml parseWithPointers (positions included)', files: yamlFiles, parse: () => {
    const y = candidate('@stoplight/yaml');
    return y && ((t: string) => y.parseWithPointers(t));
  } },
  { section: 'Bare parses (YAML)', label: 'yaml parseDocument (positions included)', files: () => corpus.slice(0, 100), parse: () => {
    const y = candidate('yaml');
    return y && ((t: string) => y.parseDocument(t));
  } },
  { section: 'Bare parses (YAML)', label: 'yaml Parser (CST only, no composition)', files: () => corpus.slice(0, 100), parse: () => {
    const y = candidate('yaml');
    return y && ((t: string) => {
      for (const token of new y.Parser().parse(t)) void token;
    });
  } },
  { section: 'Bare parses (the same contracts as JSON)', label: 'JSON.parse (no positions, no duplicate-key check)', files: jsonFiles, parse: () => (t) => JSON.parse(t) },
  { section: 'Bare parses (the same contracts as JSON)', label: 'js-yaml 5.5.0 parseEvents on JSON', files: jsonFiles, parse: () => (t) => parseEvents(t, {}) },
  { section: 'Bare parses (the same contracts as JSON)', label: 'jsonc-parser 3.3.1 parseTree (positions included)', files: jsonFiles, parse: () => (t) => parseTree(t) },
  { section: 'fairlode parseSource', label: 'parseSource YAML (value + source map + all checks)', files: yamlFiles, parse: () => (t) => parseSource(t) },
  { section: 'fairlode parseSource', label: 'parseSource YAML + rangeOf + keyRangeOf + sourceOf of one deep path', files: yamlFiles, parse: () => (t) => {
    const result = parseSource(t);
    if (!result.ok) throw new Error('a generated contract failed to parse');
    result.value.rangeOf(DEEP_PATH);
    result.value.keyRangeOf(DEEP_PATH);
    result.value.sourceOf(DEEP_PATH);
  } },
  { section: 'fairlode parseSource', label: 'parseSource JSON (value + source map + all checks)', files: jsonFiles, parse: () => (t) => parseSource(t, { format: 'json' }) },
];

// With no argument, run each measurement in its own process (as bench/run.ts does per file), so
// one candidate's garbage and JIT state do not colour the next; with an index, run that one.
const selected = process.argv[2];
if (selected === undefined) {
  const lines = corpus.reduce((s, t) => s + t.split('\n').length - 1, 0) / FILES;
  const kb = (files: readonly string[]) => (files.reduce((s, t) => s + t.length, 0) / files.length / 1024).toFixed(1);
  console.log(`${FILES} generated contracts: mean ${lines.toFixed(0)} lines, ${kb(corpus)} KB as YAML, ${kb(jsonCorpus)} KB as JSON.`);
  console.log(`Per-file time: each file's median over ${RUNS} runs (after a warm-up pass), then the median and p90 over files.`);
  let section = '';
  for (let i = 0; i < MEASUREMENTS.length; i++) {
    if (MEASUREMENTS[i]!.section !== section) console.log(`\n${(section = MEASUREMENTS[i]!.section)}:`);
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(i)], { stdio: 'inherit' });
  }
  console.log('\nTarget: the whole contract load (this parse + zod validation + exact values + integrity, the');
  console.log('latter about 0.05-0.2 ms) at most 1 ms per realistic 200-line contract.');
} else {
  const measurement = MEASUREMENTS[Number(selected)]!;
  const parse = measurement.parse();
  if (parse === undefined) console.log(`  ${measurement.label}: not installed in ${candidatesDir}, skipped`);
  else perFile(measurement.label, measurement.files(), parse);
}
