/**
 * The process behind `contract:new`, `pairing:new` (and the options of
 * `application:new`): the environment,
 * files, terminal and GitHub client handed to the effect-injected core in
 * src/lib/submit/command.ts. A test passes scripted prompts, which stand for
 * the terminal.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { createGitHubClient } from '../../src/lib/github/client.ts';
import type { Prompts } from '../../src/lib/prompts/prompts.ts';
import { readRepositoryFiles } from '../../src/lib/repository/read-files.ts';
import { todayOption } from '../../src/lib/lifecycle/cli-options.ts';
import type { SubmitEnvironment, SubmitOptions } from '../../src/lib/submit/command.ts';
import { localGit } from './local-git.ts';

/** The options every `…:new` command takes, beside its own. */
export const SUBMIT_OPTIONS = {
  from: { type: 'string' },
  'dry-run': { type: 'boolean' },
  repo: { type: 'string' },
  'api-url': { type: 'string' },
  today: { type: 'string' },
} as const;

/** The submit core's options from the parsed command line (`--amend` where the command has it). */
export function submitOptions(values: {
  from?: string | undefined;
  amend?: boolean | undefined;
  'dry-run'?: boolean | undefined;
  repo?: string | undefined;
  'api-url'?: string | undefined;
  today?: string | undefined;
}): SubmitOptions {
  return {
    from: values.from,
    amend: values.amend ?? false,
    dryRun: values['dry-run'] ?? false,
    repo: values.repo,
    apiUrl: values['api-url'],
    today: todayOption(values.today),
  };
}

export function submitEnvironment(prompts?: Prompts): SubmitEnvironment {
  return {
    env: process.env,
    root: process.cwd(),
    interactive: prompts !== undefined || process.stdin.isTTY === true,
    readDraft: (from) => (from === '-' ? text(process.stdin) : readFile(from, 'utf8')),
    readRepository: readRepositoryFiles,
    createClient: createGitHubClient,
    openLocalGit: localGit,
    loadPrompts: async () => prompts ?? (await import('@inquirer/prompts')),
    stdout: (output) => process.stdout.write(output),
    stderr: (output) => process.stderr.write(output),
  };
}
