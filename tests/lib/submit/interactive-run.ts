/**
 * Runs contract:new or pairing:new interactively, with scripted answers keyed
 * by question (scripted-prompts.ts), through the scripts' own `main` in this
 * process (the runner, then the core in src/lib/submit/command.ts), on a
 * command fixture's repository and GitHub-shaped server.
 */
import { main as contractNew } from '../../../scripts/contract-new.ts';
import { main as pairingNew } from '../../../scripts/pairing-new.ts';
import type { RecordKind } from '../../../src/lib/submit/record-location.ts';
import { runMain } from '../../support/run-main.ts';
import type { CommandFixture } from './command-fixture.ts';
import { commandEnv } from '../../support/run-command.ts';
import { ScriptedPrompts, type Script } from '../../support/scripted-prompts.ts';

/** Today for every interactive run: signatures may not be later. */
export const INTERACTIVE_TODAY = '2026-03-10';

const MAINS = { contract: contractNew, pairing: pairingNew };

/** A runner for the fixture's repository and server: the exit code, what was printed, and the questions asked. */
export function interactiveRunner(fixture: CommandFixture) {
  return async (kind: RecordKind, answers: Script, argv: string[] = [], env: Record<string, string | undefined> = fixture.github.env()) => {
    const prompts = new ScriptedPrompts(answers);
    const run = await runMain((args) => MAINS[kind](args, prompts), [...argv, '--today', INTERACTIVE_TODAY], {
      cwd: fixture.repository.root,
      env: commandEnv(env),
    });
    return { ...run, prompts };
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
