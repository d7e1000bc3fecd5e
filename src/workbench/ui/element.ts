// Building DOM elements from code: text always goes in as text (never as HTML), so a contract's
// own words cannot inject markup into the page.

/** Attributes of {@link h}: strings are set as attributes, functions starting with `on` as listeners. */
export type Attributes = Record<string, string | boolean | undefined | ((event: Event) => void)>;

/** A child of {@link h}: an element, text, or nothing. */
export type Child = Node | string | number | undefined | null | false;

/**
 * Creates an element with attributes and children.
 *
 * @example
 * ```ts
 * h('button', { type: 'button', onclick: () => save() }, 'Save');
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const c of children) if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Replaces the children of an element. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string | number => c !== undefined && c !== null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
}
