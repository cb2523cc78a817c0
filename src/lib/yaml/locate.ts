/**
 * Finds where a value sits in a parsed YAML document, so that a problem found
 * on plain data (by the schema or a rule) is reported at the exact key or
 * value. A path that does not exist falls back to its nearest existing parent.
 */
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { yamlPackage } from './yaml-package.ts';

export type DataPath = readonly (string | number)[];

/**
 * - `key`: the key of the last path segment (an unknown key);
 * - `value`: the value at the path (a bad value);
 * - `parent`: the mapping at the path, where a missing key belongs (its key line when it has one).
 */
export type Target = 'key' | 'value' | 'parent';

export interface Position {
  line: number;
  column: number;
}

function keyText(pair: Pair): string | undefined {
  const { isScalar } = yamlPackage();
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/**
 * Each mapping's pairs by key text (the first pair of a key, as a scan would find it), made the first time a
 * path goes through the mapping: a file with thousands of unknown keys gets a finding placed for each, and a
 * scan of the mapping per finding made that quadratic. The documents located in are never changed.
 */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function findPair(node: unknown, segment: string | number): Pair | undefined {
  const { isMap } = yamlPackage();
  if (!isMap(node)) return undefined;
  let byKey = pairsByKey.get(node);
  if (byKey === undefined) {
    byKey = new Map();
    for (const pair of node.items) {
      const text = keyText(pair);
      if (text !== undefined && !byKey.has(text)) byKey.set(text, pair);
    }
    pairsByKey.set(node, byKey);
  }
  return byKey.get(String(segment));
}

export function locate(document: Document, lineCounter: LineCounter, path: DataPath, target: Target): Position {
  const { isPair, isScalar, isSeq } = yamlPackage();
  const at = (offset: number | undefined): Position => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };
  const nodeStart = (node: unknown): number | undefined =>
    isPair(node) ? (node.key as Node | null)?.range?.[0] : (node as Node | null)?.range?.[0];

  let node: unknown = document.contents;
  let pair: Pair | undefined; // the pair whose value `node` is, if any
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isSeq(node) && /^\d+$/.test(String(segment))) {
      const item = node.items[Number(segment)];
      if (item === undefined) return at(nodeStart(pair) ?? nodeStart(node));
      pair = undefined;
      node = item;
      continue;
    }
    const found = findPair(node, segment);
    if (!found) return at(nodeStart(pair) ?? nodeStart(node));
    if (last && target === 'key') return at(nodeStart(found));
    pair = found;
    node = found.value;
  }
  if (target === 'parent' && pair) return at(nodeStart(pair));
  // An empty value (`email:`) has no node of its own worth pointing at: point at its key.
  const isEmpty = node === null || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
  if (isEmpty && pair) return at(nodeStart(pair));
  return at(nodeStart(node) ?? nodeStart(pair));
}
