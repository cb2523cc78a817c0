/**
 * Reads the repository's content files from disk: the one place in src/lib/
 * that touches the file system. Everything after this works on bytes, so
 * tests and the GitHub code can validate files that are not on disk.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SourceFile {
  /** Repository-relative, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** Files Tandem validates; `.yml` is read too, so that the validator can say to rename it. */
export const CONTENT_FILE = /\.(?:ya?ml|mdx)$/;
/** Notice texts are Markdown (.md) in a program's notices/ folder; other .md files (notes, sources) are not content. */
const NOTICE_TEXT = /(?:^|[\\/])notices[\\/][^\\/]+\.md$/;

export const toRepositoryPath = (root: string, absolute: string): string => relative(root, absolute).split(sep).join('/');

/**
 * content/**\/*.yaml, *.yml and *.mdx, and notices/*.md, under `root`, sorted by path. Symbolic links are not followed.
 *
 * The reads are synchronous on purpose: a content file is about 1 KB, and for
 * 20,000 of them fs/promises spends about 1.2 s in per-call overhead where
 * readFileSync takes about 0.2 s (measured here). Nothing else runs meanwhile in
 * a validator process. The function stays async so callers need not change if
 * that ever does.
 */
export async function readRepositoryFiles(root: string): Promise<SourceFile[]> {
  const paths: string[] = [];
  const walk = (directory: string): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && directory === join(root, 'content')) return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && (CONTENT_FILE.test(entry.name) || NOTICE_TEXT.test(path))) paths.push(path);
    }
  };
  walk(join(root, 'content'));
  paths.sort();
  // A Buffer is a Uint8Array: no copy.
  return paths.map((path) => ({ path: toRepositoryPath(root, path), bytes: readFileSync(path) }));
}
