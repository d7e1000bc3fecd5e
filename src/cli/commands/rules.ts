import { PRINCIPLES, ruleDocsUrl } from '../../compliance/index.js';
import { chooseProfiles } from '../check-profiles.js';
import { loadConfig } from '../config.js';
import type { Terminal } from '../terminal.js';

/** The options of `fairlode rules`. */
export interface RulesCommandOptions {
  /** `--config`. */
  readonly config: string | undefined;
  /** `--profile`. */
  readonly profile: string | undefined;
  /** text, json or markdown. */
  readonly format: 'text' | 'json' | 'markdown';
}

/** `fairlode rules`: every rule with its principle, severity in the profile, criticality, title and docs. */
export async function runRules(options: RulesCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const config = await loadConfig(cwd, options.config);
  const choice = await chooseProfiles(cwd, options.profile, config);
  const profile = choice.profileFor('');
  const rows = profile.rules.map((s) => ({
    id: s.rule.id,
    principle: s.rule.principle,
    severity: s.severity,
    defaultSeverity: s.rule.severity,
    critical: s.rule.critical,
    title: s.rule.title,
    docsUrl: ruleDocsUrl(s.rule.id),
  }));
  if (options.format === 'json') {
    terminal.out(`${JSON.stringify({ profile: profile.name, rules: rows }, null, 2)}\n`);
    return 0;
  }
  if (options.format === 'markdown') {
    const lines = [`Rules of the profile \`${profile.name}\`.`, '', '| Rule | Principle | Severity | Critical | Title |', '|---|---|---|---|---|'];
    for (const r of rows) lines.push(`| [\`${r.id}\`](${r.docsUrl}) | ${r.principle} | ${r.severity} | ${r.critical ? 'yes' : ''} | ${r.title.replace(/\|/g, '\\|')} |`);
    terminal.out(`${lines.join('\n')}\n`);
    return 0;
  }
  const out: string[] = [`Rules of the profile "${profile.name}" (${rows.filter((r) => r.severity !== 'off').length} of ${rows.length} on):`];
  for (const p of PRINCIPLES) {
    const mine = rows.filter((r) => r.principle === p.id);
    if (mine.length === 0) continue;
    out.push('', `${p.id} ${p.title}`);
    for (const r of mine) out.push(`  ${r.id.padEnd(10)}  ${r.severity.padEnd(7)}  ${r.critical ? 'critical' : '        '}  ${r.title}  ${r.docsUrl}`);
  }
  terminal.out(`${out.join('\n')}\n`);
  return 0;
}
