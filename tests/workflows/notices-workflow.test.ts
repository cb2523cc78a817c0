import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

type Step = { name?: string; run?: string; if?: string; env?: Record<string, string> };
const workflow = parse(readFileSync('.github/workflows/desk.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
};
const steps = workflow.jobs['desk']!.steps;
const index = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));

describe('the desk workflow sends the notices', () => {
  it('after rewriting the desk issue, with the ledger in that issue', () => {
    expect(index(/scripts\/desk-issue\.ts/)).toBeGreaterThan(-1);
    expect(index(/scripts\/notices\.ts --ledger github --send/)).toBeGreaterThan(index(/scripts\/desk-issue\.ts/));
  });

  it('only on the schedule or a manual run, from the default branch, never for a pull request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const send = steps[index(/--send/)]!;
    expect(send.if).toBe("github.event_name == 'schedule' || github.ref_name == github.event.repository.default_branch");
  });

  it('takes SMTP_URL from the repository secret and never puts it on a command line', () => {
    const send = steps[index(/--send/)]!;
    expect(send.env?.['SMTP_URL']).toBe('${{ secrets.SMTP_URL }}');
    expect(send.run).not.toMatch(/\$\{\{|SMTP_URL=/);
  });
});
