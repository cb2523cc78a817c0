/**
 * Every cross-file and program rule, in three lists by what it reads (the
 * validator, ../index.ts, runs each list at its own time):
 *
 * - repositoryRules: the programs, their pages, notices, sources and
 *   statistics, the applications and the list of paths; never a pairing or a
 *   contract. Run once, after those files are read.
 * - recordRules: pairings, each with its contract and nothing else of the
 *   others (repository.pairings and repository.contracts hold a few of them),
 *   with the programs and the applications to look things up in. Run as the
 *   pairings are read, a few at a time, so that a run over 100,000 files need
 *   not hold the records.
 * - indexRules: across pairings, reading the compact index of them
 *   (../record-index.ts). Run once, at the end.
 *
 * Adding a rule = one new file in this folder exporting a `Rule` (see
 * rule.ts: a stable `id` and `check(context)` reporting by data path) + one
 * line in the list of what it reads, and the id with its sentence in
 * src/lib/rule-ids.ts. A rule reading both kinds of records is two rules with
 * one id (path-matches.ts).
 */
import { applicationRules, pairingApplications } from './applications.ts';
import { contractActivitiesAllowed } from './contract-activities-allowed.ts';
import { contractAdditionalGoals } from './contract-additional-goals.ts';
import { contractAgreedTerms } from './contract-agreed-terms.ts';
import { contractContactHours } from './contract-contact-hours.ts';
import { contractDue } from './contract-due.ts';
import { contractDuration } from './contract-duration.ts';
import { contractGoalCount } from './contract-goal-count.ts';
import { contractMatchesPairing } from './contract-matches-pairing.ts';
import { contractMeetingsAllowed } from './contract-meetings-allowed.ts';
import { contractMeetingMinimum } from './contract-meeting-minimum.ts';
import { contractPairingExists } from './contract-pairing-exists.ts';
import { contractRolesFitKind } from './contract-roles-fit-kind.ts';
import { contractSignedAfterNotice } from './contract-signed-after-notice.ts';
import { contractSignedNotFuture } from './contract-signed-not-future.ts';
import { distinctPeople } from './distinct-people.ts';
import { guidelineLink } from './guideline-link.ts';
import { kindAllowed } from './kind-allowed.ts';
import { newPairingExists } from './new-pairing-exists.ts';
import { noticeRules } from './notice-texts.ts';
import { oneActivePairing } from './one-active-pairing.ts';
import { pairingLifecycleRules } from './pairing-lifecycle.ts';
import { pairingPeopleFitKind } from './pairing-people-fit-kind.ts';
import { programPathMatches, recordPathMatches } from './path-matches.ts';
import { programExists } from './program-exists.ts';
import { programLimits } from './program-limits.ts';
import { guidelineReservedName, programReservedName } from './reserved-names.ts';
import { contractProgramHasContract } from './contract-program-has-contract.ts';
import { contractRevision } from './contract-revision.ts';
import { pairingEvaluations } from './pairing-evaluations.ts';
import { pairingSteps } from './pairing-steps.ts';
import { pairingApplied } from './pairing-applied.ts';
import { pairingChangeConsent } from './pairing-change-consent.ts';
import { programIds } from './program-ids.ts';
import { programSources } from './program-sources.ts';
import { termDates } from './term-dates.ts';
import { programTextHiddenCharacters, recordTextHiddenCharacters } from './text-hidden-characters.ts';
import type { IndexRule, Rule } from './rule.ts';

export type { IndexRule, Rule, RuleContext } from './rule.ts';

export const repositoryRules: readonly Rule[] = [
  // Its guideline pages here; its pairings and contracts in recordRules.
  programExists,
  programPathMatches,
  programLimits,
  programIds,
  programSources,
  guidelineLink,
  guidelineReservedName,
  programReservedName,
  programTextHiddenCharacters,
  ...applicationRules,
  ...noticeRules,
];

export const recordRules: readonly Rule[] = [
  programExists,
  recordPathMatches,
  kindAllowed,
  pairingPeopleFitKind,
  distinctPeople,
  contractPairingExists,
  contractProgramHasContract,
  contractRevision,
  contractMatchesPairing,
  contractRolesFitKind,
  contractSignedNotFuture,
  contractSignedAfterNotice,
  contractDue,
  contractGoalCount,
  contractAdditionalGoals,
  contractDuration,
  contractMeetingsAllowed,
  contractMeetingMinimum,
  contractActivitiesAllowed,
  contractContactHours,
  contractAgreedTerms,
  pairingSteps,
  pairingApplied,
  pairingChangeConsent,
  pairingEvaluations,
  termDates,
  ...pairingLifecycleRules,
  recordTextHiddenCharacters,
  pairingApplications,
];

export const indexRules: readonly IndexRule[] = [oneActivePairing, newPairingExists];

/** Every rule reading a `Repository` (repositoryRules and recordRules), each once. */
export const rules: readonly Rule[] = [...new Set([...repositoryRules, ...recordRules])];
