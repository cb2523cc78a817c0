import { addDaysIso, daysBetween, type IsoDate } from '../dates.ts';
import { endedOn, relationshipPeriod } from '../lifecycle/relationship.ts';
import type { Program } from '../types.generated.ts';
import type { DeskItem, PairingContext } from './items.ts';

type Step = NonNullable<Program['steps']>[number];

const BY_WORDS: Readonly<Record<Step['by'], string>> = {
  mentor: 'the mentor',
  mentee: 'the mentee',
  peer: 'each peer',
  pair: 'the pair',
  coordinator: 'the coordinator',
};

/** The day a step falls due for this pair, when the program gives it a due date and the event it counts from is known. */
function stepDueDate(
  step: Step,
  { program, pairing, contract }: Pick<PairingContext, 'program' | 'pairing' | 'contract'>,
): IsoDate | undefined {
  if (!step.due) return undefined;
  const period = relationshipPeriod(program, pairing, contract);
  const from =
    step.due.after === 'notified'
      ? pairing.notified
      : step.due.after === 'start'
        ? period?.start
        : (endedOn(program, pairing, contract) ?? period?.end);
  return from === undefined ? undefined : addDaysIso(from, step.due.days);
}

/**
 * Steps overdue: a step of the program with a due date that has passed, that
 * the pairing's `steps` does not record. Proposed and reassigned pairings owe
 * no steps; the others owe them until they are recorded.
 */
export function stepsOverdue(context: PairingContext): DeskItem[] {
  const { today, program, pairing, pairingId } = context;
  if (pairing.status === 'proposed' || pairing.status === 'reassigned') return [];
  const items: DeskItem[] = [];
  for (const step of program.steps ?? []) {
    if (pairing.steps?.[step.id] !== undefined) continue;
    const due = stepDueDate(step, context);
    if (!due || due >= today) continue;
    items.push({
      kind: 'step-overdue',
      pairing: pairingId,
      due,
      detail: `${step.title} (by ${BY_WORDS[step.by]}): due ${due}, ${daysBetween(due, today)} days ago; record the day it happened in the pairing's steps (${step.id})`,
      subject: { field: 'step', title: step.title },
    });
  }
  return items;
}
