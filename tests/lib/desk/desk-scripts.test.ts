import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { main as calendar } from '../../../scripts/calendar.ts';
import { main as desk } from '../../../scripts/desk.ts';
import { runMain, runProcess } from '../../support/run-main.ts';
import { FIXTURE_ROOT } from '../../support/desk-fixture-repo.ts';

const MAINS = { desk, calendar };
/** Through the script's main in this process, or (`spawn`, once per script) as the real `node scripts/<name>.ts`. */
const runScript = async (name: keyof typeof MAINS, args: string[], spawn = false) =>
  spawn ? runProcess(`scripts/${name}.ts`, args, { cwd: FIXTURE_ROOT }) : runMain(MAINS[name], args, { cwd: FIXTURE_ROOT });

describe('npm run desk', () => {
  it('prints the desk as JSON for a given day', async () => {
    const result = await runScript('desk', ['--today', '2026-03-20', '--format', 'json'], true);
    expect(result.code).toBe(0);
    const desk = JSON.parse(result.stdout);
    expect(desk.programs.map((p: { program: string }) => p.program)).toEqual(['alao', 'alcts']);
    expect(desk.programs[0].items).toEqual([
      expect.objectContaining({ kind: 'contract-overdue', pairing: '2026-pemberton-oakes', due: '2026-03-03' }),
      // Retention is a duty: the peer pair that ended early in 2025 is still on file past ALAO's zero days.
      expect.objectContaining({ kind: 'past-retention', pairing: '2025-fennimore-ashdown', due: '2025-06-20' }),
    ]);
  });

  it('names the files it left out because of errors (here: signed after the given day), on the desk itself', async () => {
    const result = await runScript('desk', ['--today', '2026-01-20']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('desk: 2 files have errors and are left out; run npm run validate.');
    expect(result.stdout).toContain(
      'left out until fixed (npm run validate says what is wrong):\n' +
        '  content/contracts/alao/2026-quillon-brackenbury.yaml\n  content/pairings/alao/2026-quillon-brackenbury.yaml\n',
    );
  });

  it('exits 2 with one sentence and the usage for a bad option', async () => {
    const result = await runScript('desk', ['--format', 'pdf']);
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain('Usage: npm run desk -- ');
    expect(result.stderr).toContain('--format must be one of text, markdown, json, not "pdf".');
    expect(result.stderr).not.toContain('    at ');
  });
});

describe('npm run calendar', () => {
  it('writes a pair calendar that parses back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-calendar-'));
    try {
      const out = join(dir, 'pair.ics');
      const result = await runScript('calendar', ['alao/2026-quillon-brackenbury', '--out', out, '--today', '2026-03-01'], true);
      expect(result.code, result.stderr).toBe(0);
      const calendar = new ICAL.Component(ICAL.parse(await readFile(out, 'utf8')));
      const uids = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
      expect(uids).toEqual([
        'alao-2026-quillon-brackenbury-meetings@tandem',
        'alao-2026-quillon-brackenbury-end@tandem',
        'alao-2026-quillon-brackenbury-evaluation-1-2026-12-10@tandem',
      ]);
      expect(await readFile(out, 'utf8')).not.toMatch(/Quillon|Brackenbury|@example/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says plainly when the pair has no contract or does not exist', async () => {
    const noContract = await runScript('calendar', ['alao/2026-pemberton-oakes']);
    expect(noContract).toMatchObject({ code: 2 });
    expect(noContract.stderr).toContain('The pair has no contract yet');
    const unknown = await runScript('calendar', ['alao/2026-nobody-here']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('There is no pairing content/pairings/alao/2026-nobody-here.yaml.');
  });
});
