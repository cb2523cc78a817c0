/**
 * Reads the repository's content files from disk: the one place in src/lib/
 * that touches the file system. Everything after this works on bytes, so
 * tests and the GitHub code can validate files that are not on disk.
 */
import { opendirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SourceFile {
  /** Repository-relative, forward slashes. */
  path: string;
  /** The file's exact bytes. */
  readonly bytes: Uint8Array;
  /**
   * The same bytes decoded as UTF-8, when the reader can give them so
   * (`readRepositoryFiles`: Node reads a file as text several times faster
   * than as bytes). Only when the bytes are valid UTF-8; a leading BOM is kept
   * as U+FEFF. Consumers use it through `decodeFile` (src/lib/yaml/decode.ts).
   */
  readonly text?: string | undefined;
}

/** Files Tandem validates; `.yml` is read too, so that the validator can say to rename it. */
const CONTENT_FILE = /\.(?:ya?ml|mdx)$/;
/** Notice texts are Markdown (.md) in a program's notices/ folder; other .md files (notes, sources) are not content. */
const NOTICE_TEXT = /(?:^|[\\/])notices[\\/][^\\/]+\.md$/;
/** A program's SOURCES.md: where each fact of its program.yaml comes from (the program-sources rule reads it). */
const PROGRAM_SOURCES = /^content\/programs\/[^/]+\/SOURCES\.md$/;

export const toRepositoryPath = (root: string, absolute: string): string => relative(root, absolute).split(sep).join('/');

/**
 * A file on disk, read when its contents are asked for, and again each time:
 * a validator run over 20,000 files then holds their parsed values, not their
 * texts as well (the texts die young, which the garbage collector handles
 * cheaply). `text` is what Node reads fastest (UTF-8, one call); when it holds
 * U+FFFD, which is what invalid UTF-8 decodes to, it is withheld, and the
 * reader decides on the exact bytes. A class, so that 20,000 of them share
 * their getters.
 */
class DiskFile implements SourceFile {
  readonly path: string;
  /** The root, ending with a separator, shared by every file of a run (100,000 absolute paths would cost about 10 MB). */
  readonly #base: string;

  constructor(path: string, base: string) {
    this.path = path;
    this.#base = base;
  }

  get #absolute(): string {
    return this.#base + this.path;
  }

  get text(): string | undefined {
    const text = readFileSync(this.#absolute, 'utf8');
    return text.includes('\uFFFD') ? undefined : text;
  }

  // A Buffer is a Uint8Array: no copy.
  get bytes(): Uint8Array {
    return readFileSync(this.#absolute);
  }
}

/**
 * content/**\/*.yaml, *.yml and *.mdx, notices/*.md and each program's
 * SOURCES.md, under `root`, sorted
 * by path, each read when used (see DiskFile). Symbolic links are not followed.
 *
 * The reads are synchronous and as text on purpose: a content file is about
 * 1 KB, and for 20,000 of them fs/promises spends about 1.2 s in per-call
 * overhead where readFileSync takes about 0.2 s, and reading UTF-8 text takes
 * Node's one-call fast path where reading bytes takes four calls (measured
 * here). Nothing else runs meanwhile in a validator process. The function
 * stays async so callers need not change if that ever does.
 */
export async function readRepositoryFiles(root: string): Promise<SourceFile[]> {
  const found: string[] = [];
  // A folder's entries one at a time (opendir), not all at once (readdir): a folder of 50,000
  // pairings read at once is 50,000 entries alive together, which outlive the young generation and
  // stay in memory until a full collection (measured: 23 MB more heap at 100,000 files, and slower).
  const walk = (directory: string, relativeDirectory: string): void => {
    let folder;
    try {
      folder = opendirSync(directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && relativeDirectory === 'content') return;
      throw error;
    }
    try {
      for (let entry = folder.readSync(); entry !== null; entry = folder.readSync()) {
        // Built by hand: path.join and path.relative cost more than the reads themselves for 20,000 files.
        const path = `${relativeDirectory}/${entry.name}`;
        if (entry.isDirectory()) walk(`${directory}/${entry.name}`, path);
        else if (entry.isFile() && (CONTENT_FILE.test(entry.name) || NOTICE_TEXT.test(path) || PROGRAM_SOURCES.test(path)))
          found.push(path);
      }
    } finally {
      folder.closeSync();
    }
  };
  const content = join(root, 'content');
  walk(content, 'content');
  found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // `${content}/x` is `${base}content/x`, the absolute path of the file at content/x.
  const base = content.slice(0, -'content'.length);
  return found.map((path) => new DiskFile(path, base));
}
