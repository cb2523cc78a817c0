/**
 * Where a program's application window stands on a given day, and the
 * sentence the site shows for it. Only windows written in program.yaml (from
 * the program's documents) count: a cycle's own dates (`cycles`), or the
 * yearly window (`window`, MM-DD) that holds every year a cycle does not list
 * its own; the "matched by" day likewise. No window, no sentence.
 */
import { nextMonthDay, onMonthDay, type IsoDate } from '../dates.ts';
import { dateInWords } from '../text/date-words.ts';
import type { Program } from '../types.generated.ts';

/** One cycle's window: its dates, and the day its applicants are matched by when the documents give one. */
export interface CycleWindow {
  cycle: number;
  opens: IsoDate;
  closes: IsoDate;
  matchedBy?: IsoDate;
}

export type WindowState =
  | { state: 'none' }
  | { state: 'upcoming'; window: CycleWindow }
  | { state: 'open'; window: CycleWindow }
  | { state: 'closed'; last: CycleWindow };

/** The yearly window's dates for one cycle (the year it opens), or undefined when the program gives none. */
export function yearlyWindow(program: Program, cycle: number): CycleWindow | undefined {
  const settings = program.applications;
  if (!settings?.window) return undefined;
  const opens = onMonthDay(cycle, settings.window.opens);
  const closes = nextMonthDay(opens, settings.window.closes);
  return { cycle, opens, closes, ...(settings.matchedBy !== undefined && { matchedBy: nextMonthDay(closes, settings.matchedBy) }) };
}

/** The window of one cycle: its own dates when the program lists them, else the yearly window's; undefined when neither. */
export function windowOfCycle(program: Program, cycle: number): CycleWindow | undefined {
  const listed = program.applications?.cycles?.find((entry) => entry.cycle === cycle);
  if (!listed) return yearlyWindow(program, cycle);
  const matchedBy = listed.matchedBy ?? yearlyWindow(program, cycle)?.matchedBy;
  return { cycle, opens: listed.opens, closes: listed.closes, ...(matchedBy !== undefined && { matchedBy }) };
}

/** The windows that matter around `today`: the listed cycles, and the yearly window of last year, this year and next. */
function windowsAround(program: Program, today: IsoDate): CycleWindow[] {
  const year = Number(today.slice(0, 4));
  const cycles = new Set([...(program.applications?.cycles ?? []).map((entry) => entry.cycle)]);
  if (program.applications?.window) for (const cycle of [year - 1, year, year + 1]) cycles.add(cycle);
  return [...cycles]
    .map((cycle) => windowOfCycle(program, cycle))
    .filter((window): window is CycleWindow => window !== undefined)
    .sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : a.cycle - b.cycle));
}

/** The window that matters on `today` (YYYY-MM-DD): open now, else the next to open, else the last that closed. */
export function applicationWindow(program: Program, today: string): WindowState {
  const windows = windowsAround(program, today);
  const open = windows.find((window) => window.opens <= today && today <= window.closes);
  if (open) return { state: 'open', window: open };
  const next = windows.find((window) => window.opens > today);
  if (next) return { state: 'upcoming', window: next };
  const last = windows.at(-1);
  return last ? { state: 'closed', last } : { state: 'none' };
}

/** The cycle an application submitted on `today` belongs to: the open window's, else the next to open, else this year. */
export function cycleForToday(program: Program, today: IsoDate): number {
  const state = applicationWindow(program, today);
  return state.state === 'open' || state.state === 'upcoming' ? state.window.cycle : Number(today.slice(0, 4));
}

/** "1 March", with the year when it is not the cycle's. */
const dayInWords = (date: string, cycle: number): string => dateInWords(date, cycle);

const matchedBySentence = (window: CycleWindow): string =>
  window.matchedBy === undefined ? '' : ` Applicants are told of their match by ${dayInWords(window.matchedBy, window.cycle)}.`;

/** The site's sentence, or undefined when the program publishes no window. */
export function windowSentence(state: WindowState): string | undefined {
  switch (state.state) {
    case 'none':
      return undefined;
    case 'upcoming': {
      const { cycle, opens, closes } = state.window;
      return `Applications for ${cycle} open ${dayInWords(opens, cycle)} and close ${dayInWords(closes, cycle)}.${matchedBySentence(state.window)}`;
    }
    case 'open': {
      const { cycle, closes } = state.window;
      return `Applications for ${cycle} are open until ${dayInWords(closes, cycle)}.${matchedBySentence(state.window)}`;
    }
    case 'closed':
      return `Applications for ${state.last.cycle} closed on ${dayInWords(state.last.closes, state.last.cycle)}; no date for the next cycle has been published yet.`;
  }
}

/** The yearly window in words, for the overview ("every year from 1 August to 15 September"), when the program gives one. */
export function yearlyWindowInWords(program: Program): string | undefined {
  const settings = program.applications;
  if (!settings?.window) return undefined;
  const sample = yearlyWindow(program, 2001)!;
  const until = dayInWords(sample.closes, sample.cycle);
  const matched = sample.matchedBy ? `; applicants are told of their match by ${dayInWords(sample.matchedBy, sample.cycle)}` : '';
  return `every year from ${dayInWords(sample.opens, sample.cycle)} to ${until.replace(/ 2002$/, ' of the following year')}${matched.replace(/ 2002$/, ' of the following year')}`;
}
