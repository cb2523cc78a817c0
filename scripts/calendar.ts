/**
 * Writes an iCalendar file for one pair: its meeting series, the contract's
 * end, the coordinator's check-ins and the program's evaluations.
 *
 *   npm run calendar -- <program>/<pairing-id> [--out file.ics] [--today YYYY-MM-DD]
 *
 * Without --out the calendar goes to standard output.
 * Exit 0 written, 1 unknown or invalid pairing, no contract, or a bad option; 2 could not read or write.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderCalendar } from '../src/lib/calendar/calendar-events.ts';
import { pairCalendar } from '../src/lib/calendar/pair-calendar.ts';
import { formatText } from '../src/lib/diagnostics.ts';
import { isUsageMistake, pairingRef, todayOption, UsageError } from '../src/lib/lifecycle/cli-options.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { validateFiles } from '../src/lib/validate/index.ts';

const USAGE = 'npm run calendar -- <program>/<pairing-id> [--out file.ics]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, today: { type: 'string' } }, allowPositionals: true });
  const today = todayOption(values.today);
  if (positionals.length > 1) throw new UsageError(`Give one pairing only. Usage: ${USAGE}`);
  const ref = pairingRef(positionals[0], USAGE);
  const pairingFile = `content/pairings/${ref.program}/${ref.id}.yaml`;
  const contractFile = `content/contracts/${ref.program}/${ref.id}.yaml`;
  const { repository, diagnostics } = validateFiles(await readRepositoryFiles(process.cwd()), { today });
  const own = diagnostics.filter((d) => d.severity === 'error' && (d.file === pairingFile || d.file === contractFile));
  if (own.length > 0) {
    console.error(formatText(own));
    throw new UsageError('Fix the errors above first: the calendar is made from valid files only.');
  }
  const program = repository.programs.get(ref.program)?.data;
  const pairing = repository.pairings.get(ref.key)?.data;
  if (!program) throw new UsageError(`There is no program "${ref.program}" (content/programs/${ref.program}/program.yaml).`);
  if (!pairing) throw new UsageError(`There is no pairing ${pairingFile}.`);
  const contract = repository.contracts.get(ref.key)?.data;
  if (!contract) throw new UsageError(`The pair has no contract yet (${contractFile}): the calendar needs its start date and meeting frequency.`);
  const text = renderCalendar(pairCalendar({ program, pairingId: ref.id, pairing, contract, stamp: today }));
  if (values.out === undefined) {
    process.stdout.write(text);
  } else {
    await writeFile(values.out, text).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`could not write ${values.out} (${error.code ?? 'error'})`);
    });
    console.log(`calendar: wrote ${values.out}`);
  }
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  const usage = isUsageMistake(error);
  console.error(`calendar: ${usage ? (error).message : `could not run: ${error instanceof Error ? error.message : String(error)}`}`);
  return usage ? 1 : 2;
});
