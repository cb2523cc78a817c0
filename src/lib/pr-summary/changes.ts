/**
 * The contracts and pairings a pull request touches, read from
 * `git diff --name-status` between the base and the pull request.
 */
export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';
type RecordKind = 'contract' | 'pairing';

export interface RecordChange {
  file: string; // repository-relative, as in the pull request
  kind: RecordKind;
  program: string;
  status: ChangeStatus;
}

export interface ChangeSet {
  records: RecordChange[];
  /** Changed files that are not contracts or pairings (guidelines, programs, code). */
  otherFiles: number;
}

const RECORD_PATH = /^content\/(contracts|pairings)\/([^/]+)\/[^/]+\.ya?ml$/;

const STATUS: Record<string, ChangeStatus> = { A: 'added', C: 'added', M: 'modified', T: 'modified', D: 'removed', R: 'renamed' };

/** Parses `git diff --name-status` output; unknown lines are ignored, never guessed at. */
export function parseNameStatus(output: string): ChangeSet {
  const records: RecordChange[] = [];
  let otherFiles = 0;
  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const [code = '', ...paths] = line.split('\t');
    const status = STATUS[code.charAt(0)];
    // A rename or copy lists the old path, then the new one: the new one is what the pull request holds.
    const file = paths[paths.length - 1];
    if (!status || !file) continue;
    const match = RECORD_PATH.exec(file);
    if (!match) {
      otherFiles += 1;
      continue;
    }
    records.push({ file, kind: match[1] === 'contracts' ? 'contract' : 'pairing', program: match[2] ?? '', status });
  }
  records.sort((a, b) => a.file.localeCompare(b.file));
  return { records, otherFiles };
}
