/**
 * The typed lint needs Astro's generated types (.astro/types.d.ts, which
 * tsconfig.json includes): without them `astro:content` is unknown and every
 * use of a collection is an unsafe `any`, 48 lint errors on a fresh clone.
 * So every command that type-checks or lints makes them first, and works as
 * the first command after `npm ci`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../support/run-main.ts';

const { scripts } = JSON.parse(readFileSync(`${PROJECT}/package.json`, 'utf8')) as { scripts: Record<string, string> };
const tsconfig = readFileSync(`${PROJECT}/tsconfig.json`, 'utf8');

describe("npm scripts that read Astro's generated types", () => {
  it('the TypeScript program includes them (so they must exist before a type check or a typed lint)', () => {
    expect(tsconfig).toContain('.astro/types.d.ts');
  });

  it.each(['lint:fix', 'check:code'])('npm run %s runs astro sync first', (name) => {
    expect(scripts[name]).toMatch(/^astro sync && /);
  });

  it('npm run check runs check:code (which syncs) and does not sync a second time', () => {
    expect(scripts['check']).toMatch(/\bcheck:code\b/);
    expect(scripts['check']).not.toContain('astro sync');
  });

  it("npm run lint:fix fixes with both linters: oxlint everywhere, ESLint (Astro's rules) on .astro files", () => {
    expect(scripts['lint:fix']).toMatch(/&& oxlint --fix && eslint --fix "\*\*\/\*\.astro"$/);
  });
});
