/**
 * The process behind `contract:new` and `pairing:new`: the environment,
 * files, terminal and GitHub client handed to the effect-injected core in
 * src/lib/submit/command.ts. A test passes scripted prompts, which stand for
 * the terminal. Loaded when the command runs; its options, which `--help`
 * needs, are in ./submit-options.ts.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { createGitHubClient } from '../../src/lib/github/client.ts';
import type { Prompts } from '../../src/lib/prompts/prompts.ts';
import { readRepositoryFiles } from '../../src/lib/repository/read-files.ts';
import type { SubmitEnvironment } from '../../src/lib/submit/command.ts';
import { localGit } from './local-git.ts';

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
