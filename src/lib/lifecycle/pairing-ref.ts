/**
 * A pairing named on the command line, `<program>/<pairing-id>`, checked with
 * the schemas' own patterns. Apart from ./cli-options.ts because it reads the
 * schemas: a command loads it when it runs, not for `--help`.
 */
import { UsageError } from '../cli/errors.ts';
import { commonDefinition } from '../schema-files.ts';
import { stringKeyword } from '../schema-walk.ts';

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
