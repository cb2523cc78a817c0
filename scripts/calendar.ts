/**
 * Writes an iCalendar file for one pair: its meeting series, the contract's
 * end, the coordinator's check-ins and the program's evaluations.
 *
 * Without --out the calendar goes to standard output.
 * Exit 0 written, 1 the pair's files are invalid, 2 bad usage (unknown pairing, no contract yet) or could not read or write.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { writeFile } from 'node:fs/promises';
import { CommandError, InvalidDataError, UsageError } from '../src/lib/cli/errors.ts';
import { todayOption } from '../src/lib/lifecycle/cli-options.ts';
import { printLine, runAsScript, runCommand, type Command } from './cli/run.ts';

const USAGE = 'npm run calendar -- <program>/<pairing-id> [--out file.ics] [--today YYYY-MM-DD]';

const args = { allowPositionals: true, options: { out: { type: 'string' }, today: { type: 'string' } } } as const;

const COMMAND: Command<typeof args> = {
  name: 'calendar',
  usage: USAGE,
  description: `
Writes an iCalendar file for one pair: its meeting series, the contract's end,
the coordinator's check-ins and the program's evaluations.

  --out      the file to write (default: standard output)
  --today    the day the calendar is stamped with (default: today)

Exit 0 written, 1 the pair's files are invalid, 2 bad usage (unknown pairing,
no contract yet) or the calendar could not be read or written.`,
  args,
  async run({ values, positionals }) {
    const today = todayOption(values.today);
    if (positionals.length > 1) throw new UsageError('Give one pairing only.');
    const { pairingRef } = await import('../src/lib/lifecycle/pairing-ref.ts');
    const ref = pairingRef(positionals[0]);
    const pairingFile = `content/pairings/${ref.program}/${ref.id}.yaml`;
    const contractFile = `content/contracts/${ref.program}/${ref.id}.yaml`;
    // The validator and the calendar writer are loaded here, not with the script: `--help` needs neither.
    const [{ renderCalendar }, { pairCalendar }, { formatText }, { readRepositoryFiles }, { validateFiles }] = await Promise.all([
      import('../src/lib/calendar/calendar-events.ts'),
      import('../src/lib/calendar/pair-calendar.ts'),
      import('../src/lib/diagnostics.ts'),
      import('../src/lib/repository/read-files.ts'),
      import('../src/lib/validate/index.ts'),
    ]);
    const { repository, diagnostics } = validateFiles(await readRepositoryFiles(process.cwd()), { today });
    const own = diagnostics.filter((d) => d.severity === 'error' && (d.file === pairingFile || d.file === contractFile));
    if (own.length > 0) {
      process.stderr.write(formatText(own));
      throw new InvalidDataError('Fix the errors above first: the calendar is made from valid files only.');
    }
    const program = repository.programs.get(ref.program)?.data;
    const pairing = repository.pairings.get(ref.key)?.data;
    if (!program) throw new UsageError(`There is no program "${ref.program}" (content/programs/${ref.program}/program.yaml).`);
    if (!pairing) throw new UsageError(`There is no pairing ${pairingFile}.`);
    const contract = repository.contracts.get(ref.key)?.data;
    if (!contract)
      throw new CommandError(`The pair has no contract yet (${contractFile}): the calendar needs its start date and meeting frequency.`);
    const text = renderCalendar(pairCalendar({ program, pairingId: ref.id, pairing, contract, stamp: today }));
    if (values.out === undefined) {
      process.stdout.write(text);
    } else {
      await writeFile(values.out, text).catch((error: NodeJS.ErrnoException) => {
        throw new CommandError(`could not write ${values.out} (${error.code ?? 'error'})`);
      });
      printLine(`calendar: wrote ${values.out}`);
    }
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
