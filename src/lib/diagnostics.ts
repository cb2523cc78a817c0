/**
 * One problem found in one file, and the three ways `npm run validate` prints
 * a list of them (for people, for GitHub Actions annotations, for machines).
 */
import type { RuleId } from './rule-ids.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Repository-relative, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  /** Plain words, never the personal value itself. */
  message: string;
  /** Stable id from the one list in rule-ids.ts, for example 'yaml-duplicate-key' or 'contract-pairing-exists'. */
  rule: RuleId;
}

/** Sorted by file, then position, then rule, so that every output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** The most problems listed for one file; the rest are counted in one last line ("and N more problems"). */
const MAX_DIAGNOSTICS_PER_FILE = 50;

/**
 * Sorted diagnostics with at most `max` per file: a file with thousands of bad
 * keys gets its first `max` problems (by line) and one more line saying how
 * many more there are, at the line of the first one left out. It is an error
 * when an error was left out, so the count never hides the verdict.
 */
export function capPerFile(sorted: readonly Diagnostic[], max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of sorted) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const capped: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= max) {
      capped.push(...list);
      continue;
    }
    const rest = list.slice(max);
    const first = rest[0]!;
    capped.push(...list.slice(0, max), {
      file,
      line: first.line,
      column: first.column,
      severity: rest.some((d) => d.severity === 'error') ? 'error' : 'warning',
      rule: 'too-many-problems',
      message: `and ${rest.length} more problem${rest.length === 1 ? '' : 's'} in this file (only the first ${max} are listed); fix these and run again.`,
    });
  }
  return capped;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one-line verdict printed after the list. */
function summaryLine(diagnostics: readonly Diagnostic[], filesChecked?: number): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const checked = filesChecked === undefined ? '' : ` (${plural(filesChecked, 'file')} checked)`;
  if (errors === 0 && warnings === 0) return `No problems found${checked}.`;
  const verdict = errors > 0 ? 'Invalid' : 'Valid with warnings';
  return `${verdict}: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}${checked}.`;
}

export interface FormatOptions {
  /** How many files the run checked, for the summary line. */
  filesChecked?: number;
}

/** `path:line:col: error|warning: message (rule)` per problem, then the summary line. */
export function formatText(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const lines = sortDiagnostics(diagnostics).map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} (${d.rule})`);
  lines.push(summaryLine(diagnostics, options.filesChecked));
  return `${lines.join('\n')}\n`;
}

/** GitHub's workflow-command escaping for the message part. */
function escapeGithubData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping for a property value (`file=`, `title=`): also `:` and `,`. */
function escapeGithubProperty(value: string): string {
  return escapeGithubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error file=…,line=…,col=…,title=…::message` per problem. GitHub shows only
 * a few annotations per step, so the summary follows as a plain line.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const lines = sortDiagnostics(diagnostics).map((d) => {
    const properties = [
      `file=${escapeGithubProperty(d.file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `title=${escapeGithubProperty(d.rule)}`,
    ].join(',');
    return `::${d.severity} ${properties}::${escapeGithubData(d.message)}`;
  });
  lines.push(summaryLine(diagnostics, options.filesChecked));
  return `${lines.join('\n')}\n`;
}

/** A stable JSON document: fixed key order, sorted diagnostics. */
export function formatJson(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const result = {
    ok: errors === 0,
    errors,
    warnings,
    ...(options.filesChecked === undefined ? {} : { filesChecked: options.filesChecked }),
    diagnostics: sortDiagnostics(diagnostics).map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      rule: d.rule,
      message: d.message,
    })),
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}
