/**
 * Prints what needs a coordinator now, per program.
 *
 * Exit 0 printed (files with errors are left out, and listed at the end of the desk),
 * 2 bad option or the repository could not be read.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { CommandError } from '../src/lib/cli/errors.ts';
import { choiceOption, todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { errorLine, runAsScript, runCommand, type Command } from './cli/run.ts';

const args = { options: { today: { type: 'string' }, format: { type: 'string' } } } as const;

const COMMAND: Command<typeof args> = {
  name: 'desk',
  usage: 'npm run desk -- [--today YYYY-MM-DD] [--format text|markdown|json]',
  description: `
Prints what needs a coordinator now, per program: check-ins, evaluations,
contracts to sign, relationships ending. Files with errors are left out and
listed at the end of the desk.

  --today    the day to look from (default: today)
  --format   text (default), markdown or json

Exit 0 printed, 2 bad option or the repository could not be read.`,
  args,
  async run({ values }) {
    // The validator and the desk are loaded here, not with the script: `--help` needs neither.
    const [{ buildDesk, filesWithErrors }, { DESK_FORMATS, formatDesk }, { readRepositoryFiles }, { validateFiles }] = await Promise.all([
      import('../src/lib/desk/build-desk.ts'),
      import('../src/lib/desk/format.ts'),
      import('../src/lib/repository/read-files.ts'),
      import('../src/lib/validate/index.ts'),
    ]);
    const today = todayOption(values.today);
    const format = choiceOption('format', values.format, DESK_FORMATS, 'text');
    const files = await readRepositoryFiles(process.cwd()).catch((error: NodeJS.ErrnoException) => {
      throw new CommandError(`could not read content/ (${error.code ?? 'error'}).`);
    });
    const { repository, diagnostics } = validateFiles(files, { today });
    const broken = filesWithErrors(diagnostics);
    if (broken.length > 0) {
      errorLine(
        `desk: ${broken.length} file${broken.length === 1 ? ' has' : 's have'} errors and ${broken.length === 1 ? 'is' : 'are'} left out; run npm run validate.`,
      );
    }
    process.stdout.write(formatDesk(buildDesk(repository, today, broken), format));
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
