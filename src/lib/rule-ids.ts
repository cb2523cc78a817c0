/**
 * Every rule id a Diagnostic can carry, with the sentence that explains it:
 * the one list. The README's rule list is generated from it (`npm run generate`
 * rewrites the part between <!-- rules:start --> and <!-- rules:end -->), and
 * `RuleId` types every place that reports a problem, so an id that is not
 * listed here does not compile. Ids are stable: printed after every message,
 * filtered on by CI and people; never rename one.
 */

import { lifecycleInWords } from './lifecycle/transitions.ts';

export interface RuleInfo {
  id: string;
  /** The README's heading the rule is listed under. */
  group: RuleGroup;
  /** One sentence: what holds when the rule passes. */
  description: string;
}

export const RULE_GROUPS = {
  file: 'The file',
  yaml: 'YAML',
  schema: 'The schema',
  guideline: 'Guideline pages',
  program: 'Programs and paths',
  pairing: 'Pairings',
  contract: 'Contracts',
  application: 'Applications',
  notice: 'Notices to pairs',
  draft: 'Drafts (contract:new, pairing:new, application:new, requests from issue forms)',
} as const;

export type RuleGroup = keyof typeof RULE_GROUPS;

export const RULES = [
  { id: 'file-too-large', group: 'file', description: 'A content file is at most 64 KB.' },
  { id: 'file-binary', group: 'file', description: 'A content file is text, not binary data.' },
  { id: 'file-not-utf8', group: 'file', description: 'A content file is encoded in UTF-8.' },
  {
    id: 'path-unknown',
    group: 'file',
    description: 'Every file under content/ sits where a program, guideline, pairing or contract belongs, with the right extension.',
  },
  {
    id: 'text-hidden-characters',
    group: 'file',
    description: 'No text holds a control character or a direction override that hides or reorders what it shows.',
  },
  {
    id: 'too-many-problems',
    group: 'file',
    description: 'A file with more than 50 problems lists its first 50 and then how many more there are.',
  },
  { id: 'yaml-syntax', group: 'yaml', description: 'The file is well-formed YAML 1.2 (indentation, quotes, colons, brackets).' },
  { id: 'yaml-duplicate-key', group: 'yaml', description: 'No key appears twice in the same mapping.' },
  { id: 'yaml-complex-key', group: 'yaml', description: 'Keys are plain field names, never a list or a mapping.' },
  { id: 'yaml-multiple-documents', group: 'yaml', description: 'A file holds one YAML document (no second `---`).' },
  {
    id: 'yaml-unknown-tag',
    group: 'yaml',
    description: 'No tags (`!something`) and no `%YAML` directive that would change how values are read.',
  },
  { id: 'yaml-anchor-alias', group: 'yaml', description: 'No anchors (`&`) or aliases (`*`): every value is written out.' },
  { id: 'yaml-too-deep', group: 'yaml', description: 'The file is not nested deeper than a record can be.' },
  { id: 'yaml-empty', group: 'yaml', description: 'The file is not empty.' },
  { id: 'schema-missing-key', group: 'schema', description: 'Every required field is present (reported at the mapping where it belongs).' },
  {
    id: 'schema-unknown-key',
    group: 'schema',
    description: 'No field the schema does not define (usually a typo: the message suggests the closest field).',
  },
  {
    id: 'schema-type',
    group: 'schema',
    description:
      "Each value has its field's type (text, number, true/false, list, mapping); a phone number read as a number must be quoted.",
  },
  { id: 'schema-not-allowed', group: 'schema', description: 'A value with a fixed set of choices is one of them.' },
  { id: 'schema-format', group: 'schema', description: 'Emails, web addresses and other formatted values are well-formed.' },
  { id: 'schema-pattern', group: 'schema', description: 'Ids and other patterned values are written in the expected form.' },
  { id: 'schema-length', group: 'schema', description: 'Text fields are neither empty nor longer than their limit.' },
  { id: 'schema-count', group: 'schema', description: 'Lists have as many entries as the schema allows.' },
  { id: 'schema-range', group: 'schema', description: "Numbers lie within their field's minimum and maximum." },
  { id: 'schema-unique', group: 'schema', description: 'A list that must not repeat an entry does not.' },
  { id: 'schema-invalid', group: 'schema', description: 'Any other schema constraint the value breaks.' },
  { id: 'date-real', group: 'schema', description: 'A date is a real calendar date written YYYY-MM-DD.' },
  {
    id: 'guideline-frontmatter',
    group: 'guideline',
    description:
      'A guideline page starts with a YAML frontmatter block (title, description, order), opened by --- alone: no other language, never code.',
  },
  { id: 'mdx-syntax', group: 'guideline', description: 'The page body is valid MDX.' },
  {
    id: 'guideline-heading-level',
    group: 'guideline',
    description: 'Headings start at ## (the title comes from the frontmatter) and never skip a level.',
  },
  {
    id: 'guideline-personal-data',
    group: 'guideline',
    description: 'A public page holds no email address or phone number, in its text or its links.',
  },
  {
    id: 'guideline-link',
    group: 'guideline',
    description: "A guideline's links to other pages of the site (relative, or absolute /<program>/...) point at pages that exist.",
  },
  {
    id: 'guideline-mdx-code',
    group: 'guideline',
    description:
      'A guideline page holds no MDX code (an expression in braces, an import or export, a component, an attribute in braces), which would stop the build: write \\{ to show a brace.',
  },
  {
    id: 'guideline-reserved-name',
    group: 'guideline',
    description:
      "A guideline page is not named like one of the site's own pages under a program (contract, statistics, calendar.ics, ...), which its URL would collide with.",
  },
  {
    id: 'program-reserved-name',
    group: 'program',
    description: "A program id (its folder, and its URL) is not the name of a page at the site's root (search, pagefind, ...).",
  },
  {
    id: 'program-exists',
    group: 'program',
    description: 'Every pairing, contract and guideline page belongs to a program that has a content/programs/<program>/program.yaml.',
  },
  {
    id: 'path-matches',
    group: 'program',
    description: "A file's folder is its program (program.yaml's id is its folder's name) and a contract's file name is its pairing id.",
  },
  {
    id: 'program-limits',
    group: 'program',
    description:
      "A program's ranges are consistent: goals.min <= goals.max, durationMonths.min <= recommendedMax <= max, in the current rules and each earlier revision.",
  },
  {
    id: 'program-ids',
    group: 'program',
    description:
      "A program's steps, evaluations, cohorts and revisions each have distinct ids; revisions' from dates increase up to the current revision; cohort terms and orientations end after they start.",
  },
  {
    id: 'program-sources',
    group: 'program',
    description:
      'Every key of a program.yaml has a row in its SOURCES.md, and every row names a key the program.yaml has; npm run validate also requires the SOURCES.md.',
  },
  {
    id: 'term-dates',
    group: 'program',
    description:
      "A pairing's cohort is one of its program's cohorts (and is named where its year has several); in term programs the contract's start and the pairing's activation fall inside the pairing's term, neither before its start nor after its end (its cohort's or the yearly one).",
  },
  { id: 'kind-allowed', group: 'pairing', description: "A pairing's or contract's kind is among its program's kinds." },
  {
    id: 'pairing-people-fit-kind',
    group: 'pairing',
    description: 'A mentoring pairing names a mentor and a mentee and no peers; a peer pairing names two peers and no mentor or mentee.',
  },
  {
    id: 'distinct-people',
    group: 'pairing',
    description: 'The two parties of a contract, and the two people of a pairing, have different email addresses.',
  },
  {
    id: 'pairing-one-active-per-person',
    group: 'pairing',
    description:
      "Within one program, nobody (by email, ignoring case) holds the same role in two active pairings at once, nor two roles at once unless the program's bothRoles allows it.",
  },
  {
    id: 'pairing-history-transition',
    group: 'pairing',
    // Written from the lifecycle's table, so that the sentence cannot drift from what the validator checks.
    description: `A pairing's history ${lifecycleInWords()}.`,
  },
  {
    id: 'pairing-history-date-order',
    group: 'pairing',
    description: "A pairing's history is dated oldest first, none before the pair was notified.",
  },
  {
    id: 'pairing-history-date-future',
    group: 'pairing',
    description: 'No status change, nor the date the coordinator was told of an early end, lies in the future.',
  },
  {
    id: 'pairing-history-ended-early-informed',
    group: 'pairing',
    description: 'Ending a relationship early records the date the coordinator was told (coordinatorInformed).',
  },
  {
    id: 'pairing-history-reassigned-new-pairing',
    group: 'pairing',
    description: 'A reassignment names the pairing that replaces it (newPairing).',
  },
  {
    id: 'pairing-history-new-pairing-exists',
    group: 'pairing',
    description: "A reassignment's new pairing exists in the same program and is not the pairing itself.",
  },
  { id: 'pairing-history-current-status', group: 'pairing', description: "A pairing's status is the status of its last history entry." },
  {
    id: 'pairing-check-in-date',
    group: 'pairing',
    description: 'Coordinator check-ins are dated between the notice of the match and today.',
  },
  {
    id: 'pairing-evaluations',
    group: 'pairing',
    description:
      "Every evaluation received is one of the program's evaluations, from a role of the pairing's kind, dated not in the future and not before the notice.",
  },
  {
    id: 'pairing-steps',
    group: 'pairing',
    description: "Every step a pairing records is one of its program's steps, dated not in the future.",
  },
  {
    id: 'pairing-applied',
    group: 'pairing',
    description:
      'Where applications.required, a pairing past proposed links its applications or records the applications.step step (a warning otherwise).',
  },
  {
    id: 'pairing-change-consent',
    group: 'pairing',
    description: 'Where changeByMutualConsent, a reassignment is asked for by both, not by one side only (a warning otherwise).',
  },
  {
    id: 'contract-pairing-exists',
    group: 'contract',
    description: 'A contract has a pairing: content/pairings/<program>/<pairing-id>.yaml exists.',
  },
  {
    id: 'contract-matches-pairing',
    group: 'contract',
    description: "A contract has its pairing's kind and names the pairing's people (same emails, names and roles).",
  },
  {
    id: 'contract-roles-fit-kind',
    group: 'contract',
    description: 'A mentoring contract has one mentor and one mentee; a peer contract has two peers.',
  },
  { id: 'contract-signed-not-future', group: 'contract', description: "No signature date is later than today (the run's --today)." },
  { id: 'contract-signed-after-notice', group: 'contract', description: "No signature date is earlier than the pairing's notified date." },
  {
    id: 'contract-due',
    group: 'contract',
    description:
      "Warns when a contract's last signature comes later than the program's dueMonthsAfterNotified (calendar months) or dueDaysAfterNotified after the pairing notice.",
  },
  {
    id: 'contract-goal-count',
    group: 'contract',
    description:
      'Where the program sets contract.goals, the contract lists goals, and their number is within that range (of the revision the contract was signed on).',
  },
  {
    id: 'contract-additional-goals',
    group: 'contract',
    description: 'A contract attaches additional goals only when its program allows them (contract.additionalGoals).',
  },
  {
    id: 'contract-duration',
    group: 'contract',
    description:
      'Where the program sets contract.durationMonths, the contract gives durationMonths within its min and max (where set); above its recommendedMax is a warning.',
  },
  {
    id: 'contract-meetings-allowed',
    group: 'contract',
    description:
      "The meeting frequency is among the program's meetings.frequencies unless meetings.ownFrequency lets the pair write its own; every method is among meetings.methods where the program lists them.",
  },
  {
    id: 'contract-meeting-minimum',
    group: 'contract',
    description:
      "Where the program sets meetings.minimumFrequency, a contract whose frequency (a suggestion or the pair's own words) plainly means fewer meetings gets a warning.",
  },
  {
    id: 'contract-activities-allowed',
    group: 'contract',
    description:
      'Activities appear only in programs with contract.activityTopics; each is one of those topics unless contract.ownActivities lets the pair add its own.',
  },
  {
    id: 'contract-contact-hours',
    group: 'contract',
    description: 'Where the program sets contactHours.min, the contract gives contactHours of at least that.',
  },
  {
    id: 'contract-agreed-terms',
    group: 'contract',
    description:
      'Where the program sets contract.commonGoal or contract.timeCommitment, the contract records the common goal or the time both can devote; otherwise it leaves them out.',
  },
  {
    id: 'contract-revision-known',
    group: 'contract',
    description:
      "A contract's revision is the program's contract.revision or one of its contract.revisions (a contract that names none is read under the revision in force on its signing day).",
  },
  {
    id: 'contract-program-has-contract',
    group: 'contract',
    description:
      "A contract file belongs to a program with a written contract (program.yaml contract); ALCTS's pairings record what it tracks instead.",
  },
  {
    id: 'application-path',
    group: 'application',
    description:
      "An application's folders are its program and cycle, and its file name is its id: the cycle year and the applicant's surname.",
  },
  {
    id: 'application-program',
    group: 'application',
    description: 'An application belongs to a program that exists and whose program.yaml describes applying (applications).',
  },
  {
    id: 'application-window',
    group: 'application',
    description: "An application is submitted within its cycle's application window (when the program has one) and not in the future.",
  },
  {
    id: 'application-member',
    group: 'application',
    description: 'Applicants to a members-only program state that they are members (member: true).',
  },
  {
    id: 'application-roles',
    group: 'application',
    description:
      'An application asks only for roles the program offers, and for mentor and mentee at once only where the program allows both.',
  },
  {
    id: 'application-interests',
    group: 'application',
    description: "Interests are taken from the program's list as written there, or are the applicant's own words.",
  },
  { id: 'application-methods', group: 'application', description: "Preferred ways to meet are among the program's meeting methods." },
  {
    id: 'application-capacity',
    group: 'application',
    description: 'Only an application as a mentor says how many mentees it can take (capacity).',
  },
  {
    id: 'application-avoid',
    group: 'application',
    description: 'Applications not to be matched with are other applications of the same program and cycle.',
  },
  {
    id: 'application-duplicate',
    group: 'application',
    description: 'One person applies once per program and cycle (one email address, one application).',
  },
  {
    id: 'pairing-applications',
    group: 'application',
    description: "The applications a pairing links exist in its program's content/applications/ folder.",
  },
  {
    id: 'notice-frontmatter',
    group: 'notice',
    description:
      'A notice text starts with a YAML frontmatter block giving its subject, opened by --- alone: no other language, never code.',
  },
  {
    id: 'notice-texts',
    group: 'notice',
    description:
      "A program's notices.send has a text for each notice, every notice text is a known notice, and notices.replyTo is one of the program's coordinators.",
  },
  {
    id: 'notice-placeholder',
    group: 'notice',
    description:
      'A notice text uses only the placeholders of schemas/notice.schema.json, links only to guideline pages that exist, and no {{mentor.name}} or {{mentee.name}} in a program with peer pairs.',
  },
  {
    id: 'draft-not-loaded',
    group: 'draft',
    description: 'A draft handed to contract:new or pairing:new can be read as a record of its kind.',
  },
  { id: 'draft-pairing-id', group: 'draft', description: "A new pairing's id is free and made the documented way (cycle and surnames)." },
  {
    id: 'draft-application-id',
    group: 'draft',
    description: 'A new application draft names its program, cycle and applicant, from which its id is made.',
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

const IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export const isRuleId = (id: string): id is RuleId => IDS.has(id);
