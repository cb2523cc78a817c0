/**
 * Text that hides what it says: raw control characters (other than line
 * breaks and tabs) and the direction overrides and isolates that make text
 * display in another order than it is stored (U+202A-U+202E, U+2066-U+2069,
 * "Trojan Source"). Refused in every text of programs, pairings,
 * contracts and applications, at the value that holds one. Names have a stricter pattern in
 * the schema (common.schema.json personName); this rule covers goals, notes,
 * activities and the rest. The message names the character, never the text.
 */
import type { DataPath } from '../../yaml/index.ts';
import type { Rule } from './rule.ts';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Calls `found` for every string in `value` holding a hidden character. The
 * path is one array, pushed and popped, copied only for a finding: the rule
 * visits every string of every record, and a run has tens of thousands.
 */
function visitHidden(value: unknown, path: (string | number)[], found: (path: DataPath, char: string) => void): void {
  if (typeof value === 'string') {
    const match = HIDDEN.exec(value);
    if (match) found([...path], match[0]);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      visitHidden(value[index], path, found);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      visitHidden((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

/** The rule over the given kinds of records (the validator checks programs and applications once, pairings and contracts as they are read). */
const hiddenCharactersIn = (kinds: readonly ('programs' | 'pairings' | 'contracts' | 'applications')[]): Rule => ({
  id: 'text-hidden-characters',
  check({ repository, report }) {
    for (const kind of kinds) {
      for (const { file, data } of repository[kind].values()) {
        visitHidden(data, [], (path, char) => {
          report(
            file,
            { path },
            `This text holds an invisible ${/[\u202A-\u202E\u2066-\u2069]/u.test(char) ? 'direction-changing' : 'control'} character (${codePoint(char)}); retype it without that character.`,
          );
        });
      }
    }
  },
});

export const programTextHiddenCharacters = hiddenCharactersIn(['programs', 'applications']);
export const recordTextHiddenCharacters = hiddenCharactersIn(['pairings', 'contracts']);
/** Every kind at once (the online form's check of a draft). */
export const textHiddenCharacters = hiddenCharactersIn(['programs', 'pairings', 'contracts', 'applications']);
