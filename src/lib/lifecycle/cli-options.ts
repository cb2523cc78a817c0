/**
 * Checks the desk commands' options (dates, choices; a pairing named on the
 * command line: ./pairing-ref.ts) and says exactly what is wrong with one, so
 * that scripts exit 2 with a sentence (a UsageError, see src/lib/cli/errors.ts)
 * instead of a stack trace.
 */
import { UsageError } from '../cli/errors.ts';
import { isIsoDate, todayIso, type IsoDate } from '../dates.ts';

export function dateOption(name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a real date written YYYY-MM-DD, not "${value}".`);
  return value;
}

/** `--today`, defaulting to the real date where the command runs. */
export const todayOption = (value: string | undefined): IsoDate => dateOption('today', value) ?? todayIso();

export function choiceOption<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${value}".`);
  return value as T;
}
