/**
 * One real interactive run: `contract:new` without --from under a
 * pseudo-terminal (util-linux `script`), answered with keystrokes as a
 * coordinator would type them, against the GitHub-shaped server. It proves
 * the real @inquirer/prompts wiring works; the answers' details are covered by
 * interactive.test.ts.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { useCommandFixture } from './command-fixture.ts';
import { commandEnv, PROJECT } from '../../support/run-command.ts';

const fixture = useCommandFixture();

const ENTER = '\r';
const SPACE = ' ';
// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\x1b[()][A-Z0-9]/g, '');

/** Question (as a pattern of the terminal text) -> keys typed once it shows. */
const conversation: [RegExp, string][] = [
  [/Program \(/, ENTER],
  [/Pairing id \(/, ENTER], //                               the first pairing, 2026-lee-okafor
  [/Mentor Jordan Lee: Phone/, ENTER], //                     no phone
  [/Mentor Jordan Lee: Date signed/, `2026-02-03${ENTER}`],
  [/Mentee Ada Okafor: Phone/, ENTER],
  [/Mentee Ada Okafor: Date signed/, `2026-02-04${ENTER}`],
  [/Goal 1 of at most 3/, `Build a research agenda${ENTER}`],
  [/Goal 2 of at most 3/, ENTER], //                          no more goals
  [/Additional goals attached/, ENTER], //                    default: no
  [/Start date/, `2026-02-10${ENTER}`],
  [/Duration of commitment/, `6${ENTER}`],
  [/Frequency of meetings/, ENTER], //                        the first: weekly
  [/Communication methods/, `${SPACE}${ENTER}`], //           the first: in person
  [/Activities/, `${SPACE}${ENTER}`], //                      the first topic
  [/Committed contact hours/, `10${ENTER}`],
  [/Open a pull request with this contract/, ENTER], //       default: yes
];

it('runs the real prompts on a terminal and opens the pull request', async () => {
  const command = `stty cols 200 rows 50; exec ${process.execPath} ${join(PROJECT, 'scripts/contract-new.ts')} --today 2026-03-10`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: fixture.repository.root,
    env: commandEnv({ ...fixture.github.env(), TERM: 'xterm' }),
  });
  let screen = '';
  let seen = 0;
  let step = 0;
  const transcript: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    screen += stripAnsi(chunk);
    const next = conversation[step];
    if (!next) return;
    const match = next[0].exec(screen.slice(seen));
    if (!match) return;
    seen += match.index + match[0].length;
    transcript.push(next[0].source);
    child.stdin.write(next[1]);
    step += 1;
  });
  // A question that never shows would leave the command waiting for keys: stop it, and let the transcript say where.
  const stuck = setTimeout(() => child.kill(), 90_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(stuck);

  expect(transcript).toEqual(conversation.map(([pattern]) => pattern.source));
  expect(code).toBe(0);
  expect(screen).toContain(`${fixture.github.url}/${fixture.github.slug}/pull/1`);
  const committed = fixture.github.fileOn('tandem/contract-b7e2145cc173', 'content/contracts/demo/2026-lee-okafor.yaml') as string;
  expect(parse(committed)).toMatchObject({
    pairing: '2026-lee-okafor',
    goals: ['Build a research agenda'],
    durationMonths: 6,
    meetings: { frequency: 'weekly', methods: ['in-person'] },
    activities: ['Research and publication'],
    contactHours: 10,
  });
  expect(fixture.github.pulls()).toHaveLength(1);
}, 120_000);
