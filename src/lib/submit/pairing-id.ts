/**
 * A pairing's id when the coordinator gives none: `<cycle>-<surname>-<surname>`
 * (for example 2026-lee-okafor), the convention of the design's examples.
 */
import type { Pairing } from '../types.generated.ts';

// Letters NFKD does not take apart into a base letter and a mark.
const UNDECOMPOSABLE: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** Lowercase ASCII letters and digits, runs of anything else turned into single hyphens. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The last word of a full name, as a slug: "Ada Okafor" -> okafor, "José García-Pérez" -> garcia-perez. */
export function surnameSlug(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return asciiSlug(words[words.length - 1] ?? '');
}

/** The people a pairing of its kind has, in their written order: mentor then mentee, or the peers (others written are left out). */
export function peopleOfKind(pairing: Partial<Pairing>): { name: string; email: string }[] {
  if (pairing.kind === 'peer') return pairing.peers ?? [];
  return [pairing.mentor, pairing.mentee].filter((person): person is { name: string; email: string } => person !== undefined);
}

/**
 * `<cycle>-<surname1>-<surname2>`; the cycle is the year of `notified` unless
 * given. Undefined when the names or the year do not give one (for example a
 * name written only in a non-Latin script): the coordinator then passes --id.
 */
export function derivePairingId(pairing: Partial<Pairing>, cycle?: string): string | undefined {
  const year = cycle ?? (typeof pairing.notified === 'string' ? pairing.notified.slice(0, 4) : '');
  if (!/^[0-9]{4}$/.test(year)) return undefined;
  const surnames = peopleOfKind(pairing).map((person) => (typeof person?.name === 'string' ? surnameSlug(person.name) : ''));
  if (surnames.length !== 2 || surnames.some((surname) => surname === '')) return undefined;
  return [year, ...surnames].join('-');
}
