/**
 * The words of a contract's or pairing's pull request: title, commit
 * message, labels, and a body that summarises the record for the reviewer
 * and carries the coordinator's checklist. Field labels come from the
 * schemas' titles and option labels from their `anyOf` titles.
 *
 * Names and the readable record id appear in the body only (the repository
 * is private to the association); titles and commit messages, which reach CI
 * logs and outlive the purge, carry an opaque token (pull-request-names.ts).
 */
import { frequencyLabel } from '../program/frequency.ts';
import { childSchema, enumOptions, itemsOf, kindOf, labelOf, propertiesOf, type JsonSchema } from '../schema-walk.ts';
import { resolvedSchema } from '../schema-files.ts';
import { inertMarkdown } from '../github/inert-markdown.ts';
import { checklistMarkdown } from '../review-checklist.ts';
import type { RecordSchemaName } from '../schema-files.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { schemaAt } from '../validate/field-labels.ts';
import { peopleOfKind } from './pairing-id.ts';
import { recordChangeTitle } from './pull-request-names.ts';

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

/** Text for a Markdown table cell: line breaks flattened, pipes escaped unless inertMarkdown already did. */
const cell = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|');

const table = (rows: [string, string][]): string =>
  ['| | |', '| --- | --- |', ...rows.map(([label, value]) => `| ${cell(label)} | ${cell(value)} |`)].join('\n');

/**
 * The fields each body shows in its own way (or leaves out, saying why), by
 * the path of the object they belong to; every other field of the schema is
 * shown as a row by `otherRows`, so a new field reaches the body with no code here.
 */
export const FIELDS_SHOWN_BY_HAND = {
  contract: {
    // `pairing` is in the heading; email and phone stay in the file, a reviewer need not see them twice.
    '': [
      'program',
      'pairing',
      'kind',
      'parties',
      'goals',
      'additionalGoals',
      'start',
      'durationMonths',
      'meetings',
      'activities',
      'contactHours',
    ],
    parties: ['role', 'name', 'email', 'phone', 'signed'],
    meetings: ['frequency', 'methods'],
  },
  pairing: {
    // The people's emails stay in the file.
    '': ['program', 'kind', 'mentor', 'mentee', 'peers', 'notified', 'status'],
  },
} as const satisfies Record<'contract' | 'pairing', Record<string, readonly string[]>>;

/** A value as the body shows it: an option by its label, a list joined, an object as "Label: value" pairs. */
function valueText(node: JsonSchema, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => valueText(itemsOf(node), item)).join('; ');
  if (kindOf(node) === 'enum') return enumOptions(node)?.find((option) => option.value === value)?.label ?? inertMarkdown(String(value));
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .map(([key, child]) => {
        const childNode = childSchema(node, key) ?? {};
        return `${labelOf(childNode, key)}: ${valueText(childNode, child)}`;
      })
      .join(', ');
  return inertMarkdown(String(value));
}

/** A row for each field of `record` that the body does not show by hand, in the schema's order, its label prefixed by `prefix`. */
function otherRows(node: JsonSchema, record: object, shown: readonly string[], prefix = ''): [string, string][] {
  const values = record as Record<string, unknown>;
  return propertiesOf(node)
    .filter(([key]) => !shown.includes(key) && values[key] !== undefined)
    .map(([key, child]) => [`${prefix}${labelOf(child, key)}`, valueText(child, values[key])]);
}

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

export function contractPullRequestText(
  contract: Contract,
  program: Program,
  /** `schema`: the contract schema, dereferenced (resolvedSchema('contract') when left out); a test passes an edited copy. */
  options: { amend?: boolean; schema?: JsonSchema } = {},
): PullRequestText {
  const record = `${contract.program}/${contract.pairing}`;
  const rows: [string, string][] = [
    [title('contract', ['program']), programLabel(program)],
    [title('contract', ['kind']), optionLabel('contract', ['kind'], contract.kind)],
  ];
  const schema = options.schema ?? resolvedSchema('contract');
  const shown = FIELDS_SHOWN_BY_HAND.contract;
  for (const party of contract.parties) {
    const signed = `${title('contract', ['parties', 0, 'signed'])} ${party.signed}`;
    const role = optionLabel('contract', ['parties', 0, 'role'], party.role);
    rows.push([role, `${inertMarkdown(party.name)} (${signed.toLowerCase()})`]);
    rows.push(...otherRows(itemsOf(childSchema(schema, 'parties') ?? {}), party, shown.parties, `${role}: `));
  }
  rows.push(
    [title('contract', ['start']), contract.start],
    ...(contract.durationMonths !== undefined
      ? [[title('contract', ['durationMonths']), String(contract.durationMonths)] as [string, string]]
      : []),
    [title('contract', ['meetings', 'frequency']), frequencyLabel(contract.meetings.frequency)],
    [
      title('contract', ['meetings', 'methods']),
      contract.meetings.methods.map((method) => optionLabel('contract', ['meetings', 'methods', 0], method)).join(', '),
    ],
  );
  rows.push(...otherRows(childSchema(schema, 'meetings') ?? {}, contract.meetings, shown.meetings));
  if (contract.activities?.length) rows.push([title('contract', ['activities']), contract.activities.map(inertMarkdown).join('; ')]);
  if (contract.contactHours !== undefined) rows.push([title('contract', ['contactHours']), String(contract.contactHours)]);
  rows.push(...otherRows(schema, contract, shown['']));

  const goals = [
    `### ${title('contract', ['goals'])}`,
    '',
    ...(contract.goals ?? []).map((goal, index) => `${index + 1}. ${inertMarkdown(goal)}`),
  ];
  if (contract.additionalGoals?.length) {
    goals.push(
      '',
      `### ${title('contract', ['additionalGoals'])}`,
      '',
      ...contract.additionalGoals.map((goal) => `- ${inertMarkdown(goal)}`),
    );
  }
  const name = recordChangeTitle('contract', program, contract.pairing, options.amend ?? false);
  return {
    title: name,
    commitMessage: name,
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

export function pairingPullRequestText(
  pairing: Pairing,
  id: string,
  program: Program,
  /** `schema`: the pairing schema, dereferenced (resolvedSchema('pairing') when left out): a test passes an edited copy. */
  options: { amend?: boolean; schema?: JsonSchema } = {},
): PullRequestText {
  const record = `${pairing.program}/${id}`;
  const rows: [string, string][] = [
    [title('pairing', ['program']), programLabel(program)],
    [title('pairing', ['kind']), optionLabel('pairing', ['kind'], pairing.kind)],
  ];
  if (pairing.kind === 'peer') {
    peopleOfKind(pairing).forEach((person, index) =>
      rows.push([`${title('pairing', ['peers'])} ${index + 1}`, inertMarkdown(person.name)]),
    );
  } else {
    if (pairing.mentor) rows.push([title('pairing', ['mentor']), inertMarkdown(pairing.mentor.name)]);
    if (pairing.mentee) rows.push([title('pairing', ['mentee']), inertMarkdown(pairing.mentee.name)]);
  }
  rows.push(
    [title('pairing', ['notified']), pairing.notified ?? 'not yet'],
    [title('pairing', ['status']), optionLabel('pairing', ['status'], pairing.status)],
    ...otherRows(options.schema ?? resolvedSchema('pairing'), pairing, FIELDS_SHOWN_BY_HAND.pairing['']),
  );
  const name = recordChangeTitle('pairing', program, id, options.amend ?? false);
  return {
    title: name,
    commitMessage: name,
    body: [
      `## ${options.amend ? 'Amended pairing' : 'Pairing'} for review: \`${record}\``,
      '',
      table(rows),
      '',
      footer('pairing:new'),
    ].join('\n'),
    labels: ['pairing', `program:${program.id}`],
    reviewers: programReviewers(program),
  };
}
