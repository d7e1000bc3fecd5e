const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Text that can change the direction of what follows it: a bidirectional control, or a letter of a
// right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
const DIRECTIONAL = /[\u0590-\u08ff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]/;

const EMBEDDING_OPENERS = '\u202a\u202b\u202d\u202e'; // LRE, RLE, LRO, RLO: closed by PDF
const ISOLATE_OPENERS = '\u2066\u2067\u2068'; // LRI, RLI, FSI: closed by PDI
const PDF = '\u202c';
const PDI = '\u2069';
const FSI = '\u2068';

/**
 * The text with its bidirectional controls paired: a closer with no opener is dropped and every
 * opener left open is closed at the end, so the text cannot close an isolate around it.
 */
function balanced(text: string): string {
  const open: string[] = [];
  let isolates = 0;
  let out = '';
  for (const c of text) {
    if (EMBEDDING_OPENERS.includes(c)) open.push(c);
    else if (ISOLATE_OPENERS.includes(c)) {
      open.push(c);
      isolates++;
    } else if (c === PDF) {
      if (open.length === 0 || ISOLATE_OPENERS.includes(open.at(-1)!)) continue;
      open.pop();
    } else if (c === PDI) {
      if (isolates === 0) continue;
      // A PDI also ends the embeddings opened inside its isolate (Unicode bidi algorithm, X6a).
      while (!ISOLATE_OPENERS.includes(open.pop()!));
      isolates--;
    }
    out += c;
  }
  return out + open.reverse().map((o) => (ISOLATE_OPENERS.includes(o) ? PDI : PDF)).join('');
}

/**
 * Escapes text for HTML and SVG content and attribute values. Text that holds a bidirectional
 * control (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) or right-to-left letters is also
 * isolated: its controls are paired and it is wrapped in a first-strong isolate (U+2068 … U+2069),
 * so a right-to-left override in a contract reorders only its own text, never the labels, figures
 * and dates around it. Other text is only escaped.
 *
 * @example
 * ```ts
 * escapeHtml('Fees < 5% & "bonus"'); // 'Fees &lt; 5% &amp; &quot;bonus&quot;'
 * escapeHtml('fee\u202Eevil'); // '\u2068fee\u202Eevil\u202C\u2069'
 * ```
 */
export function escapeHtml(text: string | number): string {
  const escaped = String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
  return DIRECTIONAL.test(escaped) ? `${FSI}${balanced(escaped)}${PDI}` : escaped;
}
