/**
 * The notices Tandem can send, read from schemas/notice.schema.json, and the
 * window of days in which each is still worth sending.
 */
import { schemaRegistry } from '../schema-files.ts';
import { daysBetween, type IsoDate } from '../dates.ts';
import type { Program } from '../types.generated.ts';

export type NoticeKind = NonNullable<Program['notices']>['send'][number];

function kindsFromSchema(): NoticeKind[] {
  const schema = schemaRegistry.get('notice.schema.json') as { $defs: { kind: { anyOf: { const: string }[] } } };
  return schema.$defs.kind.anyOf.map((choice) => choice.const as NoticeKind);
}

/** Every notice kind, in the schema's order. */
export const NOTICE_KINDS: readonly NoticeKind[] = kindsFromSchema();

export const isNoticeKind = (value: string): value is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(value);

/**
 * When a notice is worth sending, in days relative to the day it is about
 * (its `due`): from `from` to `to`, both included. Every window is at least
 * 7 days wide, so the weekly run meets each notice once; a run that missed a
 * week still sends what falls inside, and nothing older (a reminder for a
 * contract due a month ago would only confuse the pair: the desk lists it for
 * the coordinator instead).
 */
export interface RelevanceWindow {
  from: number;
  to: number;
}

export const RELEVANCE: Readonly<Record<NoticeKind, RelevanceWindow>> = {
  // From the day the pair is notified, for two weeks.
  'pairing-notice': { from: 0, to: 14 },
  // Ten days before the contract is due, until a week after.
  'contract-due': { from: -10, to: 7 },
  // On the check-in date, for two weeks.
  'check-in': { from: 0, to: 14 },
  // Two weeks before the evaluation is due, until a week after.
  'evaluation-due': { from: -14, to: 7 },
  // From the day after the step's due date, for three weeks.
  'step-overdue': { from: 1, to: 21 },
  // In the last 30 days of the relationship, up to its last day.
  'ending-soon': { from: -30, to: 0 },
};

/** Whether `today` falls inside the notice's window around `due`. */
export function isRelevant(kind: NoticeKind, due: IsoDate, today: IsoDate): boolean {
  const offset = daysBetween(due, today);
  return offset >= RELEVANCE[kind].from && offset <= RELEVANCE[kind].to;
}
