/**
 * The pairing lifecycle rules (src/lib/lifecycle/check-history.ts), one Rule
 * per stable id: the status changes allowed, dated in order and not in the
 * future, each with the fields it needs, a reassignment's new pairing existing,
 * the last change matching `status`, and check-in dates that make sense.
 * Whether a new pairing exists is asked across pairings, once all are read
 * (new-pairing-exists.ts); these rules read each pairing alone.
 */
import { checkPairingLifecycle, type LifecycleFinding } from '../../lifecycle/check-history.ts';
import type { Repository } from '../repository.ts';
import type { Rule } from './rule.ts';

/** The lifecycle's rule ids read from each pairing alone (their sentences are in src/lib/rule-ids.ts). */
const LIFECYCLE_RULES = [
  'pairing-history-transition',
  'pairing-history-date-order',
  'pairing-history-date-future',
  'pairing-history-ended-early-informed',
  'pairing-history-reassigned-new-pairing',
  'pairing-history-current-status',
  'pairing-check-in-date',
] as const satisfies readonly Exclude<LifecycleFinding['rule'], 'pairing-history-new-pairing-exists'>[];

/** Findings per pairing file, computed once per repository and shared by the rules below. */
let cache: { repository: Repository; today: string; all: Array<{ file: string; finding: LifecycleFinding }> } | undefined;

/** Rules about a missing field point at the mapping where it belongs. */
const missingField = new Set<string>(['pairing-history-ended-early-informed', 'pairing-history-reassigned-new-pairing']);

function findingsOf(repository: Repository, today: string): Array<{ file: string; finding: LifecycleFinding }> {
  if (cache?.repository === repository && cache.today === today) return cache.all;
  const all: Array<{ file: string; finding: LifecycleFinding }> = [];
  for (const [key, { file, data }] of repository.pairings) {
    const pairingId = key.slice(key.indexOf('/') + 1);
    const findings = checkPairingLifecycle(data, {
      today,
      pairingId,
      // Answered by new-pairing-exists.ts, whose finding these rules do not report.
      pairingExists: () => true,
    });
    for (const finding of findings) all.push({ file, finding });
  }
  cache = { repository, today, all };
  return all;
}

export const pairingLifecycleRules: Rule[] = LIFECYCLE_RULES.map((id) => ({
  id,
  check(context) {
    for (const { file, finding } of findingsOf(context.repository, context.today)) {
      if (finding.rule === id)
        context.report(file, { path: finding.path, target: missingField.has(id) ? 'parent' : 'value' }, finding.message);
    }
  },
}));
