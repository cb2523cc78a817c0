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

const squeezed = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, '');

/**
 * A frequency written in words, as a suggestion's value when it names one
 * ("Monthly", "every two weeks", "bi-weekly" as ALAO's form writes it), so that
 * calendars can repeat it; anything else stays the pair's own words.
 */
export function frequencyFromWords(text: string): string {
  const words = squeezed(text.trim());
  const match = common.$defs.frequency.anyOf.find((option) => squeezed(option.const) === words || squeezed(option.title) === words);
  return match ? match.const : text.trim();
}
