import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { LineIndex, type SourceDocument } from '../document/index.js';

// Bidirectional-text controls: embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069.
// An unclosed right-to-left override makes the text that follows display reversed, so a label or a
// date can read differently from what the file says ("Trojan Source", CVE-2021-42574); compilers
// now warn about them in source code, and so does the loader in a contract.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** The most lines reported, so a file full of them gives a readable list. */
const MAX_LINES_REPORTED = 100;

const NAMES: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING (U+202A)',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING (U+202B)',
  0x202c: 'POP DIRECTIONAL FORMATTING (U+202C)',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE (U+202D)',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE (U+202E)',
  0x2066: 'LEFT-TO-RIGHT ISOLATE (U+2066)',
  0x2067: 'RIGHT-TO-LEFT ISOLATE (U+2067)',
  0x2068: 'FIRST STRONG ISOLATE (U+2068)',
  0x2069: 'POP DIRECTIONAL ISOLATE (U+2069)',
};

/**
 * A warning (`contract/bidi-control`) for each line of the text holding a bidirectional control
 * character, placed on the first one in the line; at most 100 lines are reported.
 */
export function bidiControlWarnings(source: SourceDocument): Diagnostic[] {
  const text = source.text;
  BIDI_CONTROL.lastIndex = 0;
  if (!BIDI_CONTROL.test(text)) return [];
  const lines = new LineIndex(text);
  const warnings: Diagnostic[] = [];
  let lastLine = 0;
  BIDI_CONTROL.lastIndex = 0;
  for (let m = BIDI_CONTROL.exec(text); m !== null; m = BIDI_CONTROL.exec(text)) {
    const range = lines.rangeOf(m.index, m.index + 1);
    if (range.start.line === lastLine) continue;
    lastLine = range.start.line;
    if (warnings.length === MAX_LINES_REPORTED) break;
    warnings.push({
      code: 'contract/bidi-control',
      severity: 'warning',
      message: `Line ${range.start.line} contains the invisible bidirectional control ${NAMES[m[0].charCodeAt(0)]!}, which can make the text display differently from what it says.`,
      hint: 'remove it: write right-to-left text without direction controls, and check that the line means what it shows',
      path: [],
      range,
      ...(source.file === undefined ? {} : { file: source.file }),
    });
  }
  return warnings;
}
