/** The text of content/programs/<program>/statistics.yaml: one snapshot, flow rows, a header saying where it comes from. */
import { yamlPackage } from '../yaml/yaml-package.ts';
import type { Statistics } from '../types.generated.ts';

const HEADER = (month: string) =>
  ` The published statistics for ${month}, written by \`npm run stats:snapshot\` on the first of the month.\n` +
  ' Counts only, already suppressed; the site shows this file as it is. Do not edit by hand:\n' +
  ' a count lowered here would give a small one away.';

export function snapshotText(snapshot: Statistics): string {
  const document = new (yamlPackage().Document)(snapshot);
  document.commentBefore = HEADER(snapshot.month);
  for (const key of ['cycles', 'responses']) {
    const list = document.get(key);
    if (list && typeof list === 'object' && 'items' in list && Array.isArray(list.items))
      for (const item of list.items as { flow?: boolean }[]) item.flow = true;
  }
  return document.toString({ lineWidth: 0 });
}
