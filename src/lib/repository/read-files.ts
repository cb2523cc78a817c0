/**
 * Reads the repository's content files from disk: the one place in src/lib/
 * that touches the file system. Everything after this works on bytes, so
 * tests and the GitHub code can validate files that are not on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface SourceFile {
  /** Repository-relative, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** Files Tandem validates; `.yml` is read too, so that the validator can say to rename it. */
export const CONTENT_FILE = /\.(?:ya?ml|mdx)$/;

const READ_CONCURRENCY = 64;

export const toRepositoryPath = (root: string, absolute: string): string => relative(root, absolute).split(sep).join('/');

/** content/**\/*.yaml, *.yml and *.mdx under `root`, sorted by path. Symbolic links are not followed. */
export async function readRepositoryFiles(root: string): Promise<SourceFile[]> {
  const paths: string[] = [];
  async function walk(directory: string): Promise<void> {
    const entries = await readdir(directory, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && directory === join(root, 'content')) return [];
      throw error;
    });
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && CONTENT_FILE.test(entry.name)) paths.push(path);
    }
  }
  await walk(join(root, 'content'));
  paths.sort();
  // A bounded number of reads at a time: a big repository would otherwise run out of file handles.
  const files = new Array<SourceFile>(paths.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      const path = paths[index]!;
      // A Buffer is a Uint8Array: no copy.
      files[index] = { path: toRepositoryPath(root, path), bytes: await readFile(path) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, reader));
  return files;
}
