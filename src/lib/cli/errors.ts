/**
 * The command-line errors every script shares (the runner in
 * scripts/cli/run.ts turns them into one message and an exit code):
 *
 *   0  done (warnings allowed)
 *   1  the data is invalid
 *   2  could not run, or bad usage
 *
 * Library code may throw them too (option checks, the submit command): they
 * carry a sentence meant for the person at the terminal, nothing else.
 */

export type ExitCode = 0 | 1 | 2;

/** Bad usage (an unknown option, a malformed value, a missing argument): exit 2, followed by the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The data is invalid (a file, a draft, a change that would break the repository): exit 1. */
export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
}

/** The command could not run for a reason it can say in one sentence (a missing file, a setting, a browser): exit 2. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** A mistake on the command line: a UsageError, or node:util parseArgs refusing an unknown or malformed option. */
export function isUsageMistake(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
}
