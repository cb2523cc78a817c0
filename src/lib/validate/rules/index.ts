/**
 * Every cross-file and program rule, run in this order after each file has
 * passed its schema. Adding a rule = one new file in this folder exporting a
 * `Rule` (see rule.ts: a stable `id` and `check(context)` reporting by data
 * path) + one line in this list, and the id with its sentence in src/lib/rule-ids.ts.
 */
import { applicationRules } from './applications.ts';
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
import { noticeRules } from './notice-texts.ts';
import { oneActivePairing } from './one-active-pairing.ts';
import { pairingLifecycleRules } from './pairing-lifecycle.ts';
import { pairingPeopleFitKind } from './pairing-people-fit-kind.ts';
import { pathMatches } from './path-matches.ts';
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
import { textHiddenCharacters } from './text-hidden-characters.ts';
import type { Rule } from './rule.ts';

export type { Rule, RuleContext, Where } from './rule.ts';

export const rules: readonly Rule[] = [
  programExists,
  pathMatches,
  programLimits,
  programIds,
  programSources,
  kindAllowed,
  pairingPeopleFitKind,
  distinctPeople,
  oneActivePairing,
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
  guidelineLink,
  guidelineReservedName,
  programReservedName,
  ...pairingLifecycleRules,
  textHiddenCharacters,
  ...applicationRules,
  ...noticeRules,
];
