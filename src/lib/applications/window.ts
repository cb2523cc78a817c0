/**
 * Where a program's application window stands on a given day, and the
 * sentence the site shows for it. Only windows written in program.yaml (from
 * the program's documents) count: no window, no sentence.
 */
import { dateInWords } from '../date-words.ts';
import type { Program } from '../types.generated.ts';

type Cycle = NonNullable<NonNullable<Program['applications']>['cycles']>[number];

export type WindowState =
  { state: 'none' } | { state: 'upcoming'; window: Cycle } | { state: 'open'; window: Cycle } | { state: 'closed'; last: Cycle };

/** The window that matters on `today` (YYYY-MM-DD): open now, else the next to open, else the last that closed. */
export function applicationWindow(program: Program, today: string): WindowState {
  const cycles = [...(program.applications?.cycles ?? [])].sort((a, b) =>
    a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : a.cycle - b.cycle,
  );
  const open = cycles.find((window) => window.opens <= today && today <= window.closes);
  if (open) return { state: 'open', window: open };
  const next = cycles.find((window) => window.opens > today);
  if (next) return { state: 'upcoming', window: next };
  const last = cycles.at(-1);
  return last ? { state: 'closed', last } : { state: 'none' };
}

/** "1 March", with the year when it is not the cycle's. */
export const dayInWords = (date: string, cycle: number): string => dateInWords(date, cycle);

/** The site's sentence, or undefined when the program publishes no window. */
export function windowSentence(state: WindowState): string | undefined {
  switch (state.state) {
    case 'none':
      return undefined;
    case 'upcoming': {
      const { cycle, opens, closes } = state.window;
      return `Applications for ${cycle} open ${dayInWords(opens, cycle)} and close ${dayInWords(closes, cycle)}.`;
    }
    case 'open': {
      const { cycle, closes } = state.window;
      return `Applications for ${cycle} are open until ${dayInWords(closes, cycle)}.`;
    }
    case 'closed':
      return `Applications for ${state.last.cycle} closed on ${dayInWords(state.last.closes, state.last.cycle)}; no date for the next cycle has been published yet.`;
  }
}
