/**
 * When a pair's signed contract is expected: a number of calendar months after
 * the pairing notice (ALAO: "within the first month after being notified", so
 * a pair told on July 1 is on time on August 1), or a number of days where a
 * program counts in days.
 */
import { addDaysIso, addMonthsIso, type IsoDate } from '../dates.ts';
import type { Program } from '../types.generated.ts';

export interface ContractDeadline {
  /** The last day the contract is on time. */
  due: IsoDate;
  /** The deadline as the program words it: "1 month", "30 days". */
  words: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The program's deadline in words ("within 1 month"), or undefined where it sets none. */
export function contractDueWords(program: Program): string | undefined {
  const months = program.contract?.dueMonthsAfterNotified;
  if (months !== undefined) return plural(months, 'month');
  const days = program.contract?.dueDaysAfterNotified;
  return days === undefined ? undefined : plural(days, 'day');
}

/** The day a pair notified on `notified` is expected to have its contract signed by, or undefined where the program sets no deadline. */
export function contractDeadline(program: Program, notified: IsoDate): ContractDeadline | undefined {
  const months = program.contract?.dueMonthsAfterNotified;
  const days = program.contract?.dueDaysAfterNotified;
  const words = contractDueWords(program);
  if (words === undefined) return undefined;
  return { due: months !== undefined ? addMonthsIso(notified, months) : addDaysIso(notified, days ?? 0), words };
}
