/**
 * Participant text (names, goals, notes, form answers) in a pull request body
 * or an issue comment, made inert: GitHub renders it as the words it is, and
 * it pings nobody, links no issue and carries no HTML, image or link.
 *
 * - `@name` and `#123` (also `owner/repo#123`): a zero-width joiner (U+200D) after `@` and `#` breaks GitHub's
 *   mention and reference autolinking; the text reads the same.
 * - `<` `>` `&` become entities, so no HTML tag or comment survives.
 * - The Markdown punctuation that makes emphasis, code, links, images and
 *   table cells is backslash-escaped (CommonMark allows it before any ASCII
 *   punctuation). Bare URLs still become links, as any text would.
 * - Line breaks become spaces: the text stays inside its cell or list item.
 * - Control characters and direction overrides (which make text display in
 *   another order than it reads) become U+FFFD, the replacement character.
 */
const ZWJ = '\u200D';
const ESCAPED = /[\\`*_{}[\]()!|~]/g;

// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

export function inertMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(HIDDEN, '\uFFFD')
    .replace(ESCAPED, (match) => `\\${match}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([@#])/g, `$1${ZWJ}`);
}
