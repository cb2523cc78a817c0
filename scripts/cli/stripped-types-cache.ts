/**
 * A cache of Node's type stripping, for the modules a command loads once it
 * runs (its `run`'s `await import()`s: the validator, the repository reader,
 * the GitHub calls).
 *
 * Node 22 strips the types of every `.ts` file it loads with SWC compiled to
 * WebAssembly, and its compile cache does not keep the result (later Node
 * versions do). In a command of a second that is most of its CPU: starting
 * SWC, stripping a few hundred KB of our code, and V8 optimising SWC's
 * WebAssembly on background threads while it runs. So a script, once started,
 * has each of its later `.ts` modules stripped once and kept, checked against
 * a hash of its text, in node_modules/.cache/tandem-ts. The stripped text is
 * the one Node's own loader makes (the same SWC, the same options), so the
 * command runs the same code.
 *
 * The cache is one file, read whole when the command starts and written
 * whole, only when the command stripped something, when it ends: a file per
 * module cost more to create, the first time, than stripping it.
 *
 * The script itself and what it imports at its top are stripped by Node
 * before any of our code runs: scripts keep those few and small.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE_FOLDER = join(import.meta.dirname, '../../node_modules/.cache/tandem-ts');
const CACHE_FILE = 'modules.txt';

// node:crypto is loaded with the first module, not with the script: `--help` loads none.
const sha1 = (text: string): string => process.getBuiltinModule('node:crypto').createHash('sha1').update(text).digest('hex');

/** What Node's loader runs for a `.ts` module: SWC's strip-only mode, the module's URL as its sourceURL. */
function stripQuietly(source: string, url: string): string {
  // The public entry to Node's stripper warns once that it is experimental; a command's output shows no such line.
  // eslint-disable-next-line typescript/unbound-method -- kept only to be put back as it was, never called here
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return stripTypeScriptTypes(source, { mode: 'strip', sourceUrl: url });
  } finally {
    process.emitWarning = emitWarning;
  }
}

interface Kept {
  /** A hash of Node's version and the module's text. */
  key: string;
  code: string;
}

/**
 * The cache file's modules, each `<url>\n<key>\n<length of code>\n<code>\n`; reading stops at anything else
 * (a file from another version of this code reads as far as it can).
 */
function readKept(file: string): Map<string, Kept> {
  const kept = new Map<string, Kept>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return kept;
  }
  let at = 0;
  while (at < text.length) {
    const urlEnd = text.indexOf('\n', at);
    const keyEnd = urlEnd === -1 ? -1 : text.indexOf('\n', urlEnd + 1);
    const lengthEnd = keyEnd === -1 ? -1 : text.indexOf('\n', keyEnd + 1);
    if (lengthEnd === -1) break;
    const length = Number(text.slice(keyEnd + 1, lengthEnd));
    const end = lengthEnd + 1 + length;
    if (!Number.isInteger(length) || text[end] !== '\n') break;
    kept.set(text.slice(at, urlEnd), { key: text.slice(urlEnd + 1, keyEnd), code: text.slice(lengthEnd + 1, end) });
    at = end + 1;
  }
  return kept;
}

/**
 * Adds what this command stripped to what the file holds now (a command running beside this one may have
 * added to it since), leaves out modules whose file is gone, and replaces the file whole: a command reading
 * it meanwhile reads the old one or the new one.
 */
function writeKept(folder: string, stripped: ReadonlyMap<string, Kept>): void {
  const file = join(folder, CACHE_FILE);
  const kept = readKept(file);
  for (const [url, entry] of stripped) kept.set(url, entry);
  const parts: string[] = [];
  for (const [url, { key, code }] of kept) {
    if (url.startsWith('file:') && existsSync(fileURLToPath(url))) parts.push(`${url}\n${key}\n${code.length}\n${code}\n`);
  }
  try {
    mkdirSync(folder, { recursive: true });
    const aside = `${file}.${process.pid}`;
    writeFileSync(aside, parts.join(''));
    renameSync(aside, file);
  } catch {
    // A folder that cannot be written only costs the stripping next time.
  }
}

/** From now on, `.ts` modules this process loads are stripped through the cache in `folder`. */
export function cacheStrippedTypes(folder = CACHE_FOLDER): void {
  // Node transforms rather than strips, or adds a source map, under these flags: leave those runs to Node.
  if (process.features.typescript !== 'strip' || process.sourceMapsEnabled) return;
  const kept = readKept(join(folder, CACHE_FILE));
  const stripped = new Map<string, Kept>();
  const decoder = new TextDecoder();
  registerHooks({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      // Node refuses to strip a package's .ts file; it still does.
      if (loaded.format !== 'module-typescript' || !url.startsWith('file:') || url.includes('/node_modules/')) return loaded;
      const source = typeof loaded.source === 'string' ? loaded.source : decoder.decode(loaded.source);
      const key = sha1(`${process.version}\0${source}`);
      const entry = kept.get(url);
      if (entry?.key === key) return { format: 'module', source: entry.code, shortCircuit: true };
      if (stripped.size === 0) process.once('exit', () => writeKept(folder, stripped));
      const code = stripQuietly(source, url);
      stripped.set(url, { key, code });
      return { format: 'module', source: code, shortCircuit: true };
    },
  });
}
