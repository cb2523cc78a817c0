/** The one-active rule allows a mentor as many active pairings as their capacity, within the program's maxMentees. */
import { describe, expect, it } from 'vitest';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';

const encode = (text: string) => new TextEncoder().encode(text);

const application = (id: string, fields: string) =>
  `program: lakeshore\ncycle: 2026\nname: Sam ${id}\nemail: ${id}@example.org\nmember: true\ninterests: [Cataloging]\ncareerStage: senior\nmethods: [video]\nsubmitted: "2026-08-20"\n${fields}`;

const pairing = (mentee: string, applications: string) =>
  `program: lakeshore\nkind: mentoring\nmentor: { name: Sam Mentor, email: mentor@example.org }\nmentee: { name: Sam ${mentee}, email: ${mentee}@example.org }\ncycle: 2026\nnotified: "2026-10-12"\nstart: "2026-11-01"\nstatus: active\n${applications}`;

async function run(capacity: number, mentees: string[], link = true) {
  const files: SourceFile[] = await readRepositoryFiles('tests/fixtures/yearly-program');
  files.push({
    path: 'content/applications/lakeshore/2026/2026-mentor.yaml',
    bytes: encode(application('mentor', `roles: [mentor]\ncapacity: ${capacity}\n`)),
  });
  for (const mentee of mentees) {
    files.push({
      path: `content/applications/lakeshore/2026/2026-${mentee}.yaml`,
      bytes: encode(application(mentee, 'roles: [mentee]\n')),
    });
    files.push({
      path: `content/pairings/lakeshore/2026-mentor-${mentee}.yaml`,
      bytes: encode(pairing(mentee, link ? `applications: [2026-mentor, 2026-${mentee}]\n` : '')),
    });
  }
  return validateFiles(files, { today: '2026-11-05' }).diagnostics.map(
    (d) => `${d.file}:${d.line}: ${d.severity}: ${d.message} (${d.rule})`,
  );
}

describe('a mentor with several mentees', () => {
  it('may be the mentor of as many active pairings as their capacity', async () => {
    expect(await run(2, ['first', 'second'])).toEqual([]);
  });

  it('is refused beyond the capacity, naming the capacity', async () => {
    const found = await run(2, ['first', 'second', 'third']);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(
      /^content\/pairings\/lakeshore\/2026-mentor-first\.yaml:3: error: This mentor is already the mentor in 2 other active pairings of the program \(.*\), more than the 2 mentees they can take/,
    );
  });

  it('has a capacity of 1 without a linked application, as before', async () => {
    const found = await run(2, ['first', 'second'], false);
    expect(found.filter((line) => line.endsWith('(pairing-one-active-per-person)'))).toHaveLength(2);
    expect(found[0]).toContain('nobody holds the same role twice at once');
  });
});
