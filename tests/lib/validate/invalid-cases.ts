/**
 * The invalid fixtures (tests/fixtures/validate/invalid/): each replaces or adds one file of the
 * valid base repository, and must give exactly these diagnostics (rule, line, column, words).
 */
import { CALA_CONTRACT, CALA_PAIRING, CONTRACT, GUIDELINE, PAIRING, PROGRAM } from './helpers.ts';

export interface ExpectedDiagnostic {
  rule: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  words: string;
}
export interface InvalidCase {
  fixture: string;
  path: string;
  exit: 0 | 1;
  expected: ExpectedDiagnostic[];
}

export const invalidCases: InvalidCase[] = [
  {
    fixture: 'contract-activities-without-topics.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-activities-allowed',
        line: 23,
        column: 1,
        severity: 'error',
        words: 'ALAO Mentoring Program has no activity topics',
      },
    ],
  },
  {
    fixture: 'contract-activity-not-a-topic.yaml',
    path: CALA_CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-activities-allowed',
        line: 21,
        column: 5,
        severity: 'error',
        words: "Activity 1 is not one of CALA Mentorship Program's activity topics",
      },
    ],
  },
  {
    fixture: 'contract-additional-goals-cala.yaml',
    path: CALA_CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-additional-goals',
        line: 24,
        column: 1,
        severity: 'error',
        words: 'CALA Mentorship Program does not take additional goals',
      },
    ],
  },
  {
    fixture: 'contract-contact-hours-low.yaml',
    path: CALA_CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-contact-hours',
        line: 23,
        column: 15,
        severity: 'error',
        words: "Committed contact hours (5) are fewer than CALA Mentorship Program's minimum of 10",
      },
    ],
  },
  {
    fixture: 'contract-contact-hours-missing.yaml',
    path: CALA_CONTRACT,
    exit: 1,
    expected: [
      { rule: 'contract-contact-hours', line: 1, column: 1, severity: 'error', words: 'Missing Committed contact hours ("contactHours")' },
    ],
  },
  {
    fixture: 'contract-duration-above-suggested.yaml',
    path: CONTRACT,
    exit: 0,
    expected: [
      {
        rule: 'contract-duration',
        line: 19,
        column: 17,
        severity: 'warning',
        words: 'Duration of 18 months is longer than the 12 months ALAO Mentoring Program suggests',
      },
    ],
  },
  {
    fixture: 'contract-duration-too-long.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-duration',
        line: 19,
        column: 17,
        severity: 'error',
        words: "Duration of 30 months is longer than ALAO Mentoring Program's longest, 24 months",
      },
    ],
  },
  {
    fixture: 'contract-email-not-in-pairing.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-matches-pairing',
        line: 12,
        column: 12,
        severity: 'error',
        words: 'The email of party 2 is not the email of anyone in the pairing (content/pairings/alao/2026-lee-okafor.yaml)',
      },
    ],
  },
  {
    fixture: 'contract-frequency-not-offered.yaml',
    path: CALA_CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-meetings-allowed',
        line: 18,
        column: 14,
        severity: 'error',
        words: 'Frequency "weekly" is not offered by CALA Mentorship Program',
      },
    ],
  },
  {
    fixture: 'contract-kind-differs.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-matches-pairing',
        line: 3,
        column: 7,
        severity: 'error',
        words: 'Kind "peer" differs from the pairing\'s kind "mentoring" (content/pairings/alao/2026-lee-okafor.yaml)',
      },
      {
        rule: 'contract-matches-pairing',
        line: 5,
        column: 11,
        severity: 'error',
        words: 'The role of party 1 is peer, but the pairing names this person as mentor (content/pairings/alao/2026-lee-okafor.yaml)',
      },
      {
        rule: 'contract-matches-pairing',
        line: 10,
        column: 11,
        severity: 'error',
        words: 'The role of party 2 is peer, but the pairing names this person as mentee (content/pairings/alao/2026-lee-okafor.yaml)',
      },
    ],
  },
  {
    fixture: 'contract-late.yaml',
    path: CONTRACT,
    exit: 0,
    expected: [
      {
        rule: 'contract-due',
        line: 13,
        column: 13,
        severity: 'warning',
        words: 'The contract was completed 64 days after the pairing notice',
      },
    ],
  },
  {
    fixture: 'contract-method-not-offered.yaml',
    path: CALA_CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-meetings-allowed',
        line: 19,
        column: 20,
        severity: 'error',
        words: 'Method "other" is not offered by CALA Mentorship Program',
      },
    ],
  },
  {
    fixture: 'contract-name-differs.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-matches-pairing',
        line: 11,
        column: 11,
        severity: 'error',
        words: 'The name of party 2 differs from the name the pairing gives this person (content/pairings/alao/2026-lee-okafor.yaml)',
      },
    ],
  },
  {
    fixture: 'contract-pairing-missing.yaml',
    path: 'content/contracts/alao/2026-ng-orr.yaml',
    exit: 1,
    expected: [{ rule: 'contract-pairing-exists', line: 2, column: 10, severity: 'error', words: 'This contract has no pairing' }],
  },
  {
    fixture: 'contract-same-email.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-matches-pairing',
        line: 10,
        column: 11,
        severity: 'error',
        words: 'The role of party 2 is mentee, but the pairing names this person as mentor (content/pairings/alao/2026-lee-okafor.yaml)',
      },
      {
        rule: 'contract-matches-pairing',
        line: 11,
        column: 11,
        severity: 'error',
        words: 'The name of party 2 differs from the name the pairing gives this person (content/pairings/alao/2026-lee-okafor.yaml)',
      },
      { rule: 'distinct-people', line: 12, column: 12, severity: 'error', words: 'Both parties have the same email address' },
    ],
  },
  {
    fixture: 'contract-signed-before-notice.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-signed-after-notice',
        line: 9,
        column: 13,
        severity: 'error',
        words:
          'Date signed of party 1 is before the pair was notified of its match (2026-01-15, in content/pairings/alao/2026-lee-okafor.yaml)',
      },
    ],
  },
  {
    fixture: 'contract-signed-future.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-signed-not-future',
        line: 13,
        column: 13,
        severity: 'error',
        words: 'Date signed of party 2 is in the future (after 2026-06-01)',
      },
    ],
  },
  {
    fixture: 'contract-too-many-goals.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'contract-goal-count', line: 15, column: 3, severity: 'error', words: 'The contract lists 4 goals' }],
  },
  {
    fixture: 'contract-two-mentors.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'contract-matches-pairing',
        line: 10,
        column: 11,
        severity: 'error',
        words: 'The role of party 2 is mentor, but the pairing names this person as mentee (content/pairings/alao/2026-lee-okafor.yaml)',
      },
      { rule: 'contract-roles-fit-kind', line: 10, column: 11, severity: 'error', words: 'Both parties have role mentor' },
    ],
  },
  {
    fixture: 'date-not-real.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'date-real', line: 13, column: 13, severity: 'error', words: 'Date signed of party 2 is not a real calendar date' }],
  },
  {
    fixture: 'date-wrong-form.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'date-real', line: 18, column: 8, severity: 'error', words: 'Start date is not a real calendar date' }],
  },
  {
    fixture: 'guideline-email.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [
      { rule: 'guideline-personal-data', line: 9, column: 10, severity: 'error', words: 'An email address in public guideline text' },
    ],
  },
  {
    fixture: 'guideline-frontmatter-duplicate.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [
      { rule: 'yaml-duplicate-key', line: 5, column: 1, severity: 'error', words: 'This key appears twice in the same mapping ("order")' },
    ],
  },
  {
    fixture: 'guideline-frontmatter-missing-order.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [{ rule: 'schema-missing-key', line: 2, column: 1, severity: 'error', words: 'Missing Position ("order")' }],
  },
  {
    fixture: 'guideline-frontmatter-unknown-key.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [{ rule: 'schema-unknown-key', line: 5, column: 1, severity: 'error', words: 'Unknown field "titel"' }],
  },
  {
    fixture: 'guideline-heading-h1.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [
      { rule: 'guideline-heading-level', line: 7, column: 1, severity: 'error', words: 'A top-level heading (#) in the body' },
      { rule: 'guideline-heading-level', line: 12, column: 1, severity: 'error', words: 'This heading skips a level' },
    ],
  },
  {
    fixture: 'guideline-heading-skip.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [{ rule: 'guideline-heading-level', line: 12, column: 1, severity: 'error', words: 'This heading skips a level' }],
  },
  {
    fixture: 'guideline-link-mdx-file.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [
      {
        rule: 'guideline-link',
        line: 10,
        column: 40,
        severity: 'error',
        words: 'Link to a page that does not exist (/alao/setting-goals/getting-started.mdx)',
      },
    ],
  },
  {
    fixture: 'guideline-link-missing.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [
      { rule: 'guideline-link', line: 10, column: 40, severity: 'error', words: 'Link to a page that does not exist (/alao/first-steps/)' },
    ],
  },
  {
    fixture: 'guideline-mailto.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [{ rule: 'guideline-personal-data', line: 10, column: 1, severity: 'error', words: 'This link holds an email address' }],
  },
  {
    fixture: 'guideline-mdx-syntax.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [{ rule: 'mdx-syntax', line: 10, column: 79, severity: 'error', words: 'MDX syntax error' }],
  },
  {
    fixture: 'guideline-phone.mdx',
    path: GUIDELINE,
    exit: 1,
    expected: [
      { rule: 'guideline-personal-data', line: 9, column: 6, severity: 'error', words: 'A phone number in public guideline text' },
    ],
  },
  {
    fixture: 'pairing-kind-not-offered.yaml',
    path: CALA_PAIRING,
    exit: 1,
    expected: [
      { rule: 'kind-allowed', line: 2, column: 7, severity: 'error', words: 'Kind "peer" is not offered by CALA Mentorship Program' },
    ],
  },
  {
    fixture: 'pairing-peers-in-mentoring.yaml',
    path: PAIRING,
    exit: 1,
    expected: [
      {
        rule: 'pairing-people-fit-kind',
        line: 7,
        column: 1,
        severity: 'error',
        words: 'A mentoring pairing names a mentor and a mentee, not peers',
      },
      { rule: 'distinct-people', line: 8, column: 32, severity: 'error', words: 'Two people of this pairing have the same email address' },
      { rule: 'distinct-people', line: 9, column: 32, severity: 'error', words: 'Two people of this pairing have the same email address' },
    ],
  },
  {
    fixture: 'pairing-person-twice-active.yaml',
    path: 'content/pairings/alao/2026-lee-zhou.yaml',
    exit: 1,
    expected: [
      {
        rule: 'pairing-one-active-per-person',
        line: 3,
        column: 36,
        severity: 'error',
        words:
          'This mentor is already the mentor in another active pairing of the program (content/pairings/alao/2026-lee-okafor.yaml); nobody holds the same role twice at once',
      },
    ],
  },
  {
    fixture: 'pairing-same-email.yaml',
    path: PAIRING,
    exit: 1,
    expected: [
      { rule: 'distinct-people', line: 4, column: 36, severity: 'error', words: 'Two people of this pairing have the same email address' },
    ],
  },
  {
    fixture: 'path-pairing-mismatch.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'path-matches',
        line: 2,
        column: 10,
        severity: 'error',
        words: 'Pairing "2026-lee-okafur" does not match the file name 2026-lee-okafor.yaml',
      },
    ],
  },
  {
    fixture: 'path-program-id.yaml',
    path: PROGRAM,
    exit: 1,
    expected: [
      {
        rule: 'path-matches',
        line: 1,
        column: 5,
        severity: 'error',
        words: 'Program id "ohio" does not match its folder content/programs/alao/',
      },
    ],
  },
  {
    fixture: 'path-program-mismatch.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'path-matches',
        line: 1,
        column: 10,
        severity: 'error',
        words: 'Program "cala" does not match the folder content/contracts/alao/',
      },
    ],
  },
  {
    fixture: 'path-yml-extension.yml',
    path: 'content/contracts/alao/2026-lee-okafor.yml',
    exit: 1,
    expected: [{ rule: 'path-unknown', line: 1, column: 1, severity: 'error', words: 'YAML files end in .yaml in Tandem' }],
  },
  {
    fixture: 'program-limits-inverted.yaml',
    path: PROGRAM,
    exit: 1,
    expected: [{ rule: 'program-limits', line: 13, column: 10, severity: 'error', words: 'Number of goals' }],
  },
  {
    fixture: 'program-missing.yaml',
    path: 'content/contracts/ohio/2026-lee-okafor.yaml',
    exit: 1,
    expected: [
      { rule: 'program-exists', line: 1, column: 10, severity: 'error', words: 'There is no program "ohio"' },
      { rule: 'contract-pairing-exists', line: 2, column: 10, severity: 'error', words: 'This contract has no pairing' },
    ],
  },
  {
    fixture: 'schema-duration-text.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      { rule: 'schema-type', line: 19, column: 17, severity: 'error', words: 'Duration of commitment (months) must be a whole number' },
    ],
  },
  {
    fixture: 'schema-duration-zero.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      { rule: 'schema-range', line: 19, column: 17, severity: 'error', words: 'Duration of commitment (months) must be at least 1' },
    ],
  },
  {
    fixture: 'schema-email-invalid.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-format', line: 12, column: 12, severity: 'error', words: 'Email of party 2 is not a valid email address' }],
  },
  {
    fixture: 'schema-frequency-unknown.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      // A program that does not leave the frequency open takes only its suggestions.
      {
        rule: 'contract-meetings-allowed',
        line: 21,
        column: 14,
        severity: 'error',
        words:
          'A frequency in your own words is not offered by ALAO Mentoring Program; choose one of: weekly, biweekly, monthly, bimonthly, quarterly.',
      },
    ],
  },
  {
    fixture: 'schema-goal-empty.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-length', line: 16, column: 5, severity: 'error', words: 'Goal 2 is empty' }],
  },
  {
    fixture: 'schema-methods-duplicate.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'schema-unique',
        line: 22,
        column: 20,
        severity: 'error',
        words: 'Communication methods lists the same entry twice (entries 1 and 2)',
      },
    ],
  },
  {
    fixture: 'schema-missing-key-item.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-missing-key', line: 10, column: 5, severity: 'error', words: 'Missing Date signed ("signed") in Party 2' }],
  },
  {
    fixture: 'schema-missing-key-top.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-missing-key', line: 1, column: 1, severity: 'error', words: 'Missing Start date ("start")' }],
  },
  {
    fixture: 'schema-missing-mentee.yaml',
    path: PAIRING,
    exit: 1,
    expected: [{ rule: 'schema-missing-key', line: 1, column: 1, severity: 'error', words: 'Missing Mentee ("mentee")' }],
  },
  {
    fixture: 'schema-missing-peers.yaml',
    path: PAIRING,
    exit: 1,
    expected: [{ rule: 'schema-missing-key', line: 1, column: 1, severity: 'error', words: 'Missing Peers ("peers")' }],
  },
  {
    fixture: 'schema-null-value.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-type', line: 11, column: 5, severity: 'error', words: 'Name of party 2 is empty' }],
  },
  {
    fixture: 'schema-one-party.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-count', line: 5, column: 3, severity: 'error', words: 'Parties must have exactly 2 entries' }],
  },
  {
    fixture: 'schema-pairing-id-pattern.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-pattern', line: 2, column: 10, severity: 'error', words: 'Pairing id is not written in the expected form' }],
  },
  {
    fixture: 'schema-phone-unquoted.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'schema-type',
        line: 8,
        column: 12,
        severity: 'error',
        words: 'Phone of party 1 was read as a number, which drops a leading 0 and the spacing',
      },
    ],
  },
  {
    fixture: 'schema-role-unknown.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-not-allowed', line: 10, column: 11, severity: 'error', words: 'Role of party 2 must be one of' }],
  },
  {
    fixture: 'schema-root-list.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-type', line: 1, column: 1, severity: 'error', words: 'The file must be a mapping of fields (key' }],
  },
  {
    fixture: 'schema-status-unknown.yaml',
    path: PAIRING,
    exit: 1,
    expected: [{ rule: 'schema-not-allowed', line: 6, column: 9, severity: 'error', words: 'Status must be one of' }],
  },
  {
    fixture: 'schema-unknown-key-nested.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      // A typo'd required key is one mistake: one line, naming the right key (no second "Missing frequency" line).
      {
        rule: 'schema-unknown-key',
        line: 21,
        column: 3,
        severity: 'error',
        words: 'Unknown field "frequncy" in Meetings. Did you mean "frequency"?',
      },
    ],
  },
  {
    fixture: 'schema-unknown-key-top.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'schema-unknown-key', line: 23, column: 1, severity: 'error', words: 'This key is not a field. Allowed here:' }],
  },
  {
    fixture: 'yaml-anchor-alias.yaml',
    path: PAIRING,
    exit: 1,
    expected: [
      {
        rule: 'yaml-anchor-alias',
        line: 3,
        column: 17,
        severity: 'error',
        words: 'Anchors (&) and aliases (*) are not allowed in Tandem files',
      },
    ],
  },
  {
    fixture: 'yaml-directive-1-1.yaml',
    path: PROGRAM,
    exit: 1,
    expected: [
      {
        rule: 'schema-type',
        line: 9,
        column: 14,
        severity: 'error',
        words: 'Members only must be true or false: "yes" is read as text in YAML 1.2, so write true.',
      },
    ],
  },
  {
    fixture: 'yaml-duplicate-key.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      { rule: 'yaml-duplicate-key', line: 23, column: 1, severity: 'error', words: 'This key appears twice in the same mapping ("goals")' },
    ],
  },
  {
    fixture: 'yaml-empty.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'yaml-empty', line: 1, column: 1, severity: 'error', words: 'The file is empty' }],
  },
  {
    fixture: 'yaml-multiple-documents.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [
      {
        rule: 'yaml-multiple-documents',
        line: 23,
        column: 1,
        severity: 'error',
        words: 'The file holds more than one YAML document (a second "---")',
      },
    ],
  },
  {
    fixture: 'yaml-tab-indent.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'yaml-syntax', line: 21, column: 1, severity: 'error', words: 'A tab is used for indentation' }],
  },
  {
    fixture: 'yaml-unclosed-quote.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'yaml-syntax', line: 8, column: 12, severity: 'error', words: 'A quoted value is not closed' }],
  },
  {
    fixture: 'yaml-unknown-tag.yaml',
    path: CONTRACT,
    exit: 1,
    expected: [{ rule: 'yaml-unknown-tag', line: 3, column: 7, severity: 'error', words: 'Unknown tag (a word starting with "!")' }],
  },
];
