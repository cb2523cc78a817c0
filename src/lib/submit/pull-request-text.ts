/**
 * The words of a contract's or pairing's pull request: title, commit
 * message, labels, and a body that summarises the record for the reviewer
 * and carries the coordinator's checklist. Field labels come from the
 * schemas' titles and option labels from their `anyOf` titles.
 *
 * Names appear in the body only (the repository is private to the
 * association); titles and commit messages, which reach CI logs, name the
 * program and the pairing id.
 */
import { enumOptions } from '../schema-walk.ts';
import { checklistMarkdown } from '../review-checklist.ts';
import type { RecordSchemaName } from '../schema-files.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { schemaAt } from '../validate/field-labels.ts';
import { peopleOfKind } from './pairing-id.ts';

export interface PullRequestText {
  title: string;
  commitMessage: string;
  body: string;
  labels: string[];
  reviewers: string[];
}

type Path = readonly (string | number)[];

function title(schema: RecordSchemaName, path: Path): string {
  const value = schemaAt(schema, path)?.['title'];
  return typeof value === 'string' ? value : String(path[path.length - 1]);
}

/** "Video call" for `video`: the option's title in the schema, or the value itself. */
export function optionLabel(schema: RecordSchemaName, path: Path, value: string): string {
  const node = schemaAt(schema, path);
  return (node && enumOptions(node)?.find((option) => option.value === value)?.label) ?? value;
}

/** Text for a Markdown table cell: pipes escaped, line breaks flattened. */
const cell = (value: string): string => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');

const table = (rows: [string, string][]): string =>
  ['| | |', '| --- | --- |', ...rows.map(([label, value]) => `| ${cell(label)} | ${cell(value)} |`)].join('\n');

/** The program's coordinators who have a GitHub account: the reviewers of its pull requests. */
export const programReviewers = (program: Program): string[] =>
  program.coordinators.map((coordinator) => coordinator.github).filter((login): login is string => typeof login === 'string');

const programLabel = (program: Program): string => `${program.name} (\`${program.id}\`)`;

function footer(command: string): string {
  return [
    `Opened by \`npm run ${command}\`. The validation check runs on this pull request; merge it once the check is green and every item below is ticked.`,
    '',
    "## Coordinator's checklist",
    '',
    checklistMarkdown().trimEnd(),
    '',
  ].join('\n');
}

export function contractPullRequestText(contract: Contract, program: Program, options: { amend?: boolean } = {}): PullRequestText {
  const record = `${contract.program}/${contract.pairing}`;
  const rows: [string, string][] = [
    [title('contract', ['program']), programLabel(program)],
    [title('contract', ['kind']), optionLabel('contract', ['kind'], contract.kind)],
  ];
  for (const party of contract.parties) {
    const signed = `${title('contract', ['parties', 0, 'signed'])} ${party.signed}`;
    rows.push([optionLabel('contract', ['parties', 0, 'role'], party.role), `${party.name} (${signed.toLowerCase()})`]);
  }
  rows.push(
    [title('contract', ['start']), contract.start],
    [title('contract', ['durationMonths']), String(contract.durationMonths)],
    [title('contract', ['meetings', 'frequency']), optionLabel('contract', ['meetings', 'frequency'], contract.meetings.frequency)],
    [
      title('contract', ['meetings', 'methods']),
      contract.meetings.methods.map((method) => optionLabel('contract', ['meetings', 'methods', 0], method)).join(', '),
    ],
  );
  if (contract.activities?.length) rows.push([title('contract', ['activities']), contract.activities.join('; ')]);
  if (contract.contactHours !== undefined) rows.push([title('contract', ['contactHours']), String(contract.contactHours)]);

  const goals = [`### ${title('contract', ['goals'])}`, '', ...contract.goals.map((goal, index) => `${index + 1}. ${goal.replace(/\s*[\r\n]+\s*/g, ' ')}`)];
  if (contract.additionalGoals?.length) {
    goals.push('', `### ${title('contract', ['additionalGoals'])}`, '', ...contract.additionalGoals.map((goal) => `- ${goal.replace(/\s*[\r\n]+\s*/g, ' ')}`));
  }
  const verb = options.amend ? 'Amend' : 'Add';
  return {
    title: `${verb} contract ${record}`,
    commitMessage: `${verb} contract of pairing ${contract.pairing} in ${program.shortName ?? program.name} (${contract.program})`,
    body: [
      `## ${options.amend ? 'Amended contract' : 'Contract'} for review: \`${record}\``,
      '',
      table(rows),
      '',
      ...goals,
      '',
      footer('contract:new'),
    ].join('\n'),
    labels: ['contract', `program:${program.id}`],
    reviewers: programReviewers(program),
  };
}

export function pairingPullRequestText(pairing: Pairing, id: string, program: Program, options: { amend?: boolean } = {}): PullRequestText {
  const record = `${pairing.program}/${id}`;
  const rows: [string, string][] = [
    [title('pairing', ['program']), programLabel(program)],
    [title('pairing', ['kind']), optionLabel('pairing', ['kind'], pairing.kind)],
  ];
  if (pairing.kind === 'peer') {
    peopleOfKind(pairing).forEach((person, index) => rows.push([`${title('pairing', ['peers'])} ${index + 1}`, person.name]));
  } else {
    if (pairing.mentor) rows.push([title('pairing', ['mentor']), pairing.mentor.name]);
    if (pairing.mentee) rows.push([title('pairing', ['mentee']), pairing.mentee.name]);
  }
  rows.push(
    [title('pairing', ['notified']), pairing.notified],
    [title('pairing', ['status']), optionLabel('pairing', ['status'], pairing.status)],
  );
  const verb = options.amend ? 'Amend' : 'Add';
  return {
    title: `${verb} pairing ${record}`,
    commitMessage: `${verb} pairing ${id} in ${program.shortName ?? program.name} (${pairing.program})`,
    body: [`## ${options.amend ? 'Amended pairing' : 'Pairing'} for review: \`${record}\``, '', table(rows), '', footer('pairing:new')].join('\n'),
    labels: ['pairing', `program:${program.id}`],
    reviewers: programReviewers(program),
  };
}
