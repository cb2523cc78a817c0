/** snapshotFolder puts back what a test changed in a folder shared by the tests of a file. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotFolder } from './folder-snapshot.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const contents = () =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const path = join(entry.parentPath, entry.name).slice(root.length + 1);
      return entry.isFile() ? `${path}: ${readFileSync(join(root, path), 'utf8')}` : `${path}/`;
    })
    .sort();

describe('snapshotFolder', () => {
  it('removes what was added, writes back what was changed or removed, keeps the rest', () => {
    root = mkdtempSync(join(tmpdir(), 'tandem-snapshot-'));
    mkdirSync(join(root, 'content/pairings'), { recursive: true });
    writeFileSync(join(root, 'content/pairings/a.yaml'), 'a');
    writeFileSync(join(root, 'content/b.yaml'), 'b');
    writeFileSync(join(root, 'c.md'), 'c');
    const before = contents();
    const restore = snapshotFolder(root);

    writeFileSync(join(root, 'content/pairings/a.yaml'), 'changed');
    rmSync(join(root, 'content/b.yaml'));
    rmSync(join(root, 'content/pairings'), { recursive: true });
    writeFileSync(join(root, 'ledger.json'), '{}');
    mkdirSync(join(root, 'new/deep'), { recursive: true });
    writeFileSync(join(root, 'new/deep/file'), 'x');
    symlinkSync(join(root, 'nowhere'), join(root, 'link'));
    rmSync(join(root, 'c.md'));
    mkdirSync(join(root, 'c.md'));
    expect(contents()).not.toEqual(before);

    restore();
    expect(contents()).toEqual(before);
    restore();
    expect(contents()).toEqual(before);
  });
});
