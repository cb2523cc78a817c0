/** The README's examples are the repository's own: the example pairing and contract are the files in content/, and every pairing it names exists. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README examples', () => {
  it('shows the example pairing and contract exactly as they are in content/', () => {
    for (const path of ['content/pairings/alao/2026-thistlewood-quillfeather.yaml', 'content/contracts/alao/2026-thistlewood-quillfeather.yaml']) {
      expect(readme, path).toContain(`\`\`\`yaml\n${readFileSync(path, 'utf8')}\`\`\``);
    }
  });

  it('names only pairings that exist', () => {
    const named = [...readme.matchAll(/\b([a-z][a-z0-9-]*)\/(\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*)\b/g)]
      .filter(([, program]) => existsSync(`content/programs/${program}`))
      .map(([, program, id]) => `content/pairings/${program}/${id}.yaml`);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });
});
