/**
 * Splits a guideline page or a notice text into its frontmatter and its body.
 * Frontmatter is YAML and nothing else: the first line is `---` alone (spaces
 * after it allowed). A first line that names a language (`---js`, `--- json`,
 * `---coffee`, even `---yaml`) is refused, never handed to another reader:
 * gray-matter, for one, would run `---js` frontmatter as JavaScript, and
 * Astro would read the language's name as part of the YAML.
 *
 * The block ends at the first line that starts with `---`, as gray-matter and
 * Astro both end it; that line must hold nothing else.
 */

interface FrontmatterProblem {
  line: number;
  column: number;
  message: string;
}

export type Frontmatter =
  /** `yaml` starts with the newline that ends the opening line, so its line numbers are the file's. */
  | { kind: 'yaml'; yaml: string; body: string }
  /** The text does not start with `---`. */
  | { kind: 'none' }
  | { kind: 'refused'; problem: FrontmatterProblem };

/** The longest language name quoted back in a message. */
const QUOTED = 20;

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

export function splitFrontmatter(text: string): Frontmatter {
  if (!text.startsWith('---')) return { kind: 'none' };
  const firstEnd = lineEnd(text, 0);
  const after = text.slice(3, firstEnd);
  if (after.trim() !== '') {
    const word = after.trim();
    const shown = word.length > QUOTED ? `${word.slice(0, QUOTED)}…` : word;
    return {
      kind: 'refused',
      problem: {
        line: 1,
        column: 4 + after.length - after.trimStart().length,
        message: `The first line marks the frontmatter as "${shown}": frontmatter is read as YAML only, and never run as code. Make the first line --- alone.`,
      },
    };
  }
  let start = firstEnd + 1;
  let line = 2;
  while (start < text.length) {
    const end = lineEnd(text, start);
    if (text.startsWith('---', start)) {
      if (text.slice(start + 3, end).trim() !== '') {
        return {
          kind: 'refused',
          problem: {
            line,
            column: 4,
            message: 'The line that closes the frontmatter holds more than ---. Put --- alone on that line and the text on the next one.',
          },
        };
      }
      return { kind: 'yaml', yaml: text.slice(firstEnd, start), body: text.slice(Math.min(end + 1, text.length)) };
    }
    start = end + 1;
    line += 1;
  }
  return {
    kind: 'refused',
    problem: {
      line: 1,
      column: 1,
      message: 'The frontmatter that starts on the first line is never closed: add a line holding only --- after it.',
    },
  };
}
