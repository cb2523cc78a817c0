/**
 * A date as people type it, read as the YYYY-MM-DD the records hold: the
 * record's own form (2026-08-20), the US numeric form of these associations'
 * forms (8/20/2026, 08-20-2026), and a month written in words (August 20,
 * 2026; 20 Aug 2026). Anything else, or a day that does not exist, stays as
 * typed, so that the check names the field.
 */
import { isIsoDate } from '../../dates.ts';
import { monthOfName } from '../../text/months.ts';

const monthOfWord = (word: string): number | undefined => (word.length > 3 && !/^[a-z]+\.?$/i.test(word) ? undefined : monthOfName(word));

function iso(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

/** The typed date as YYYY-MM-DD, or the text as typed (trimmed) when it is not a date these forms read. */
export function typedDate(text: string): string {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3])) ?? value;
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return iso(Number(match[3]), Number(match[1]), Number(match[2])) ?? value;
  match = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(value);
  if (match) {
    const month = monthOfWord(match[1]!);
    if (month) return iso(Number(match[3]), month, Number(match[2])) ?? value;
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i.exec(value);
  if (match) {
    const month = monthOfWord(match[2]!);
    if (month) return iso(Number(match[3]), month, Number(match[1])) ?? value;
  }
  return value;
}
