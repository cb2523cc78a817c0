/** The application rules, on the repository's own ALCTS applications with one file changed at a time. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';

const TODAY = '2026-11-30';
const PROGRAM = 'content/programs/alcts/program.yaml';
const APP = 'content/applications/alcts/2027/2027-marwood.yaml';
const programText = readFileSync(PROGRAM, 'utf8');
const appText = readFileSync(APP, 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
/** The program file with lines added at the end of its `applications` block, wherever that block sits. */
const withApplicationLines = (lines: string) => programText.replace(/^(applications:\n(?: {2}.*\n)*)/m, `$1${lines}`);

async function run(changes: Record<string, string>, only: string[]) {
  const files: SourceFile[] = (await readRepositoryFiles('.')).filter((file) => !(file.path in changes));
  for (const [path, text] of Object.entries(changes)) files.push({ path, bytes: encode(text) });
  return validateFiles(files, { today: TODAY, only });
}

const lines = (result: Awaited<ReturnType<typeof run>>) =>
  result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} (${d.rule})`);

describe('application rules', () => {
  it('accepts the example applications', async () => {
    const result = await run({}, []);
    expect(result.repository.applications.size).toBeGreaterThanOrEqual(5);
    const all = validateFiles(await readRepositoryFiles('.'), { today: TODAY });
    expect(all.diagnostics.filter((d) => d.file.startsWith('content/applications/'))).toEqual([]);
  });

  it('reports a submission outside the window, with file, line and column', async () => {
    const program = withApplicationLines('  cycles:\n    - { cycle: 2027, opens: "2026-11-15", closes: "2027-01-15" }\n');
    const result = await run({ [PROGRAM]: program, [APP]: appText }, [APP]);
    expect(lines(result)).toEqual([
      `${APP}:11:12: error: Submitted lies outside the 2027 application window (2026-11-15 to 2027-01-15); if the coordinator accepts it anyway, record that in lateAccepted (by, on, reason). (application-window)`,
    ]);
  });

  it('lets a late application pass when the coordinator recorded the exception, and warns when it was not late', async () => {
    const program = withApplicationLines('  cycles:\n    - { cycle: 2027, opens: "2026-11-15", closes: "2027-01-15" }\n');
    const late = `${appText}lateAccepted:\n  by: alcts-mentoring-coordinator\n  on: "2026-11-20"\n  reason: The applicant was on leave when the window opened.\n`;
    expect(lines(await run({ [PROGRAM]: program, [APP]: late }, [APP]))).toEqual([]);
    const inside = late.replace('submitted: "2026-11-12"', 'submitted: "2026-11-16"');
    expect(lines(await run({ [PROGRAM]: program, [APP]: inside }, [APP]))).toEqual([
      `${APP}:13:3: warning: Late application accepted is recorded, but the application was submitted inside the 2027 window; remove lateAccepted. (application-window)`,
    ]);
    const future = late.replace('on: "2026-11-20"', 'on: "2026-12-20"');
    expect(lines(await run({ [PROGRAM]: program, [APP]: future }, [APP]))).toEqual([
      `${APP}:14:7: error: Late application accepted on is in the future (after ${TODAY}). (application-window)`,
    ]);
  });

  it('holds a yearly window (MM-DD) every year: a 2027 application is checked against 2027-08-01 to 2027-09-15', async () => {
    const program = withApplicationLines('  window: { opens: "08-01", closes: "09-15" }\n');
    expect(lines(await run({ [PROGRAM]: program, [APP]: appText }, [APP]))).toEqual([
      `${APP}:11:12: error: Submitted lies outside the 2027 application window (2027-08-01 to 2027-09-15); if the coordinator accepts it anyway, record that in lateAccepted (by, on, reason). (application-window)`,
    ]);
  });

  it("reports a mentor's capacity above the program's maxMentees", async () => {
    const program = programText.replace(/^bothRoles: true$/m, 'bothRoles: true\nmaxMentees: 2');
    const mentor = appText.replace('roles: [mentee]', 'roles: [mentor]').replace('careerStage: early', 'careerStage: senior\ncapacity: 3');
    expect(lines(await run({ [PROGRAM]: program, [APP]: mentor }, [APP]))).toEqual([
      `${APP}:10:11: error: Capacity is above program "alcts"'s limit of 2 mentees per mentor (maxMentees). (application-capacity)`,
    ]);
    expect(lines(await run({ [PROGRAM]: program, [APP]: mentor.replace('capacity: 3', 'capacity: 2') }, [APP]))).toEqual([]);
  });

  it('reports a missing or false membership statement for a members-only program', async () => {
    const missing = await run({ [APP]: appText.replace('member: true\n', '') }, [APP]);
    expect(lines(missing)).toEqual([
      expect.stringMatching(
        /^content\/applications\/alcts\/2027\/2027-marwood\.yaml:1:1: error: Member is missing.*\(application-member\)$/,
      ),
    ]);
    const no = await run({ [APP]: appText.replace('member: true', 'member: false') }, [APP]);
    expect(lines(no)).toEqual([`${APP}:5:9: error: Member is false, but program "alcts" is open to members only. (application-member)`]);
  });

  it('reports roles the program does not offer, and both roles where not allowed', async () => {
    const peer = await run({ [APP]: appText.replace('roles: [mentee]', 'roles: [peer]') }, [APP]);
    expect(lines(peer)).toEqual([
      `${APP}:6:9: error: Role "peer" is not offered by program "alcts"; choose from mentor, mentee. (application-roles)`,
    ]);
    const both = await run(
      {
        [PROGRAM]: programText.replace(/^bothRoles: true$/m, 'bothRoles: false'),
        [APP]: appText.replace('roles: [mentee]', 'roles: [mentor, mentee]'),
      },
      [APP],
    );
    expect(lines(both)).toEqual([expect.stringContaining(`${APP}:6:8: error: Roles ask for mentor and mentee at once`)]);
  });

  it('accepts free-text interests and warns about a listed interest written differently', async () => {
    const program = withApplicationLines('  interests: [Cataloging, Metadata, Leadership]\n');
    const result = await run(
      { [PROGRAM]: program, [APP]: appText.replace('[Metadata, Cataloging, Linked data]', '[metadata, Cataloging, Linked data]') },
      [APP],
    );
    expect(lines(result)).toEqual([
      expect.stringContaining(`${APP}:7:13: warning: Interest 1 is on the program's list but written differently`),
    ]);
  });

  it('reports a file whose folders or name disagree with program, cycle and id', async () => {
    const wrong = 'content/applications/alcts/2026/marwood.yaml';
    const result = await run({ [wrong]: appText }, [wrong]);
    const rules = result.diagnostics.map((d) => d.rule);
    expect(rules).toEqual(['application-path', 'application-path']);
    expect(lines(result)[0]).toContain(`${wrong}:1:1: error: The file name is not an application id`);
    expect(lines(result)[1]).toContain(`${wrong}:2:8: error: Cycle 2027 does not match the folder`);
  });

  it('reports methods outside the program, avoid naming itself, and a second application of one person', async () => {
    const text = appText.replace('methods: [video]', 'methods: [other]') + 'avoid: [2027-marwood]\n';
    const twin = 'content/applications/alcts/2027/2027-marwood-2.yaml';
    const result = await run({ [APP]: text, [twin]: appText }, [APP, twin]);
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(['application-avoid', 'application-duplicate', 'application-methods']);
    expect(result.diagnostics.map((d) => d.message).join(' ')).not.toContain('ines.marwood@example.edu');
  });

  it('refuses applications to a program without an applications section', async () => {
    const path = 'content/applications/alao/2027/2027-marwood.yaml';
    const result = await run({ [path]: appText.replace('program: alcts', 'program: alao') }, [path]);
    expect(result.diagnostics.map((d) => d.rule)).toContain('application-program');
  });
});
