/**
 * Checks the desk commands' options (dates, ids, choices) and says exactly
 * what is wrong with one, so that scripts exit 2 with a sentence (a UsageError, see
 * src/lib/cli/errors.ts) instead of a stack trace.
 */
import { UsageError } from '../cli/errors.ts';
import { isIsoDate, todayIso, type IsoDate } from '../dates.ts';
import { commonDefinition } from '../schema-files.ts';
import { stringKeyword } from '../schema-walk.ts';

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

/** The `pattern` of a common.schema.json definition without its anchors, so that it can be part of a longer expression. */
function commonPattern(definition: 'programId' | 'recordId'): string {
  const pattern = stringKeyword(commonDefinition(definition), 'pattern');
  if (pattern === undefined || !pattern.startsWith('^') || !pattern.endsWith('$')) {
    throw new Error(`common.schema.json's ${definition} has no anchored pattern`);
  }
  return pattern.slice(1, -1);
}

/** `<program>/<pairing-id>` with the schema's own program-id and record-id patterns (the `u` flag as ajv applies them). */
export const PAIRING_REF = new RegExp(`^(?<program>${commonPattern('programId')})/(?<id>${commonPattern('recordId')})$`, 'u');

/** `<program>/<pairing-id>`, as the pairing's key in the repository. */
export function pairingRef(value: string | undefined): { program: string; id: string; key: string } {
  const match = value === undefined ? null : PAIRING_REF.exec(value);
  if (!match) {
    throw new UsageError(
      value === undefined
        ? 'Name the pairing as <program>/<pairing-id> (for example alao/2026-lee-okafor).'
        : `"${value}" is not <program>/<pairing-id> (for example alao/2026-lee-okafor).`,
    );
  }
  return { program: match.groups!['program']!, id: match.groups!['id']!, key: value! };
}
