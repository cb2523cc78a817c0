/**
 * Prints what needs a coordinator now, per program.
 *
 *   npm run desk -- [--today YYYY-MM-DD] [--format text|markdown|json]
 *
 * Exit 0 printed (files with errors are left out, and listed at the end of the desk),
 * 1 bad option, 2 the repository could not be read.
 */
import { parseArgs } from 'node:util';
import { buildDesk, filesWithErrors } from '../src/lib/desk/build-desk.ts';
import { DESK_FORMATS, formatDesk } from '../src/lib/desk/format.ts';
import { choiceOption, todayOption, UsageError } from '../src/lib/lifecycle/cli-options.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { validateFiles } from '../src/lib/validate/index.ts';

async function main(): Promise<number> {
  let today: string;
  let format: (typeof DESK_FORMATS)[number];
  try {
    const { values } = parseArgs({ options: { today: { type: 'string' }, format: { type: 'string' } } });
    today = todayOption(values.today);
    format = choiceOption('format', values.format, DESK_FORMATS, 'text');
  } catch (error) {
    console.error(`desk: ${(error as Error).message}`);
    return 1;
  }
  let files;
  try {
    files = await readRepositoryFiles(process.cwd());
  } catch (error) {
    console.error(`desk: could not read content/ (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    return 2;
  }
  const { repository, diagnostics } = validateFiles(files, { today });
  const broken = filesWithErrors(diagnostics);
  if (broken.length > 0) {
    console.error(`desk: ${broken.length} file${broken.length === 1 ? ' has' : 's have'} errors and ${broken.length === 1 ? 'is' : 'are'} left out; run npm run validate.`);
  }
  process.stdout.write(formatDesk(buildDesk(repository, today, broken), format));
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`desk: ${error.message}`);
    return 1;
  }
  console.error(`desk: could not run (${error instanceof Error ? error.message : String(error)}).`);
  return 2;
});
