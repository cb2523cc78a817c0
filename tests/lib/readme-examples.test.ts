/**
 * The examples of the README and the guides are the repository's own: the example
 * pairing and contract (in the coordinator's handbook) are the files in content/, and
 * every pairing they name exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const handbook = readFileSync('docs/coordinators.md', 'utf8');
const everything = ['README.md', ...readdirSync('docs').map((name) => `docs/${name}`)]
  .filter((path) => path.endsWith('.md'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('the examples in the README and the guides', () => {
  it('shows the example pairing and contract exactly as they are in content/', () => {
    for (const path of [
      'content/pairings/alao/2026-thistlewood-quillfeather.yaml',
      'content/contracts/alao/2026-thistlewood-quillfeather.yaml',
    ]) {
      expect(handbook, path).toContain(`\`\`\`yaml\n${readFileSync(path, 'utf8')}\`\`\``);
    }
  });

  it('names only pairings that exist', () => {
    const named = [...everything.matchAll(/\b([a-z][a-z0-9-]*)\/(\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*)\b/g)]
      .filter(([, program]) => existsSync(`content/programs/${program}`))
      .map(([, program, id]) => `content/pairings/${program}/${id}.yaml`);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });
});
