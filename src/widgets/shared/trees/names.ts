// A table's column names where room is short (#/tree's node cards, #/forest's importance bars): the whole name stays
// in the node's accessible name or the chart's data; on screen it loses its unit and the scikit-learn transformer
// prefix the data lab's columns carry (num__, cat__), and is cut at 16 characters.

/** A label cut at 16 characters (15 and an ellipsis). */
export const cut = (s: string) => (s.length > 16 ? `${s.slice(0, 15)}…` : s);

/** A column's name without its unit and transformer prefix, cut at 16 characters. */
export const shortName = (name: string) => cut(name.replace(/\s*\(.*\)$/, '').replace(/^[a-z]+__(?=.)/, ''));
