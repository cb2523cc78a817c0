/**
 * Validates a contract and opens its pull request (the core:
 * src/lib/submit/command.ts); without --from, on a terminal, asks for it
 * field by field.
 *
 * Usage and options: `command` below (`--help`), the script's one usage text.
 */
import type { Prompts } from '../src/lib/prompts/prompts.ts';
import { submitErrorCode } from '../src/lib/submit/error-code.ts';
import { runAsScript, runCommand, type Command } from './cli/run.ts';
import { SUBMIT_OPTIONS, submitOptions } from './cli/submit-options.ts';

const args = { options: { ...SUBMIT_OPTIONS, amend: { type: 'boolean' } } } as const;

/** `prompts`: scripted answers in tests; a real run loads @inquirer/prompts. */
const command = (prompts?: Prompts): Command<typeof args> => ({
  name: 'contract:new',
  usage:
    'npm run contract:new -- [--from draft.yaml | --from -] [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]',
  description: `
Validates a contract with the whole repository and opens its pull request
(content/contracts/<program>/<pairing-id>.yaml). Without --from, on a terminal,
the contract is asked for field by field. Without GITHUB_TOKEN, the file is
written into the working tree for you to push with Git.

  --from     the draft (YAML), or - for standard input
  --amend    propose a change to a contract already on file
  --dry-run  print the file and the pull request, send and write nothing
  --repo, --api-url  the GitHub repository (default: GITHUB_REPOSITORY) and API
  --today    the date signatures may not be later than (default: today)

Exit 0 opened or planned, 1 invalid draft, already on file or cancelled, 2 could not run.`,
  args,
  known: submitErrorCode,
  // The submit core (the validator, the prompts, GitHub) is loaded to run, not with the script: `--help` needs none of it.
  run: async ({ values }) => {
    const [{ submitRecord }, { submitEnvironment }] = await Promise.all([
      import('../src/lib/submit/command.ts'),
      import('./cli/submit-environment.ts'),
    ]);
    return submitRecord('contract', submitOptions(values), submitEnvironment(prompts));
  },
});

/** `prompts` is for tests (scripted answers, standing for the terminal). */
export function main(argv: string[], prompts?: Prompts): Promise<number> {
  return runCommand(command(prompts), argv);
}

if (import.meta.main) await runAsScript(main);
