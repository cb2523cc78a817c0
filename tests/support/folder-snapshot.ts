/**
 * What a folder holds, to put back after a test changed it: a folder made once
 * for a test file and reset after each test costs a few reads, where a fresh
 * copy per test costs creating and removing every file and folder of it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file under `root` (path relative to it -> bytes), and every folder. */
function readTree(root: string): { files: Map<string, Buffer>; folders: Set<string> } {
  const files = new Map<string, Buffer>();
  const folders = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        folders.add(relative(root, path));
        walk(path);
      } else files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return { files, folders };
}

/**
 * Remembers what `root` holds now; the function returned puts it back: files a
 * test wrote (or links, or folders) removed, files it changed or removed
 * written again with their first bytes.
 */
export function snapshotFolder(root: string): () => void {
  const { files, folders } = readTree(root);
  return () => {
    const seen = new Set<string>();
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        const key = relative(root, path);
        if (entry.isDirectory() && folders.has(key)) walk(path);
        else if (entry.isFile() && files.get(key)?.equals(readFileSync(path))) seen.add(key);
        else rmSync(path, { recursive: true, force: true });
      }
    };
    walk(root);
    for (const [key, bytes] of files) {
      if (seen.has(key)) continue;
      mkdirSync(dirname(join(root, key)), { recursive: true });
      writeFileSync(join(root, key), bytes);
    }
  };
}
