/**
 * Runs contract:new or pairing:new interactively, with scripted answers keyed
 * by question (scripted-prompts.ts), through the same command function the
 * scripts run, on a command fixture's repository and GitHub-shaped server.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitHubClient } from '../../../src/lib/github/index.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { runSubmitCommand, type CommandEnvironment } from '../../../src/lib/submit/command.ts';
import { localGit } from '../../../scripts/cli/local-git.ts';
import type { RecordKind } from '../../../src/lib/submit/record-location.ts';
import type { CommandFixture } from './command-fixture.ts';
import { ScriptedPrompts, type Script } from '../../support/scripted-prompts.ts';

/** Today for every interactive run: signatures may not be later. */
export const INTERACTIVE_TODAY = '2026-03-10';

/** A runner for the fixture's repository and server: the exit code, what was printed, and the questions asked. */
export function interactiveRunner(fixture: CommandFixture) {
  return async (kind: RecordKind, answers: Script, argv: string[] = [], env: Record<string, string | undefined> = fixture.github.env()) => {
    const prompts = new ScriptedPrompts(answers);
    let stdout = '';
    let stderr = '';
    const io: CommandEnvironment = {
      argv: [...argv, '--today', INTERACTIVE_TODAY],
      env: { ...env, TANDEM_GITHUB_DELAY_SCALE: '0.001' },
      root: fixture.repository.root,
      stdinIsTTY: true,
      readDraft: (from) => readFile(join(fixture.repository.root, from), 'utf8'),
      readRepository: readRepositoryFiles,
      createClient: createGitHubClient,
      openLocalGit: localGit,
      loadPrompts: async () => prompts,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      today: () => INTERACTIVE_TODAY,
    };
    const code = await runSubmitCommand(kind, io);
    return { code, stdout, stderr, prompts };
  };
}

/** The answers, keyed by the beginning of their question (ScriptedPrompts): the order the flow asks in does not matter. */
export const contractAnswers = (): Script => ({
  Program: 'demo',
  'Pairing id': '2026-lee-okafor',
  'Mentor Jordan Lee: Phone': '+1 614 555 0142',
  // Not a day, in the future, before the notice, then fine.
  'Mentor Jordan Lee: Date signed': { typed: ['2026-02-30', '2026-04-01', '2026-01-10', '2026-02-03'] },
  'Mentee Ada Okafor: Phone': '', // skipped
  'Mentee Ada Okafor: Date signed': '2026-02-04',
  'Goal 1 of': 'Prepare a dossier for continuing appointment',
  'Goal 2 of': 'Present a poster at the state conference',
  'Goal 3 of': '', // no third goal
  'Additional goals attached': false,
  'Start date': { typed: ['10/02/2026', '2026-02-10'] },
  'Duration of commitment': { typed: ['30', '10'] }, // above the program's 24, then fine
  'Frequency of meetings': 'monthly',
  'Communication methods': ['video', 'phone'],
  Activities: ['Leadership'], // from the program's topics
  'Committed contact hours': { typed: ['5', '12'] }, // below the program's 10, then fine
  'Open a pull request': true,
});
