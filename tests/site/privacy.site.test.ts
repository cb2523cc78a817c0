/**
 * Participants' personal data never reaches the public site: no name, email
 * or phone from content/contracts/ or content/pairings/, nor anything personal
 * from content/applications/ (name, email, institution, notes), appears in any file of
 * the build, the pagefind index included (its files are gzip: they are read
 * decompressed).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR, listFiles } from '../support/built-site.ts';

const distDir = inject('distDir');
const PERSONAL_KEYS = new Set(['name', 'email', 'phone', 'institution', 'notes']);

/** Every string under a name, email or phone key, anywhere in the YAML document. */
function personalValues(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) personalValues(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (PERSONAL_KEYS.has(key) && typeof child === 'string' && child.trim().length > 0) found.add(child.trim());
      else personalValues(child, found);
    }
  }
  return found;
}

async function personalDataInContent(folders = ['contracts', 'pairings', 'applications']): Promise<Set<string>> {
  const found = new Set<string>();
  for (const folder of folders) {
    const dir = join(CONTENT_DIR, folder);
    for (const file of (await listFiles(dir)).filter((f) => /\.ya?ml$/.test(f))) {
      personalValues(parseYaml(await readFile(join(dir, file), 'utf8')), found);
    }
  }
  return found;
}

/** A built file as text; gzip files (pagefind's index and fragments) decompressed first. */
function readable(bytes: Buffer): string {
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (isGzip ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Matching ignores case, and treats a phone's spaces, dots and dashes as optional. */
function patternFor(value: string): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const isPhone = /^[+(]?[0-9][0-9 ().-]*$/.test(value);
  const source = isPhone
    ? value
        .replace(/[^0-9]/g, '')
        .split('')
        .join('[\\s().+-]*')
    : escaped.replace(/\s+/g, '\\s+');
  return new RegExp(source, 'i');
}

let personal: Set<string>;
let built: { file: string; text: string }[];

beforeAll(async () => {
  personal = await personalDataInContent();
  const files = await listFiles(distDir);
  built = await Promise.all(files.map(async (file) => ({ file, text: readable(await readFile(join(distDir, file))) })));
});

describe('privacy of contracts and pairings', () => {
  it('has example contracts and pairings to check against', () => {
    // The site test build runs with the example records present; without them this test would prove nothing.
    expect(personal.size).toBeGreaterThan(3);
  });

  it('has example applications to check against (they are confidential like contracts)', async () => {
    expect((await personalDataInContent(['applications'])).size).toBeGreaterThan(3);
  });

  it('reads the search index decompressed (a guideline word and a public coordinator email are found)', async () => {
    const fragments = built.filter((file) => file.file.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.some((fragment) => /mentor/i.test(fragment.text))).toBe(true);
    const program = await readFile(join(CONTENT_DIR, 'programs', 'alao', 'program.yaml'), 'utf8');
    const coordinatorEmail = (parseYaml(program) as { coordinators: { email: string }[] }).coordinators[0]?.email ?? '';
    expect(built.some((file) => patternFor(coordinatorEmail).test(file.text))).toBe(true);
  });

  it("never publishes a participant's name, email or phone", () => {
    const leaks: string[] = [];
    for (const value of personal) {
      const pattern = patternFor(value);
      for (const file of built)
        if (pattern.test(file.text))
          leaks.push(`${file.file} contains a value from content/contracts, content/pairings or content/applications`);
    }
    // The message names the file only: a failing test must not print the personal value into CI logs.
    expect(leaks).toEqual([]);
  });
});
