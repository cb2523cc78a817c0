/**
 * The process wiring shared by `contract:new` and `pairing:new`: argv, the
 * environment, files, terminal and GitHub client handed to the pure command
 * in src/lib/submit/command.ts (which parses its options, answers --help and
 * maps its own errors to exit codes). Not a command itself.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { todayIso } from '../src/lib/dates.ts';
import { createGitHubClient } from '../src/lib/github/index.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { runSubmitCommand } from '../src/lib/submit/command.ts';
import type { RecordKind } from '../src/lib/submit/record-location.ts';
import { localGit } from './cli/local-git.ts';

export function runSubmitFromProcess(kind: RecordKind, argv: readonly string[]): Promise<number> {
  return runSubmitCommand(kind, {
    argv,
    env: process.env,
    root: process.cwd(),
    stdinIsTTY: process.stdin.isTTY === true,
    readDraft: (from) => (from === '-' ? text(process.stdin) : readFile(from, 'utf8')),
    readRepository: readRepositoryFiles,
    createClient: createGitHubClient,
    openLocalGit: localGit,
    loadPrompts: () => import('@inquirer/prompts'),
    stdout: (output) => process.stdout.write(output),
    stderr: (output) => process.stderr.write(output),
    today: () => todayIso(),
  });
}
