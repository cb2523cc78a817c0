/**
 * The facts a program.yaml states, as keys a SOURCES.md can name: the dotted
 * path of every value, where a list of items with ids names each item by its
 * id (`steps.final-meeting`) and any other list is one fact (`kinds`). A
 * SOURCES.md row for a key covers everything under it.
 */
export function factKeys(data: unknown, prefix = ''): string[] {
  if (Array.isArray(data)) {
    const withIds = data.every((item) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string');
    if (!withIds || data.length === 0) return [prefix];
    return data.map((item) => `${prefix}.${(item as { id: string }).id}`);
  }
  if (typeof data === 'object' && data !== null) {
    const keys = Object.entries(data).flatMap(([key, value]) => factKeys(value, prefix ? `${prefix}.${key}` : key));
    return keys.length > 0 ? keys : [prefix];
  }
  return [prefix];
}

/** The keys of a SOURCES.md: the first cell of each table row, written `like.this`. */
export function sourceKeys(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1]!);
}

/** Whether a key is covered by a row for it or for one of its parents. */
export function isCovered(key: string, rows: readonly string[]): boolean {
  return rows.some((row) => key === row || key.startsWith(`${row}.`));
}
