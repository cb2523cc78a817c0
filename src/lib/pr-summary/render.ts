/**
 * The job summary of the validation workflow: one table row per contract or
 * pairing the pull request adds or changes, with its verdict. It shows file
 * paths, kinds, programs and counts only: no value from inside the files, so
 * no participant's name, email or phone number reaches the summary.
 */
import { countBySeverity, type Diagnostic } from '../diagnostics.ts';
import type { ChangeSet, ChangeStatus, RecordChange } from './changes.ts';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const STATUS_WORDS: Record<ChangeStatus, string> = { added: 'added', modified: 'changed', removed: 'removed', renamed: 'renamed' };

/** ✅ valid, ⚠️ n warnings, ❌ n errors; a removed file has nothing left to check. */
function verdict(record: RecordChange, diagnostics: readonly Diagnostic[]): string {
  if (record.status === 'removed') return '➖ removed';
  const { errors, warnings } = countBySeverity(diagnostics.filter((d) => d.file === record.file));
  if (errors > 0) return `❌ ${plural(errors, 'error')}`;
  if (warnings > 0) return `⚠️ ${plural(warnings, 'warning')}`;
  return '✅ valid';
}

/** Table cells: a pipe or a line break would end the cell early. */
const cell = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

const code = (value: string): string => `\`${value.replace(/`/g, '')}\``;

export function renderPullRequestSummary(changes: ChangeSet, diagnostics: readonly Diagnostic[]): string {
  const lines = ['## Contracts and pairings in this pull request', ''];
  if (changes.records.length === 0) {
    lines.push('This pull request adds or changes no contract or pairing.');
  } else {
    lines.push('| File | Kind | Program | Change | Verdict |', '| --- | --- | --- | --- | --- |');
    for (const record of changes.records) {
      lines.push(
        `| ${cell(code(record.file))} | ${record.kind} | ${cell(record.program)} | ${STATUS_WORDS[record.status]} | ${verdict(record, diagnostics)} |`,
      );
    }
  }
  lines.push('');

  const inTable = new Set(changes.records.map((record) => record.file));
  const elsewhere = diagnostics.filter((d) => !inTable.has(d.file));
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors === 0 && warnings === 0) {
    lines.push('**Validation passed**: no problems anywhere in the repository.');
  } else {
    const overall = errors > 0 ? '**Validation failed**' : '**Validation passed with warnings**';
    lines.push(
      `${overall}: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in the repository. ` +
        'Each one is an annotation on its line in the *Files changed* tab and in the log of the validate step.',
    );
    if (elsewhere.length > 0) {
      const files = new Set(elsewhere.map((d) => d.file)).size;
      lines.push(
        '',
        `${plural(files, 'other file')} outside the table ${files === 1 ? 'has' : 'have'} problems too ` +
          '(a change to a program or a pairing can make an unchanged contract invalid).',
      );
    }
  }
  if (changes.otherFiles > 0) lines.push('', `The pull request also changes ${plural(changes.otherFiles, 'other file')}.`);
  return `${lines.join('\n')}\n`;
}
