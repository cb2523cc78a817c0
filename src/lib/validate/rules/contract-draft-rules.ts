/**
 * The rules that judge a contract with nothing but its program: what the
 * online form can check in the browser (src/lib/validate/check-draft.ts).
 * The same rule objects `npm run validate` runs (index.ts); those needing the
 * pairing, which never leaves the repository, run when the file is submitted.
 * A test runs every rule of index.ts on broken drafts and holds this list to
 * all that report on a contract.
 */
import { contractActivitiesAllowed } from './contract-activities-allowed.ts';
import { contractAdditionalGoals } from './contract-additional-goals.ts';
import { contractAgreedTerms } from './contract-agreed-terms.ts';
import { contractContactHours } from './contract-contact-hours.ts';
import { contractDuration } from './contract-duration.ts';
import { contractGoalCount } from './contract-goal-count.ts';
import { contractMeetingsAllowed } from './contract-meetings-allowed.ts';
import { contractProgramHasContract } from './contract-program-has-contract.ts';
import { contractRolesFitKind } from './contract-roles-fit-kind.ts';
import { contractSignedNotFuture } from './contract-signed-not-future.ts';
import { distinctPeople } from './distinct-people.ts';
import { kindAllowed } from './kind-allowed.ts';
import { pathMatches } from './path-matches.ts';
import { programExists } from './program-exists.ts';
import type { Rule } from './rule.ts';
import { textHiddenCharacters } from './text-hidden-characters.ts';

export const contractDraftRules: readonly Rule[] = [
  programExists,
  pathMatches,
  kindAllowed,
  contractProgramHasContract,
  distinctPeople,
  contractRolesFitKind,
  contractSignedNotFuture,
  contractGoalCount,
  contractAdditionalGoals,
  contractDuration,
  contractMeetingsAllowed,
  contractActivitiesAllowed,
  contractContactHours,
  contractAgreedTerms,
  textHiddenCharacters,
];
