/**
 * Adds anonymous counts to a program's content/stats/<program>.yaml, editing
 * the YAML document in place so that its comments and layout survive.
 */
import type { YAMLMap } from 'yaml';
import { yamlPackage } from '../yaml/yaml-package.ts';
import type { Stats } from '../types.generated.ts';

export type RemovedCount = Stats['removed'][number];

export const statsFilePath = (program: string): string => `content/stats/${program}.yaml`;

const HEADER =
  ' Anonymous counts of relationships removed under the retention rule.\n Written by `npm run retention -- --open-pr`; counts only, never a name.';

function sameGroup(entry: unknown, count: RemovedCount): entry is YAMLMap {
  return (
    yamlPackage().isMap(entry) &&
    entry.get('cycle') === count.cycle &&
    entry.get('kind') === count.kind &&
    entry.get('outcome') === count.outcome
  );
}

/** The stats file's text with `counts` added: existing groups are incremented, new ones appended. */
export function addRemovedCounts(existing: string | undefined, program: string, counts: readonly RemovedCount[]): string {
  const { isSeq, parseDocument } = yamlPackage();
  const document =
    existing === undefined
      ? parseDocument(`program: ${program}\nremoved: []\n`, { schema: 'core' })
      : parseDocument(existing, { schema: 'core' });
  if (existing === undefined) document.commentBefore = HEADER;
  if (document.errors.length > 0) throw new Error(`${statsFilePath(program)} is not valid YAML: ${document.errors[0]!.message}`);
  let removed = document.get('removed');
  if (!isSeq(removed)) {
    document.set('removed', document.createNode([]));
    removed = document.get('removed');
  }
  if (!isSeq(removed)) throw new Error('unreachable: removed was just set to a list');
  removed.flow = false;
  for (const count of counts) {
    const entry = removed.items.find((item) => sameGroup(item, count));
    if (entry) {
      entry.set('count', Number(entry.get('count')) + count.count);
    } else {
      const node = document.createNode({ cycle: count.cycle, kind: count.kind, outcome: count.outcome, count: count.count });
      (node as YAMLMap).flow = true;
      removed.items.push(node);
    }
  }
  return document.toString({ lineWidth: 0 });
}

export type ResponseCount = NonNullable<Stats['responses']>[number];

/** The stats file's text with evaluation response counts added: existing groups are incremented, new ones appended. */
export function addResponseCounts(existing: string, counts: readonly ResponseCount[]): string {
  if (counts.length === 0) return existing;
  const { isMap, isSeq, parseDocument } = yamlPackage();
  const document = parseDocument(existing, { schema: 'core' });
  let responses = document.get('responses');
  if (!isSeq(responses)) {
    document.set('responses', document.createNode([]));
    responses = document.get('responses');
  }
  if (!isSeq(responses)) throw new Error('unreachable: responses was just set to a list');
  responses.flow = false;
  for (const count of counts) {
    const entry = responses.items.find(
      (item) => isMap(item) && item.get('cycle') === count.cycle && item.get('evaluation') === count.evaluation,
    );
    if (isMap(entry)) {
      entry.set('count', Number(entry.get('count')) + count.count);
    } else {
      const node = document.createNode({ cycle: count.cycle, evaluation: count.evaluation, count: count.count });
      (node as YAMLMap).flow = true;
      responses.items.push(node);
    }
  }
  return document.toString({ lineWidth: 0 });
}
