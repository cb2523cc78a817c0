/**
 * The {{placeholders}} a notice text may use, derived from the `placeholders`
 * definition in schemas/notice.schema.json: `{{group.name}}` for each property
 * of each group, and `{{links.guidelines.<page>}}` for a guideline page.
 */
import { schemaRegistry } from '../schema-files.ts';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  propertyNames?: { pattern?: string };
  additionalProperties?: SchemaNode | boolean;
}

export interface PlaceholderCatalog {
  /** Every fixed placeholder, e.g. mentee.name. */
  names: ReadonlySet<string>;
  /** Placeholder families with a free last part, e.g. links.guidelines. + a page's file name. */
  families: ReadonlyArray<{ prefix: string; pattern: RegExp }>;
}

function walk(node: SchemaNode, prefix: string, names: Set<string>, families: { prefix: string; pattern: RegExp }[]): void {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${name}`;
    if (child.properties) walk(child, `${path}.`, names, families);
    else if (typeof child.additionalProperties === 'object')
      families.push({ prefix: `${path}.`, pattern: new RegExp(child.propertyNames?.pattern ?? '^.+$', 'u') });
    else names.add(path);
  }
}

let catalog: PlaceholderCatalog | undefined;

export function placeholderCatalog(): PlaceholderCatalog {
  if (catalog) return catalog;
  const schema = schemaRegistry.get('notice.schema.json') as { $defs: { placeholders: SchemaNode } };
  const names = new Set<string>();
  const families: { prefix: string; pattern: RegExp }[] = [];
  walk(schema.$defs.placeholders, '', names, families);
  catalog = { names, families };
  return catalog;
}

/** The family a placeholder belongs to and its free part (links.guidelines.setting-goals: the page setting-goals). */
export function familyOf(name: string): { prefix: string; rest: string } | undefined {
  for (const family of placeholderCatalog().families) {
    if (name.startsWith(family.prefix) && family.pattern.test(name.slice(family.prefix.length))) {
      return { prefix: family.prefix, rest: name.slice(family.prefix.length) };
    }
  }
  return undefined;
}

export const isKnownPlaceholder = (name: string): boolean => placeholderCatalog().names.has(name) || familyOf(name) !== undefined;

export interface PlaceholderUse {
  name: string;
  /** Offset of the opening {{ in the text. */
  offset: number;
}

/** `{{ name }}`: letters, digits, dots and hyphens between double braces, spaces allowed around the name. */
export const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

export function findPlaceholders(text: string): PlaceholderUse[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1]!, offset: match.index }));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The known placeholder closest to a mistyped one, when one is close enough to be what was meant. */
export function closestPlaceholder(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const known of placeholderCatalog().names) {
    const distance = editDistance(name, known);
    if (distance <= 3 && (!best || distance < best.distance)) best = { name: known, distance };
  }
  return best?.name;
}
