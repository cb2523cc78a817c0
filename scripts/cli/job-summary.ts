/**
 * The job summary of a GitHub Actions run: what a workflow started from
 * GitHub's pages did, for the coordinator who started it. Appended to the
 * file GitHub names in GITHUB_STEP_SUMMARY; outside Actions, nothing.
 */
import { appendFileSync } from 'node:fs';

/** Appends Markdown to the job summary when running in GitHub Actions; returns whether it did. */
export function appendJobSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (!file) return false;
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return true;
}
