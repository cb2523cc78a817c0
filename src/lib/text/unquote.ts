/**
 * A value typed into a form or a prompt, read the way the person meant it.
 * People who have seen YAML files (or the advice to quote a phone number in
 * one) type the quotes too: `"+1 614 555 0142"`. Outside a YAML file quotes are
 * never part of a value, so one pair of matching quotes around the whole
 * answer is dropped (straight or typographic, double or single).
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['\u00ab', '\u00bb'],
];

export function unquote(value: string): string {
  const trimmed = value.trim();
  for (const [open, close] of PAIRS) {
    if (trimmed.length < 2 || !trimmed.startsWith(open) || !trimmed.endsWith(close)) continue;
    const inner = trimmed.slice(open.length, -close.length);
    // `"Publish" and "present"` is quoted words inside a value, not a quoted value.
    if (!inner.includes(close) && !inner.includes(open)) return inner.trim();
  }
  return trimmed;
}
