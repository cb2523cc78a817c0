/**
 * A late application accepted by the coordinator: the application's file on
 * record gains `lateAccepted` (who, when, why), validated with the whole
 * repository like any record, and proposed through the one choke point (a
 * pull request, or local mode without a token). The file is edited in place,
 * its layout and comments kept; an application already accepted is left as it is.
 */
import { yamlPackage } from '../yaml/yaml-package.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { publishRecordChange, type ChangeTarget, type PublishedChange } from '../publish/publish-change.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { recordToken } from '../submit/pull-request-names.ts';
import { applicationPath } from '../submit/record-location.ts';
import { validateFiles } from '../validate/index.ts';

export interface LateAcceptance {
  program: string;
  /** The application's id, `<cycle>-<surname>`: its file name. */
  application: string;
  by: string;
  on: string;
  reason: string;
}

export type LateAcceptanceResult =
  | { status: 'problems'; problems: string[] }
  | { status: 'invalid'; diagnostics: Diagnostic[] }
  | { status: 'published'; change: PublishedChange; warnings: Diagnostic[] };

/** The application's file with `lateAccepted` set, or the problem that stops it, in a sentence. */
function withLateAcceptance(files: readonly SourceFile[], acceptance: LateAcceptance): { path: string; text: string } | string {
  const cycle = /^([0-9]{4})-[a-z0-9-]+$/.exec(acceptance.application)?.[1];
  if (!cycle) return `“${acceptance.application}” is not an application id (the file name, for example 2027-okafor).`;
  const path = applicationPath(acceptance.program, cycle, acceptance.application);
  const file = files.find((candidate) => candidate.path === path);
  if (!file) return `There is no application ${acceptance.application} in ${acceptance.program}'s ${cycle} cycle (${path}).`;
  const { isMap, isScalar, parseDocument } = yamlPackage();
  const document = parseDocument(new TextDecoder().decode(file.bytes), { schema: 'core' });
  if (document.has('lateAccepted')) return `Application ${acceptance.application} was already accepted late: nothing was changed.`;
  const entry = document.createNode({ by: acceptance.by, on: acceptance.on, reason: acceptance.reason });
  // Dates are written quoted, as every record writes them (a YAML 1.1 reader would take a bare one for a timestamp).
  const on = isMap(entry) ? entry.get('on', true) : undefined;
  if (isScalar(on)) on.type = 'QUOTE_DOUBLE';
  document.set('lateAccepted', entry);
  return { path, text: document.toString({ lineWidth: 0, flowCollectionPadding: false }) };
}

export async function acceptLateApplication(
  target: ChangeTarget,
  files: readonly SourceFile[],
  acceptance: LateAcceptance,
  today: string,
  bodyNote?: string,
): Promise<LateAcceptanceResult> {
  const edited = withLateAcceptance(files, acceptance);
  if (typeof edited === 'string') return { status: 'problems', problems: [edited] };
  const next = files.map((file) => (file.path === edited.path ? { path: file.path, bytes: new TextEncoder().encode(edited.text) } : file));
  const { diagnostics } = validateFiles(next, { today, only: [edited.path] });
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return { status: 'invalid', diagnostics };
  const token = recordToken(acceptance.program, acceptance.application);
  const change = await publishRecordChange(target, {
    branch: `tandem/late-application-${token}`,
    files: { [edited.path]: edited.text },
    commitMessage: `Accept late application ${token}`,
    // Ids and names stay out of titles and branches: the token says which file.
    title: `Late application ${token} accepted in ${acceptance.program}`,
    body: [
      `The coordinator accepts application \`${edited.path}\` outside its window (\`lateAccepted\`).`,
      '',
      `- Accepted by: ${acceptance.by}`,
      `- On: ${acceptance.on}`,
      `- Why: ${acceptance.reason}`,
      ...(bodyNote ? ['', bodyNote] : []),
      '',
    ].join('\n'),
    amend: true,
  });
  return { status: 'published', change, warnings: diagnostics };
}
