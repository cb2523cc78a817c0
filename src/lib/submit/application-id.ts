/**
 * `<cycle>-<surname>`: the application's id as application:new makes it (a `-2` is added there when another
 * person has it). On its own so that the online form can name its file without loading the validator.
 */
import { surnameSlug } from './pairing-id.ts';

export function applicationDraftId(draft: { cycle?: unknown; name?: unknown }): string | undefined {
  const surname = typeof draft.name === 'string' ? surnameSlug(draft.name) : '';
  return typeof draft.cycle === 'number' && surname ? `${draft.cycle}-${surname}` : undefined;
}
