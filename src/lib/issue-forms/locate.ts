/**
 * Turns a diagnostic's line in the generated contract YAML back into the form
 * field a participant filled in, so that a comment can say "Party 2: Email"
 * instead of "line 12" of a file they never saw.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContractPath, FormField } from './fields.ts';

interface Located {
  path: ContractPath;
  line: number;
}

/** Every node of the document with its path and the line it starts on. */
function nodeLines(text: string): Located[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, schema: 'core' });
  const found: Located[] = [];
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 0 : lineCounter.linePos(offset).line);
  const visit = (node: Node | null | undefined, path: ContractPath): void => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const childPath = [...path, String(pair.key.value)];
        found.push({ path: childPath, line: lineOf(pair.key.range?.[0]) });
        visit(pair.value as Node | null, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const childPath = [...path, index];
        found.push({ path: childPath, line: lineOf((item as Node | null)?.range?.[0]) });
        visit(item as Node | null, childPath);
      });
    }
  };
  visit(document.contents, []);
  return found;
}

const startsWith = (path: ContractPath, prefix: ContractPath): boolean =>
  prefix.length <= path.length && prefix.every((part, index) => path[index] === part);

/** The label of the form field behind a line of the generated YAML, if one is. */
export function fieldLabelAtLine(yamlText: string, line: number, fields: readonly FormField[]): string | undefined {
  // The deepest node starting on the line is the most precise place.
  const onLine = nodeLines(yamlText).filter((node) => node.line === line);
  const deepest = onLine.sort((a, b) => b.path.length - a.path.length)[0];
  if (!deepest) return undefined;
  const field = fields.filter((candidate) => startsWith(deepest.path, candidate.path)).sort((a, b) => b.path.length - a.path.length)[0];
  return field?.label;
}
