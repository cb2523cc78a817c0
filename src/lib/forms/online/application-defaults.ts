/**
 * What the online application form fills in before the applicant types: the
 * cycle, from the program's application window (the one open today, else the
 * next to open), and the day it is submitted, today. Both stay editable.
 */
import { applicationWindow, cycleForToday } from '../../applications/window.ts';
import type { Program } from '../../types.generated.ts';

export function applicationDefaults(program: Program, today: string): Record<string, string> {
  const state = applicationWindow(program, today);
  // Without a published window the page does not guess the cycle.
  const cycle = state.state === 'open' || state.state === 'upcoming' ? { cycle: String(cycleForToday(program, today)) } : {};
  return { ...cycle, submitted: today };
}
