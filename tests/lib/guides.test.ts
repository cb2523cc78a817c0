/**
 * The README and the guides in docs/ stay true: every `npm run` script they
 * name is in package.json, every path they name under scripts/, schemas/, src/
 * or .github/ exists, every relative link between them resolves (the file, and
 * the heading an #anchor names), and the README stays short enough to finish.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../support/run-main.ts';

const read = (path: string): string => readFileSync(join(PROJECT, path), 'utf8');

/** The README and every guide, by path from the repository's root. */
const DOCUMENTS = [
  'README.md',
  ...readdirSync(join(PROJECT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

const SCRIPTS = new Set(Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts));

/** The `npm run` script names a text mentions (`npm run --silent generate` names generate). */
function npmScripts(text: string): string[] {
  return [...text.matchAll(/\bnpm run (?:--silent )?([a-z][a-z0-9-]*(?::[a-z0-9-]+)*)/g)].map((match) => match[1]!);
}

/** The repository paths a text mentions under scripts/, schemas/, src/ and .github/, placeholders left out. */
function repositoryPaths(text: string): string[] {
  const found = text.matchAll(/(?<![\w./-])((?:scripts|schemas|src|\.github)\/[^\s`'"()|,;:]*)/g);
  return [...found].map((match) => match[1]!.replace(/[.]+$/, '')).filter((path) => !/[<>*…{}$]/.test(path));
}

/** The headings' anchors as GitHub makes them (code blocks left out). */
function anchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const found = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) found.add(slugger.slug(heading[1]!.replace(/`/g, '')));
  }
  return found;
}

/** The text outside fenced code blocks (a link shown in an example is not a link). */
const outsideCode = (markdown: string): string => markdown.replace(/^\s*```[^\n]*\n[\s\S]*?^\s*```[^\n]*$/gm, '');

/** The relative links of a Markdown text: [text](target), web and mail addresses and code blocks left out. */
function relativeLinks(markdown: string): string[] {
  return [...outsideCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^(https?|mailto):/.test(target));
}

/** What is wrong with one link of `from`: the missing file or heading, or undefined when it resolves. */
function brokenLink(from: string, target: string): string | undefined {
  const [file = '', anchor] = target.split('#');
  const path = file === '' ? from : normalize(join(dirname(from), file));
  if (relative(PROJECT, join(PROJECT, path)).startsWith('..') || !existsSync(join(PROJECT, path)))
    return `${from}: ${target}: no file ${path}`;
  if (anchor === undefined) return undefined;
  if (!path.endsWith('.md')) return `${from}: ${target}: an anchor into a file that is not Markdown`;
  return anchors(read(path)).has(anchor) ? undefined : `${from}: ${target}: no heading #${anchor} in ${path}`;
}

describe('the README and the guides', () => {
  it('keep the README at most 250 lines, linking every guide', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0)).toBeLessThanOrEqual(250);
    const linked = new Set(relativeLinks(readme).map((target) => target.split('#')[0]));
    expect(DOCUMENTS.filter((path) => path !== 'README.md' && !linked.has(path))).toEqual([]);
  });

  it("give every task of the README's who-does-what table a way without a terminal and a way without a token", () => {
    const section = /^## Who does what\n([\s\S]*?)(?=^## )/m.exec(read('README.md'))?.[1] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| ['))
      .map((line) =>
        line
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const tasks = rows.map(([task = '']) => /^\[(.+?)\]/.exec(task)?.[1] ?? task);
    expect(tasks).toEqual([
      'apply',
      'match',
      'pair',
      'contract',
      'sign',
      'step',
      'check-in',
      'hours',
      'evaluation',
      'status change',
      'notices',
      'retention',
      'statistics',
      'a new program',
      'a guideline edit',
    ]);
    for (const [task, who, noTerminal, noToken] of rows) {
      expect(who, task).not.toBe('');
      expect(noTerminal, task).toMatch(/workflow|form|email|github\.com/i);
      expect(noToken, task).toMatch(/`npm run [a-z]|ink on paper/);
    }
  });

  it('name only npm scripts that package.json has', () => {
    const unknown = DOCUMENTS.flatMap((path) =>
      npmScripts(read(path))
        .filter((name) => !SCRIPTS.has(name))
        .map((name) => `${path}: npm run ${name}`),
    );
    expect(unknown).toEqual([]);
    expect(npmScripts(read('README.md'))).toEqual(expect.arrayContaining(['build', 'validate', 'match', 'record', 'notices']));
  });

  it('name only paths under scripts/, schemas/, src/ and .github/ that exist', () => {
    const paths = DOCUMENTS.flatMap((path) => repositoryPaths(read(path)).map((mentioned) => ({ path, mentioned })));
    expect(paths.length).toBeGreaterThan(100);
    expect(
      paths.filter(({ mentioned }) => !existsSync(join(PROJECT, mentioned))).map(({ path, mentioned }) => `${path}: ${mentioned}`),
    ).toEqual([]);
  });

  it('link only to files and headings that exist', () => {
    const links = DOCUMENTS.flatMap((path) => relativeLinks(read(path)).map((target) => ({ path, target })));
    expect(links.filter(({ target }) => target.includes('#')).length).toBeGreaterThan(10);
    expect(links.map(({ path, target }) => brokenLink(path, target)).filter((problem) => problem !== undefined)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find a script, a path, a link or a heading that is not there', () => {
    expect(npmScripts('run `npm run --silent generate` then `npm run pairing:nw -- x`; npm run bench: it')).toEqual([
      'generate',
      'pairing:nw',
      'bench',
    ]);
    expect(repositoryPaths('see `scripts/validate.ts`, src/lib/<area>/x.ts and .github/workflows/desk.yml.')).toEqual([
      'scripts/validate.ts',
      '.github/workflows/desk.yml',
    ]);
    expect(relativeLinks('[a](docs/x.md#y) [b](https://example.org) [c](#z)\n```md\n[d]({{links.program}})\n```\n')).toEqual([
      'docs/x.md#y',
      '#z',
    ]);
    expect([...anchors('# Tandem\n\n## Checking: `npm run validate`\n\n```sh\n# not a heading\n```\n## Tandem\n')]).toEqual([
      'tandem',
      'checking-npm-run-validate',
      'tandem-1',
    ]);
    expect(brokenLink('README.md', 'docs/nowhere.md')).toBe('README.md: docs/nowhere.md: no file docs/nowhere.md');
    expect(brokenLink('README.md', 'docs/mailbox.md#no-such-heading')).toBe(
      'README.md: docs/mailbox.md#no-such-heading: no heading #no-such-heading in docs/mailbox.md',
    );
    expect(brokenLink('docs/developers.md', 'architecture.md')).toBeUndefined();
  });
});
