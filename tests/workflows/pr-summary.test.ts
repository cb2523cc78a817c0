import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { formatJson } from '../../src/lib/diagnostics.ts';
import { parseNameStatus } from '../../src/lib/pr-summary/changes.ts';
import { parseDiagnosticsJson } from '../../src/lib/pr-summary/diagnostics-json.ts';
import { renderPullRequestSummary } from '../../src/lib/pr-summary/render.ts';
import { main } from '../../scripts/pr-summary.ts';
import { runMain, runProcess } from '../support/run-main.ts';

const NAME_STATUS = [
  'A\tcontent/contracts/alao/2026-brightwater-osei.yaml',
  'M\tcontent/pairings/alao/2026-brightwater-osei.yaml',
  'A\tcontent/contracts/cala/2026-liang-fairweather.yaml',
  'D\tcontent/contracts/alcts/2025-old-pair.yaml',
  'R087\tcontent/pairings/cala/2026-a-b.yaml\tcontent/pairings/cala/2026-a-c.yaml',
  'M\tcontent/programs/alao/guidelines/goals.mdx',
  'M\tpackage.json',
  '',
].join('\n');

const diagnostic = (file: string, severity: Diagnostic['severity'], rule: Diagnostic['rule']): Diagnostic => ({
  file,
  line: 3,
  column: 5,
  severity,
  rule,
  message: `A problem (${rule}).`,
});

const DIAGNOSTICS: Diagnostic[] = [
  diagnostic('content/contracts/alao/2026-brightwater-osei.yaml', 'error', 'schema-format'),
  diagnostic('content/contracts/alao/2026-brightwater-osei.yaml', 'error', 'contract-signed-after-notice'),
  diagnostic('content/contracts/cala/2026-liang-fairweather.yaml', 'warning', 'contract-due'),
  diagnostic('content/contracts/alcts/2026-unchanged.yaml', 'error', 'contract-pairing-exists'),
];

describe('parseNameStatus', () => {
  it('keeps contracts and pairings with their kind, program and change, and counts the other files', () => {
    expect(parseNameStatus(NAME_STATUS)).toEqual({
      records: [
        { file: 'content/contracts/alao/2026-brightwater-osei.yaml', kind: 'contract', program: 'alao', status: 'added' },
        { file: 'content/contracts/alcts/2025-old-pair.yaml', kind: 'contract', program: 'alcts', status: 'removed' },
        { file: 'content/contracts/cala/2026-liang-fairweather.yaml', kind: 'contract', program: 'cala', status: 'added' },
        { file: 'content/pairings/alao/2026-brightwater-osei.yaml', kind: 'pairing', program: 'alao', status: 'modified' },
        { file: 'content/pairings/cala/2026-a-c.yaml', kind: 'pairing', program: 'cala', status: 'renamed' },
      ],
      otherFiles: 2,
    });
  });

  it('ignores lines that are not name-status output instead of guessing', () => {
    expect(parseNameStatus('warning: something\nX\tcontent/contracts/alao/a.yaml\n')).toEqual({ records: [], otherFiles: 0 });
  });
});

describe('renderPullRequestSummary', () => {
  const summary = renderPullRequestSummary(parseNameStatus(NAME_STATUS), DIAGNOSTICS);

  it('gives each contract and pairing a row with its verdict', () => {
    expect(summary).toContain('| File | Kind | Program | Change | Verdict |');
    expect(summary).toContain('| `content/contracts/alao/2026-brightwater-osei.yaml` | contract | alao | added | ❌ 2 errors |');
    expect(summary).toContain('| `content/contracts/cala/2026-liang-fairweather.yaml` | contract | cala | added | ⚠️ 1 warning |');
    expect(summary).toContain('| `content/pairings/alao/2026-brightwater-osei.yaml` | pairing | alao | changed | ✅ valid |');
    expect(summary).toContain('| `content/contracts/alcts/2025-old-pair.yaml` | contract | alcts | removed | ➖ removed |');
  });

  it('states the overall verdict and the problems outside the table', () => {
    expect(summary).toContain('**Validation failed**: 3 errors and 1 warning in the repository.');
    expect(summary).toContain('1 other file outside the table has problems too');
    expect(summary).toContain('The pull request also changes 2 other files.');
  });

  it('shows no message text, so nothing from inside a file reaches the summary', () => {
    for (const d of DIAGNOSTICS) expect(summary).not.toContain(d.message);
  });

  it('says so when no contract or pairing changed and everything is valid', () => {
    const quiet = renderPullRequestSummary(parseNameStatus('M\tREADME.md\n'), []);
    expect(quiet).toContain('This pull request adds or changes no contract or pairing.');
    expect(quiet).toContain('**Validation passed**: no problems anywhere in the repository.');
    expect(quiet).not.toContain('| File |');
  });

  it('escapes a pipe in a path so the table keeps its columns', () => {
    const odd = renderPullRequestSummary(parseNameStatus('A\tcontent/contracts/alao/2026-a|b.yaml\n'), []);
    expect(odd).toContain('`content/contracts/alao/2026-a\\|b.yaml`');
  });
});

describe('parseDiagnosticsJson', () => {
  it("reads validate's JSON output back", () => {
    expect(parseDiagnosticsJson(formatJson(DIAGNOSTICS))).toHaveLength(DIAGNOSTICS.length);
  });

  it('refuses anything else with a sentence, rather than summarise half a result', () => {
    expect(() => parseDiagnosticsJson('::error file=x::y')).toThrow(/not JSON/);
    expect(() => parseDiagnosticsJson('{"ok":true}')).toThrow(/no "diagnostics" list/);
    expect(() => parseDiagnosticsJson('{"diagnostics":[{"file":"a"}]}')).toThrow(/result number 1 is not a diagnostic/);
  });
});

describe('scripts/pr-summary.ts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pr-summary-'));
    await writeFile(join(dir, 'changes.txt'), NAME_STATUS);
    await writeFile(join(dir, 'validation.json'), formatJson(DIAGNOSTICS));
    await writeFile(join(dir, 'broken.json'), '{');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the summary and exits 0', async () => {
    // The real process, as the workflow runs it.
    const { code, stdout } = await runProcess('scripts/pr-summary.ts', [
      '--changes',
      join(dir, 'changes.txt'),
      '--diagnostics',
      join(dir, 'validation.json'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(renderPullRequestSummary(parseNameStatus(NAME_STATUS), DIAGNOSTICS));
  });

  it('exits 2 with one sentence, no stack trace, when an input cannot be read', async () => {
    const failure = await runMain(main, ['--changes', join(dir, 'changes.txt'), '--diagnostics', join(dir, 'broken.json')]);
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('pr-summary: the validation results are not JSON');
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  });
});
