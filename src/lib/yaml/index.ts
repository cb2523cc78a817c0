/**
 * One YAML file as the validator sees it: its plain value (read the fast way
 * when that is safe), its problems, and the positions of its keys and values,
 * worked out lazily from the strict reading only when a problem must be placed.
 */
import { parseFastYaml } from './fast.ts';
import { locate, type DataPath, type Position, type Target } from './locate.ts';
import { parseStrictYaml, type StrictYaml, type YamlProblem } from './strict.ts';

export type { DataPath, Position, Target } from './locate.ts';
export type { YamlProblem } from './strict.ts';

export type YamlMode = 'fast' | 'strict';

/** Whether JSON keeps this value exactly: every number finite and not -0 (YAML's .nan, .inf and -0 are not JSON). */
function jsonExact(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(jsonExact);
  for (const key in value) if (!jsonExact((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * A copy of a fast reading whose strings are its own (see the constructor; the
 * validator's record index keeps such copies too, src/lib/validate/record-index.ts).
 * Through JSON where that is exact (about twice as fast as structuredClone on
 * 20,000 files), else structuredClone. Fast readings hold only plain objects,
 * arrays, strings, numbers, booleans and null, and never `__proto__` (fast.ts).
 */
export const ownCopy = <T>(value: T): T => (jsonExact(value) ? (JSON.parse(JSON.stringify(value)) as T) : structuredClone(value));

/**
 * Replaces, in place, each string of a plain value (a fresh copy: its own strings) with the first
 * equal string `strings` has seen, so that records repeating a program, a kind, a status, a date,
 * a person's name or email hold one copy of it, not one per file (on 100,000 files about a
 * quarter of the records' memory).
 */
function internStrings(value: unknown, strings: Map<string, string>): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'string') {
      const seen = strings.get(item);
      if (seen === undefined) strings.set(item, item);
      else record[key] = seen;
    } else if (typeof item === 'object' && item !== null) internStrings(item, strings);
  }
}

export class YamlFile {
  /**
   * The source text. A file read the fast way without problems keeps only a
   * way to get it back (`retext`), so that a run over thousands of valid files
   * holds no second copy of each.
   */
  #text: string | undefined;
  readonly #retext: (() => string) | undefined;
  /** The plain value; `undefined` when the file has YAML problems. */
  value: unknown;
  problems: YamlProblem[];
  /** Which reading produced `value`. */
  readingBy: YamlMode;
  #strict: StrictYaml | undefined;

  /**
   * `retext`: how to get the text back, for a file whose text need not be kept. `strings`: an
   * interner shared by the files of one run (see internStrings), used with `retext`.
   */
  constructor(text: string, mode: YamlMode = 'fast', retext?: () => string, strings?: Map<string, string>) {
    this.#text = text;
    this.#retext = retext;
    const fast = mode === 'fast' ? parseFastYaml(text) : undefined;
    if (fast !== undefined) {
      // A copy whose strings are its own: js-yaml's strings are slices of the file's text and would keep
      // every text alive as long as the value (on 20,000 files: ~12 MB more peak memory, and more garbage collection).
      this.value = retext ? ownCopy(fast) : fast;
      if (retext && strings) internStrings(this.value, strings);
      this.problems = [];
      this.readingBy = 'fast';
      if (retext) this.#text = undefined;
    } else {
      const strict = this.strict();
      this.value = strict.value;
      this.problems = strict.problems;
      this.readingBy = 'strict';
    }
  }

  get text(): string {
    return this.#text ?? this.#retext?.() ?? '';
  }

  /** The strict reading (parsed once, on first need). */
  strict(): StrictYaml {
    this.#strict ??= parseStrictYaml(this.text);
    return this.#strict;
  }

  /**
   * Switches to the strict reading's value and problems. Called when the fast
   * value fails its schema, so that every reported problem comes from the
   * strict reading, whichever way the file was first read.
   */
  useStrict(): void {
    if (this.readingBy === 'strict') return;
    const strict = this.strict();
    this.value = strict.value;
    this.problems = strict.problems;
    this.readingBy = 'strict';
  }

  locate(path: DataPath, target: Target): Position {
    const { document, lineCounter } = this.strict();
    return locate(document, lineCounter, path, target);
  }
}
