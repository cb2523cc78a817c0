/**
 * Validates a pairing and opens its pull request (the core:
 * src/lib/submit/command.ts); the id is made from the cycle and the two
 * surnames unless --id is given.
 *
 * Usage and options: `command` below (`--help`), the script's one usage text.
 */
import { UsageError } from '../src/lib/cli/errors.ts';
import type { Prompts } from '../src/lib/prompts/prompts.ts';
import { submitErrorCode } from '../src/lib/submit/error-code.ts';
import { runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';
import { SUBMIT_OPTIONS, submitOptions } from './cli/submit-options.ts';

const args = { options: { ...SUBMIT_OPTIONS, id: { type: 'string' }, cycle: { type: 'string' }, amend: { type: 'boolean' } } } as const;

/** `prompts`: scripted answers in tests; a real run loads @inquirer/prompts. */
async function run({ values }: ParsedArgs<typeof args>, prompts?: Prompts): Promise<number> {
  const options = submitOptions(values);
  const cycle = values.cycle;
  if (cycle !== undefined && !/^[0-9]{4}$/.test(cycle)) throw new UsageError(`--cycle must be a year such as 2026, not "${cycle}".`);
  // The submit core (the validator, the prompts, GitHub) is loaded to run, not with the script: `--help` needs none of it.
  const [{ submitRecord }, { submitEnvironment }] = await Promise.all([
    import('../src/lib/submit/command.ts'),
    import('./cli/submit-environment.ts'),
  ]);
  return submitRecord('pairing', { ...options, id: values.id, cycle }, submitEnvironment(prompts));
}

const command = (prompts?: Prompts): Command<typeof args> => ({
  name: 'pairing:new',
  usage:
    'npm run pairing:new -- [--from draft.yaml | --from -] [--id 2026-lee-okafor | --cycle 2026] [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]',
  description: `
Validates a pairing with the whole repository and opens its pull request
(content/pairings/<program>/<pairing-id>.yaml). Without --from, on a terminal,
the pairing is asked for field by field. Without GITHUB_TOKEN, the file is
written into the working tree for you to push with Git.

  --from     the draft (YAML), or - for standard input
  --id       the pairing's id (default: made from the cycle and the two surnames)
  --cycle    the cycle year the id is made with (default: the year of notified)
  --amend    propose a change to a pairing already on file
  --dry-run  print the file and the pull request, send and write nothing
  --repo, --api-url  the GitHub repository (default: GITHUB_REPOSITORY) and API
  --today    the date the pair's notice may not be later than (default: today)

Exit 0 opened or planned, 1 invalid draft, already on file or cancelled, 2 could not run.`,
  args,
  known: submitErrorCode,
  run: (parsed) => run(parsed, prompts),
});

/** `prompts` is for tests (scripted answers, standing for the terminal). */
export function main(argv: string[], prompts?: Prompts): Promise<number> {
  return runCommand(command(prompts), argv);
}

if (import.meta.main) await runAsScript(main);
