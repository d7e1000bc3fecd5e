import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadContract } from 'fairlode';

const base = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'invalid', '_base.yaml'), 'utf8');
const TITLE = 'title: Base Copper Deal';
const titleLine = base.split('\n').indexOf(TITLE) + 1;

describe('bidirectional control characters (Trojan Source, CVE-2021-42574)', () => {
  it('an unclosed right-to-left override in the title loads, with a located warning', () => {
    // "title: Base \u202EleaD" displays as "Base Dael": the warning points at the override, column 13.
    const r = loadContract(base.replace(TITLE, 'title: Base \u202ELaeD reppoC'), { filename: 'bidi.yaml' });
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.code).toBe('contract/bidi-control');
    expect(d.severity).toBe('warning');
    expect(d.file).toBe('bidi.yaml');
    expect(d.range).toEqual({ start: { line: titleLine, column: 13 }, end: { line: titleLine, column: 14 } });
    expect(d.message).toContain('RIGHT-TO-LEFT OVERRIDE (U+202E)');
  });

  it('each kind of control is found, one warning per line, in a comment too', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of controls) {
      const r = loadContract(`# note ${c}${c} twice\n${base}`);
      expect(r.diagnostics.map((d) => [d.code, d.range?.start])).toEqual([['contract/bidi-control', { line: 1, column: 8 }]]);
    }
  });

  it('a file that fails keeps the warning beside its errors; actuals are checked too', () => {
    const broken = loadContract(base.replace(TITLE, 'title: \u2067x').replace('currency: USD', 'currency: usd'));
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics.map((d) => d.code)).toContain('contract/bidi-control');
    // Line 4: 2 spaces, "- { ", "clause: x, " (11), "date: 2027-01-02, " (18), 'note: "paid ' (12): the override is the 48th character.
    const actuals = loadActuals('contract: base-deal\nperiod: 2027-Q1\nevents:\n  - { clause: x, date: 2027-01-02, note: "paid \u202E0001" }\n');
    expect(actuals.ok).toBe(true);
    expect(actuals.diagnostics.map((d) => [d.code, d.range?.start])).toEqual([['contract/bidi-control', { line: 4, column: 48 }]]);
  });

  it('right-to-left text without controls (Urdu, Arabic) is not flagged', () => {
    const r = loadContract(base.replace(TITLE, 'title: معاہدہ تانبا'));
    expect(r.diagnostics).toEqual([]);
  });
});
