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
 * a hash of its text, in node_modules/.cache/tandem-ts (one file per module).
 * The stripped text is the one Node's own loader makes (the same SWC, the
 * same options), so the command runs the same code.
 *
 * The script itself and what it imports at its top are stripped by Node
 * before any of our code runs: scripts keep those few and small.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';

const CACHE_FOLDER = join(import.meta.dirname, '../../node_modules/.cache/tandem-ts');

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

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

function stripped(source: string, url: string, folder: string): string {
  const file = join(folder, `${sha1(url)}.js`);
  const key = sha1(`${process.version}\0${source}`);
  try {
    const kept = readFileSync(file, 'utf8');
    const newline = kept.indexOf('\n');
    if (kept.slice(0, newline) === key) return kept.slice(newline + 1);
  } catch {
    // Not kept yet: strip it below.
  }
  const code = stripQuietly(source, url);
  try {
    mkdirSync(folder, { recursive: true });
    // Written aside, then renamed: a command running beside this one reads a whole file or none.
    const aside = `${file}.${process.pid}`;
    writeFileSync(aside, `${key}\n${code}`);
    renameSync(aside, file);
  } catch {
    // A folder that cannot be written only costs the stripping next time.
  }
  return code;
}

/** From now on, `.ts` modules this process loads are stripped through the cache. */
export function cacheStrippedTypes(folder = CACHE_FOLDER): void {
  // Node transforms rather than strips, or adds a source map, under these flags: leave those runs to Node.
  if (process.features.typescript !== 'strip' || process.sourceMapsEnabled) return;
  const decoder = new TextDecoder();
  registerHooks({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      // Node refuses to strip a package's .ts file; it still does.
      if (loaded.format !== 'module-typescript' || !url.startsWith('file:') || url.includes('/node_modules/')) return loaded;
      const { source } = loaded;
      const text = typeof source === 'string' ? source : decoder.decode(source);
      return { format: 'module', source: stripped(text, url, folder), shortCircuit: true };
    },
  });
}
