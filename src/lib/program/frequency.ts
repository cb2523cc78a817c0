/**
 * Meeting frequencies: the suggestions a program may offer (the options of the
 * schema's `frequency`), or the pair's own words where a program leaves it
 * open. Only a suggestion has a known rhythm; calendars and the desk invent no
 * recurrence for the pair's own words.
 */
import common from '../../../schemas/common.schema.json' with { type: 'json' };
import type { Program } from '../types.generated.ts';

export type SuggestedFrequency = NonNullable<NonNullable<Program['meetings']>['frequencies']>[number];

/** The options of the schema's `frequency`, in its order. */
const SUGGESTED_FREQUENCIES: readonly string[] = common.$defs.frequency.anyOf.map((option) => option.const);

export const isSuggestedFrequency = (value: string): value is SuggestedFrequency => SUGGESTED_FREQUENCIES.includes(value);

/** A frequency as people read it: a suggestion's label from the schema ("Every two weeks"), or the pair's own words as written. */
export function frequencyLabel(value: string): string {
  return common.$defs.frequency.anyOf.find((option) => option.const === value)?.title ?? value;
}
