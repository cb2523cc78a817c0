/**
 * The facts a program.yaml states, as keys a SOURCES.md can name: the dotted
 * path of every value, where a list of items with ids names each item by its
 * id (`steps.final-meeting`) and any other list is one fact (`kinds`). A
 * SOURCES.md row for a key covers everything under it.
 */
export function factKeys(data: unknown, prefix = ''): string[] {
  return factEntries(data, prefix).map((entry) => entry.key);
}

/** A fact's key and the data path of its value in program.yaml (to point at its line). */
export interface FactEntry {
  key: string;
  path: (string | number)[];
}

/** Every fact of a program.yaml, with the data path of each (factKeys without the paths). */
export function factEntries(data: unknown, prefix = '', path: (string | number)[] = []): FactEntry[] {
  if (Array.isArray(data)) {
    const withIds = data.every((item) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string');
    if (!withIds || data.length === 0) return [{ key: prefix, path }];
    return data.map((item, index) => ({ key: `${prefix}.${(item as { id: string }).id}`, path: [...path, index] }));
  }
  if (typeof data === 'object' && data !== null) {
    const entries = Object.entries(data).flatMap(([key, value]) => factEntries(value, prefix ? `${prefix}.${key}` : key, [...path, key]));
    return entries.length > 0 ? entries : [{ key: prefix, path }];
  }
  return [{ key: prefix, path }];
}

/** The keys of a SOURCES.md: the first cell of each table row, written `like.this`. */
export function sourceKeys(markdown: string): string[] {
  return sourceRows(markdown).map((row) => row.key);
}

/** Each key row of a SOURCES.md with its line (1-based). */
export function sourceRows(markdown: string): { key: string; line: number }[] {
  return markdown.split(/\r?\n/).flatMap((text, index) => {
    const match = /^\|\s*`([^`]+)`\s*\|/.exec(text);
    return match ? [{ key: match[1]!, line: index + 1 }] : [];
  });
}

/** Whether a key is covered by a row for it or for one of its parents. */
export function isCovered(key: string, rows: readonly string[]): boolean {
  return rows.some((row) => key === row || key.startsWith(`${row}.`));
}
