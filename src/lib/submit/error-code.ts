/**
 * The exit code of a submit command's own errors. Its own module, light: a
 * script declares it (`known`) without loading the submit core, which it
 * loads only to run (`--help` needs none of it).
 */
import type { ExitCode } from '../cli/errors.ts';
import { GitHubError } from '../github/github-error.ts';
import { FlowError } from '../prompts/flow-error.ts';
import { LocalChangeError } from '../publish/local-git.ts';

export function submitErrorCode(error: unknown): ExitCode | undefined {
  return error instanceof GitHubError || error instanceof FlowError || error instanceof LocalChangeError ? 2 : undefined;
}
