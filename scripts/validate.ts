/**
 * npm run validate [paths...] [--format text|github|json] [--today YYYY-MM-DD]
 *
 * Checks every content file of the repository (the current directory), or
 * only the given files and folders in the context of the whole repository.
 * Exit 0 valid (warnings allowed), 1 invalid, 2 could not run.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatGithub, formatJson, formatText } from '../src/lib/diagnostics.ts';
import { readRepositoryFiles, toRepositoryPath, type SourceFile } from '../src/lib/repository/read-files.ts';
import { validateFiles } from '../src/lib/validate/index.ts';
import { isIsoDate, todayIso } from '../src/lib/dates.ts';

const USAGE = 'Usage: npm run validate [paths...] [--format text|github|json] [--today YYYY-MM-DD]';
const formatters = { text: formatText, github: formatGithub, json: formatJson } as const;

class UsageError extends Error {}

function parseOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { format, today, help } = parsed.values;
  if (!(format in formatters)) throw new UsageError(`Unknown --format "${format}": use text, github or json.\n${USAGE}`);
  if (today !== undefined && !isIsoDate(today)) {
    throw new UsageError(`--today must be a real date written YYYY-MM-DD.\n${USAGE}`);
  }
  return { format: format as keyof typeof formatters, today: today ?? todayIso(), help: help ?? false, paths: parsed.positionals };
}

/** The files the given paths name (folders: the content files inside), added to the run when outside content/. */
async function selectFiles(root: string, files: SourceFile[], args: string[]): Promise<string[]> {
  const selected: string[] = [];
  for (const arg of args) {
    const absolute = resolve(root, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`Cannot read ${arg}: no such file or folder.`);
    const path = toRepositoryPath(root, absolute);
    if (path.startsWith('..')) throw new UsageError(`${arg} is outside the repository.`);
    if (info.isDirectory()) {
      const prefix = path === '' ? '' : `${path}/`;
      selected.push(...files.filter((file) => file.path.startsWith(prefix)).map((file) => file.path));
      continue;
    }
    if (!files.some((file) => file.path === path)) {
      const bytes = await readFile(absolute).catch(() => {
        throw new UsageError(`Cannot read ${arg}.`);
      });
      files.push({ path, bytes: new Uint8Array(bytes) });
    }
    selected.push(path);
  }
  return selected;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const files = await readRepositoryFiles(root);
  const only = options.paths.length > 0 ? await selectFiles(root, files, options.paths) : undefined;
  const result = validateFiles(files, only ? { today: options.today, only } : { today: options.today });
  const filesChecked = only ? new Set(only).size : files.length;
  process.stdout.write(formatters[options.format](result.diagnostics, { filesChecked }));
  return result.ok ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  // User errors (bad flag, unreadable path) and anything unexpected: one line, no stack trace.
  const message = error instanceof UsageError ? error.message : `validate could not run: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}
