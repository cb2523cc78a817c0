/**
 * A list of words as a sentence reads it: "a, b or c", "a, b and c". The one
 * copy for the site, the emails, the messages and the matching's explanations.
 */
const joined = (items: readonly string[], word: 'and' | 'or'): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;

/** a, b or c */
export const orList = (items: readonly string[]): string => joined(items, 'or');

/** a, b and c */
export const andList = (items: readonly string[]): string => joined(items, 'and');
