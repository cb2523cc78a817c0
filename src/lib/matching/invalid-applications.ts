/**
 * One bad application must not stop a cycle's matching: the cycle's
 * applications with errors are left out of the matching and listed as
 * unmatched, each with the validator's first error (its line and message,
 * which never repeat the applicant's values), so that the coordinator fixes
 * them and reruns. `npm run match --strict` refuses instead.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { UnmatchedApplication } from './propose.ts';

/** The id of an application file (its name without `.yaml`). */
const idOfFile = (file: string): string => file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');

/** The applications under `folder` (content/applications/<program>/<cycle>/) that have errors, with the reason each is left out. */
export function invalidApplications(diagnostics: readonly Diagnostic[], folder: string): UnmatchedApplication[] {
  const first = new Map<string, Diagnostic>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error' || !diagnostic.file.startsWith(folder)) continue;
    const id = idOfFile(diagnostic.file);
    if (!first.has(id)) first.set(id, diagnostic);
  }
  return [...first]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([application, diagnostic]) => {
      const more = diagnostics.filter((d) => d.severity === 'error' && d.file === diagnostic.file).length - 1;
      return {
        application,
        reason: `the application is invalid and was left out: line ${diagnostic.line}: ${diagnostic.message.replace(/\.$/, '')} (${diagnostic.rule})${more > 0 ? `, and ${more} more error${more === 1 ? '' : 's'}` : ''}; fix it and run match again`,
      };
    });
}
