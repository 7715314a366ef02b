/**
 * HTML lowercases attribute names, so `positiveShare="0.1"` arrives as `positiveshare`. Map such names (and
 * kebab-case `positive-share`) back to the schema's camelCase. Anything else (id, class, style, title, data-*,
 * aria-*, a typo) is the page's own business and is not a setting: undefined, so it never reaches the widget
 * and never shows an "Unknown setting" notice.
 */
export function attributeToParam(attr: string, paramNames: readonly string[]): string | undefined {
  const key = attr.toLowerCase().replace(/-/g, '');
  return paramNames.find((n) => n.toLowerCase() === key);
}

/** The attribute names a custom element watches for these settings: each name lowercased, and in kebab-case. */
export function observedAttributeNames(paramNames: readonly string[]): string[] {
  const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return [...new Set(paramNames.flatMap((n) => [n.toLowerCase(), kebab(n)]))];
}
