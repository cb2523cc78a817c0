/**
 * The lifecycle rules of one pairing: its history follows the allowed status
 * changes, in date order, never in the future, each change carrying the fields
 * it needs, and ending at the pairing's current status. Returns findings with
 * the path of the offending node; the validator turns them into diagnostics at
 * that node's line. Messages never repeat a personal value (ids hold surnames).
 */
import type { Pairing } from '../types.generated.ts';
import type { IsoDate } from '../dates.ts';
import { INITIAL_STATUS, nextStatuses, transitionOf, TRANSITIONS } from './transitions.ts';

type NodePath = readonly (string | number)[];

export interface LifecycleFinding {
  path: NodePath;
  rule:
    | 'pairing-history-transition'
    | 'pairing-history-date-order'
    | 'pairing-history-date-future'
    | 'pairing-history-ended-early-informed'
    | 'pairing-history-reassigned-new-pairing'
    | 'pairing-history-new-pairing-exists'
    | 'pairing-history-current-status'
    | 'pairing-check-in-date';
  message: string;
}

export interface LifecycleContext {
  today: IsoDate;
  /** This pairing's own id, so that it cannot name itself as its replacement. */
  pairingId: string;
  /** Whether a pairing with this id exists in the same program. */
  pairingExists: (pairingId: string) => boolean;
}

const describeNext = (from: Pairing['status']): string => {
  const next = nextStatuses(from);
  return next.length === 0 ? `${from} is final` : `after ${from} comes ${next.join(', ')}`;
};

/**
 * The finding of history entry `index` naming `newPairing` as the pair's new
 * pairing when that is this pairing itself or one the program does not have;
 * undefined when it names another existing pairing. Its own function so that
 * the validator can ask it once every pairing is known (rules/new-pairing-exists.ts).
 */
export function newPairingFinding(
  index: number,
  newPairing: string,
  context: Pick<LifecycleContext, 'pairingId' | 'pairingExists'>,
): LifecycleFinding | undefined {
  if (newPairing !== context.pairingId && context.pairingExists(newPairing)) return undefined;
  return {
    path: ['history', index, 'newPairing'],
    rule: 'pairing-history-new-pairing-exists',
    message:
      newPairing === context.pairingId
        ? `History entry ${index + 1} names this pairing as its own replacement.`
        : `History entry ${index + 1} names a new pairing that has no file in this program's pairings folder.`,
  };
}

export function checkPairingLifecycle(pairing: Pairing, context: LifecycleContext): LifecycleFinding[] {
  const findings: LifecycleFinding[] = [];
  const history = pairing.history ?? [];
  let previousStatus = INITIAL_STATUS;
  // A proposed pairing has no notice date yet; '' sorts before every date.
  let previousDate: IsoDate = pairing.notified ?? '';

  history.forEach((change, index) => {
    const at = (...rest: (string | number)[]): NodePath => ['history', index, ...rest];
    const entry = `History entry ${index + 1}`;
    if (!transitionOf(previousStatus, change.status)) {
      findings.push({
        path: at('status'),
        rule: 'pairing-history-transition',
        message: `${entry} changes the status from ${previousStatus} to ${change.status}, which is not allowed (${describeNext(previousStatus)}).`,
      });
    }
    if (change.date < previousDate) {
      findings.push({
        path: at('date'),
        rule: 'pairing-history-date-order',
        message:
          index === 0
            ? `${entry} is dated before the pair was notified of its match.`
            : `${entry} is dated before the change listed above it; list changes oldest first.`,
      });
    }
    if (change.date > context.today) {
      findings.push({ path: at('date'), rule: 'pairing-history-date-future', message: `${entry} is dated in the future.` });
    }
    // The fields a change needs, read from the table by its target status (an entry whose move is not allowed is still held to them).
    const transition = transitionOf(previousStatus, change.status) ?? TRANSITIONS.find((allowed) => allowed.to === change.status);
    for (const required of transition?.requires ?? []) {
      if (transition && change[required.field] === undefined) {
        findings.push({
          path: at(),
          rule: required.rule,
          message: `${entry} ${transition.does} but ${required.missing}: add ${required.field} (${required.kind}).`,
        });
      }
    }
    if (change.coordinatorInformed !== undefined && change.coordinatorInformed > context.today) {
      findings.push({
        path: at('coordinatorInformed'),
        rule: 'pairing-history-date-future',
        message: `${entry}: the date the coordinator was told is in the future.`,
      });
    }
    const replacement = change.newPairing === undefined ? undefined : newPairingFinding(index, change.newPairing, context);
    if (replacement) findings.push(replacement);
    previousStatus = change.status;
    if (change.date > previousDate) previousDate = change.date;
  });

  const last = history.at(-1);
  if (last && last.status !== pairing.status) {
    findings.push({
      path: ['status'],
      rule: 'pairing-history-current-status',
      message: `The status is ${pairing.status} but the last history entry changes it to ${last.status}; they must agree.`,
    });
  }

  (pairing.checkIns ?? []).forEach((date, index) => {
    if (date > context.today) {
      findings.push({ path: ['checkIns', index], rule: 'pairing-check-in-date', message: `Check-in ${index + 1} is dated in the future.` });
    } else if (pairing.notified !== undefined && date < pairing.notified) {
      findings.push({
        path: ['checkIns', index],
        rule: 'pairing-check-in-date',
        message: `Check-in ${index + 1} is dated before the pair was notified of its match.`,
      });
    }
  });
  return findings;
}
