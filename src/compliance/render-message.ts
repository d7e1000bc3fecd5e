/**
 * Renders a message template: each `{name}` is replaced by the argument `name`. A placeholder
 * without an argument is left as it is, so a missing argument shows rather than vanishes.
 *
 * @example
 * ```ts
 * renderMessage('The {type} are due {days} days after acquisition.', { type: 'assays', days: 120 });
 * // 'The assays are due 120 days after acquisition.'
 * ```
 */
export function renderMessage(template: string, args: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}
