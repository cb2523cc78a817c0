/**
 * Checks every content file of the repository (the current directory), or
 * only the given files and folders in the context of the whole repository.
 * Exit 0 valid (warnings allowed), 1 invalid, 2 could not run.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatGithub, formatJson, formatText } from '../src/lib/diagnostics.ts';
import { UsageError } from '../src/lib/cli/errors.ts';
import type { SourceFile } from '../src/lib/repository/read-files.ts';
import { isIsoDate, todayIso } from '../src/lib/dates.ts';
import { runAsScript, runCommand, type Command } from './cli/run.ts';

const formatters = { text: formatText, github: formatGithub, json: formatJson } as const;

/** The files the given paths name (folders: the content files inside), added to the run when outside content/. */
async function selectFiles(root: string, files: SourceFile[], args: string[]): Promise<string[]> {
  const { toRepositoryPath } = await import('../src/lib/repository/read-files.ts');
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

const args = {
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' }, today: { type: 'string' } },
} as const;

const COMMAND: Command<typeof args> = {
  name: 'validate',
  usage: 'npm run validate -- [paths...] [--format text|github|json] [--today YYYY-MM-DD]',
  description: `
Checks every content file of the repository (the current folder) against the
schemas and the rules, or only the given files and folders, in the context of
the whole repository.

  --format   text (default), github (workflow annotations) or json
  --today    the day date rules are checked against (default: today)

Exit 0 valid (warnings allowed), 1 invalid, 2 could not run or bad usage.`,
  args,
  async run({ values, positionals }) {
    const format = values.format;
    if (!(format in formatters)) throw new UsageError(`Unknown --format "${format}": use text, github or json.`);
    if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError('--today must be a real date written YYYY-MM-DD.');
    const today = values.today ?? todayIso();
    const root = process.cwd();
    // The validator is loaded here, not with the script: `--help` and a usage mistake do not pay for it.
    const [{ readRepositoryFiles }, { checkFiles }] = await Promise.all([
      import('../src/lib/repository/read-files.ts'),
      import('../src/lib/validate/index.ts'),
    ]);
    const files = await readRepositoryFiles(root);
    const only = positionals.length > 0 ? await selectFiles(root, files, positionals) : undefined;
    const result = checkFiles(files, { today, wholeRepository: true, ...(only && { only }) });
    const filesChecked = only ? new Set(only).size : files.length;
    process.stdout.write(formatters[format as keyof typeof formatters](result.diagnostics, { filesChecked }));
    return result.ok ? 0 : 1;
  },
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
