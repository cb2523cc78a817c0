/**
 * The options of `contract:new`, `pairing:new` and `application:new`, apart
 * from the process they run in (./submit-environment.ts): each script's
 * usage and option parsing need these, with the script.
 */
import { todayOption } from '../../src/lib/lifecycle/cli-options.ts';
import type { SubmitOptions } from '../../src/lib/submit/command.ts';

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
