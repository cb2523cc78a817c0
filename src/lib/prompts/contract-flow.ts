/**
 * `contract:new` without --from: asks for a contract field by field. The
 * program and pairing are chosen from the repository, the people come from
 * the pairing, and every limit and option from the program's program.yaml;
 * wording comes from the contract schema. Fields no program rule shapes are
 * asked from the schema alone (CONTRACT_FIELDS_ASKED, schema-fields.ts).
 * Returns the YAML the coordinator confirmed, or undefined when they declined it.
 */
import { yamlPackage } from '../yaml/yaml-package.ts';
import { FlowError } from './flow-error.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import type { Repository } from '../validate/index.ts';
import { ROLES_BY_KIND, ruleFor } from '../forms/program-rules.ts';
import { contractRulesOf } from '../program/contract-rules.ts';
import { frequencyLabel } from '../program/frequency.ts';
import { suggestedFirst } from '../program/methods.ts';
import { peopleOfKind } from '../submit/pairing-id.ts';
import { resolvedSchema } from '../schema-files.ts';
import { childSchema, inSchemaOrder, itemsOf, type JsonSchema } from '../schema-walk.ts';
import { withUnquotedAnswers, type Prompts } from './prompts.ts';
import { askOtherFields } from './schema-fields.ts';
import { checkDate, checkInteger, checkNumber, checkText, numberLimit, optionChoices, question } from './schema-questions.ts';

/**
 * The contract fields this flow asks (or fills) itself, because the pairing or
 * the program's rules shape them; every other field of the contract schema is
 * asked from the schema alone (schema-fields.ts), so a new field needs no code here.
 */
export const CONTRACT_FIELDS_ASKED = {
  '': [
    'program',
    'pairing',
    'kind',
    'revision',
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
} as const satisfies Record<string, readonly string[]>;

const contractNode = (context?: { contractSchema?: JsonSchema }): JsonSchema => context?.contractSchema ?? resolvedSchema('contract');
const partyNode = (context: FlowContext): JsonSchema => itemsOf(childSchema(contractNode(context), 'parties') ?? {});
const meetingsNode = (context: FlowContext): JsonSchema => childSchema(contractNode(context), 'meetings') ?? {};

export interface FlowContext {
  repository: Repository;
  /** YYYY-MM-DD: signatures may not be later. */
  today: string;
  prompts: Prompts;
  /** Shows text to the coordinator (the YAML before confirming). */
  show: (text: string) => void;
  /** Offer pairings that already have a contract (to propose a change). */
  amend?: boolean;
  /** The contract schema, dereferenced (resolvedSchema('contract') when left out): a test passes an edited copy. */
  contractSchema?: JsonSchema;
  /** The pairing schema, the same way (pairing:new). */
  pairingSchema?: JsonSchema;
  /** The application schema, the same way (application:new). */
  applicationSchema?: JsonSchema;
}

export interface FlowResult {
  draftText: string;
}

async function chooseProgram(context: FlowContext): Promise<Program> {
  const programs = [...context.repository.programs.values()].map((loaded) => loaded.data);
  if (programs.length === 0) throw new FlowError('No valid program was found under content/programs/: run npm run validate to see why.');
  const id = await context.prompts.select({
    message: question('contract', ['program']),
    choices: programs.map((program) => ({ value: program.id, name: `${program.name} (${program.id})` })),
  });
  return programs.find((program) => program.id === id) as Program;
}

async function choosePairing(context: FlowContext, program: Program): Promise<[string, Pairing]> {
  const candidates = [...context.repository.pairings]
    .filter(([key, loaded]) => loaded.data.program === program.id && key.startsWith(`${program.id}/`))
    .map(([key, loaded]) => ({
      id: key.slice(program.id.length + 1),
      pairing: loaded.data,
      hasContract: context.repository.contracts.has(key),
    }))
    .filter((candidate) => context.amend || !candidate.hasContract);
  if (candidates.length === 0) {
    throw new FlowError(
      context.amend
        ? `Program ${program.id} has no pairing yet: open one first with npm run pairing:new.`
        : `Every pairing of program ${program.id} already has a contract: open the pairing first with npm run pairing:new, or pass --amend to change a contract.`,
    );
  }
  const id = await context.prompts.select({
    message: question('contract', ['pairing']),
    choices: candidates.map(({ id, pairing, hasContract }) => ({
      value: id,
      name: `${id}: ${peopleOfKind(pairing)
        .map((person) => person.name)
        .join(' and ')}${hasContract ? ' (has a contract)' : ''}`,
    })),
  });
  return [id, (candidates.find((candidate) => candidate.id === id) as { pairing: Pairing }).pairing];
}

async function askParties(context: FlowContext, pairing: Pairing): Promise<Contract['parties']> {
  const { prompts } = context;
  const people = peopleOfKind(pairing);
  const roles = ROLES_BY_KIND[pairing.kind];
  const roleNames = new Map(optionChoices('contract', ['parties', 0, 'role']).map((choice) => [choice.value, choice.name]));
  const parties: Contract['parties'] = [];
  for (const [index, person] of people.entries()) {
    const role = roles[index] ?? 'peer';
    const who = `${roleNames.get(role) ?? role} ${person.name}`;
    const phone = await prompts.input({
      message: `${who}: ${question('contract', ['parties', 0, 'phone'])} (optional, Enter to skip)`,
      validate: (value) => value.trim() === '' || checkText('contract', ['parties', 0, 'phone'], value.trim()),
    });
    const signed = await prompts.input({
      message: `${who}: ${question('contract', ['parties', 0, 'signed'])}`,
      validate: (value) =>
        checkDate(value.trim(), { notAfter: context.today, ...(pairing.notified ? { notBefore: pairing.notified } : {}) }),
    });
    const others = await askOtherFields(prompts, partyNode(context), CONTRACT_FIELDS_ASKED.parties, `${who}: `);
    parties.push({
      role,
      name: person.name,
      email: person.email,
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      signed: signed.trim(),
      ...others,
    });
  }
  return parties;
}

/** Asks for up to `max` sentences; after `min`, an empty answer ends the list. */
async function askList(context: FlowContext, path: 'goals' | 'additionalGoals', min: number, max: number): Promise<string[]> {
  const items: string[] = [];
  while (items.length < max) {
    const optional = items.length >= min;
    const answer = await context.prompts.input({
      message: `${question('contract', [path, items.length], ` ${items.length + 1} of at most ${max}`)}${optional ? ' (Enter to finish)' : ''}`,
      validate: (value) => (optional && value.trim() === '') || checkText('contract', [path, 0], value.trim()),
    });
    if (answer.trim() === '') break;
    items.push(answer.trim());
  }
  return items;
}

/** YAML as the design writes it: schema order, phone numbers quoted. */
function contractYaml(contract: Contract, schema: JsonSchema = contractNode()): string {
  const { Document, isMap, isScalar, isSeq } = yamlPackage();
  const document = new Document(inSchemaOrder(contract, schema));
  const parties = document.get('parties', true);
  if (isSeq(parties)) {
    for (const party of parties.items) {
      if (!isMap(party)) continue;
      const phone = party.get('phone', true);
      if (isScalar(phone)) phone.type = 'QUOTE_DOUBLE';
    }
  }
  return document.toString({ lineWidth: 0 });
}

export async function askContractDraft(context: FlowContext): Promise<FlowResult | undefined> {
  // A value typed in quotes (as YAML files write a phone number) is read without them.
  context = { ...context, prompts: withUnquotedAnswers(context.prompts) };
  const { prompts } = context;
  const program = await chooseProgram(context);
  const [pairingId, pairing] = await choosePairing(context, program);
  const parties = await askParties(context, pairing);
  const rules = contractRulesOf(program);
  const goals = rules.goals ? await askList(context, 'goals', Math.max(rules.goals.min, 1), rules.goals.max) : undefined;
  let additionalGoals: string[] | undefined;
  if (rules.additionalGoals && (await prompts.confirm({ message: `${question('contract', ['additionalGoals'])} Any?`, default: false }))) {
    additionalGoals = await askList(context, 'additionalGoals', 1, numberLimit('contract', ['additionalGoals'], 'maxItems') ?? 20);
  }
  const start = (
    await prompts.input({
      message: question('contract', ['start']),
      validate: (value) => checkDate(value.trim(), pairing.notified ? { notBefore: pairing.notified } : {}),
    })
  ).trim();
  let durationMonths: number | undefined;
  if (rules.durationMonths) {
    const { min = 1, max, recommendedMax } = rules.durationMonths;
    const suggestion =
      recommendedMax !== undefined ? `, ${program.shortName ?? program.id} suggests at most ${recommendedMax} but the choice is yours` : '';
    const range = max !== undefined ? ` from ${min} to ${max}` : ` at least ${min}`;
    durationMonths = Number(
      await prompts.input({
        message: question('contract', ['durationMonths'], `${range}${suggestion}`),
        validate: (value) => checkInteger(value, min, max ?? numberLimit('contract', ['durationMonths'], 'maximum') ?? 600),
      }),
    );
  }
  const suggested = program.meetings?.frequencies ?? [];
  const OWN = '\u0000own';
  let frequency: string = OWN;
  if (suggested.length > 0) {
    frequency = await prompts.select({
      message: question('contract', ['meetings', 'frequency']),
      choices: [
        ...suggested.map((value) => ({ value: value, name: frequencyLabel(value) })),
        ...(program.meetings?.ownFrequency ? [{ value: OWN, name: 'In our own words' }] : []),
      ],
    });
  }
  if (frequency === OWN) {
    frequency = (
      await prompts.input({
        message: `${question('contract', ['meetings', 'frequency'])} (in your own words)`,
        validate: (value) => value.trim().length > 0 || 'Write how often you meet.',
      })
    ).trim();
  }
  const methods = await prompts.checkbox({
    message: question('contract', ['meetings', 'methods']),
    // Where the program's methods are examples, they come first and every other method follows.
    choices: optionChoices('contract', ['meetings', 'methods', 0], suggestedFirst(program)),
    required: true,
  });
  // A field the program does not use (ruleFor says omit, as on the printed form) is never asked.
  const unused = (path: string): boolean => ruleFor(program, path)?.omit === true;
  const otherMeetingFields = await askOtherFields(prompts, meetingsNode(context), CONTRACT_FIELDS_ASKED.meetings, '', (key) =>
    unused(`meetings.${key}`),
  );
  const contract: Contract = {
    program: program.id,
    pairing: pairingId,
    kind: pairing.kind,
    parties,
    ...(rules.revision && { revision: rules.revision.id }),
    ...(goals && { goals }),
    ...(additionalGoals && additionalGoals.length > 0 ? { additionalGoals } : {}),
    start,
    ...(durationMonths !== undefined && { durationMonths }),
    meetings: { frequency, methods, ...otherMeetingFields },
  };
  // What the program's agreement asks the pair to agree on besides the meetings (CALA: a common goal, the time both can devote).
  for (const key of ['commonGoal', 'timeCommitment'] as const) {
    if (!rules[key]) continue;
    contract[key] = (
      await prompts.input({ message: question('contract', [key]), validate: (value) => checkText('contract', [key], value.trim()) })
    ).trim();
  }
  const topics = rules.activityTopics;
  if (topics && topics.length > 0) {
    contract.activities = await prompts.checkbox({
      message: question('contract', ['activities']),
      choices: topics.map((topic) => ({ value: topic, name: topic })),
      required: true,
    });
  }
  const contactMin = program.contactHours?.min;
  if (contactMin !== undefined) {
    const most = numberLimit('contract', ['contactHours'], 'maximum') ?? 500;
    contract.contactHours = Number(
      await prompts.input({
        message: question('contract', ['contactHours'], ` at least ${contactMin}`),
        validate: (value) => checkNumber(value, contactMin, most),
      }),
    );
  }
  Object.assign(contract, await askOtherFields(prompts, contractNode(context), CONTRACT_FIELDS_ASKED[''], '', unused));
  const draftText = contractYaml(contract, contractNode(context));
  context.show(draftText);
  const confirmed = await prompts.confirm({ message: 'Open a pull request with this contract?', default: true });
  return confirmed ? { draftText } : undefined;
}
