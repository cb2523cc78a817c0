/**
 * The nesting bound both readings share. Kept apart from strict.ts so that
 * the fast reading's pre-scan does not load the strict reading's parser.
 */
export const MAX_BRACKET_DEPTH = 64;

/**
 * Where brackets first nest deeper than any Tandem record needs (the parsers
 * recurse per level and slow down badly on thousands of levels). Brackets in
 * quoted text count too: a real file never comes near the bound.
 */
export function deepBracketAt(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > MAX_BRACKET_DEPTH) return i;
    } else if ((char === 0x5d || char === 0x7d) && depth > 0) depth -= 1;
  }
  return undefined;
}
