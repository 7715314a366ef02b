/**
 * HTML lowercases attribute names, so `positiveShare="0.1"` arrives as `positiveshare`. Map such names (and
 * kebab-case `positive-share`) back to the schema's camelCase; anything else passes through for the embed
 * page to report as unknown.
 */
export function attributeToParam(attr: string, paramNames: readonly string[]): string {
  const key = attr.toLowerCase().replace(/-/g, '');
  return paramNames.find((n) => n.toLowerCase() === key) ?? attr;
}
