/**
 * Checks the desk commands' options (dates, ids, choices) and says exactly
 * what is wrong with one, so that scripts exit 1 with a sentence instead of a
 * stack trace.
 */
import { isIsoDate, todayIso, type IsoDate } from './dates.ts';

/** A command-line mistake: the script prints the message and exits 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A mistake on the command line: a UsageError, or node:util parseArgs refusing an unknown or malformed option. */
export function isUsageMistake(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
}

export function dateOption(name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a real date written YYYY-MM-DD, not "${value}".`);
  return value;
}

/** `--today`, defaulting to the real date where the command runs. */
export const todayOption = (value: string | undefined): IsoDate => dateOption('today', value) ?? todayIso();

export function choiceOption<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${value}".`);
  return value as T;
}

const PAIRING_REF = /^([a-z][a-z0-9-]*)\/([0-9]{4}-[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** `<program>/<pairing-id>`, as the pairing's key in the repository. */
export function pairingRef(value: string | undefined, usage: string): { program: string; id: string; key: string } {
  const match = value === undefined ? null : PAIRING_REF.exec(value);
  if (!match) {
    throw new UsageError(value === undefined
      ? `Name the pairing as <program>/<pairing-id> (for example alao/2026-lee-okafor). Usage: ${usage}`
      : `"${value}" is not <program>/<pairing-id> (for example alao/2026-lee-okafor).`);
  }
  return { program: match[1]!, id: match[2]!, key: value! };
}
