/**
 * `pairing:new` without --from: asks for a pairing in the pairing schema's
 * order, every question worded by the schema. The fields the repository or
 * the program shapes are asked by hand (PAIRING_FIELDS_ASKED: the program to
 * choose, its kinds, the people as the kind needs them, the notice no later
 * than today); the fields a new pairing never has are not asked
 * (PAIRING_FIELDS_LATER); every other field, a new one too, is asked from the
 * schema alone (askRecord, schema-fields.ts). Then proposes the id made from
 * the cycle and the surnames, shows the YAML and asks before anything is sent.
 */
import { yamlPackage } from '../yaml/yaml-package.ts';
import { derivePairingId } from '../submit/pairing-id.ts';
import type { Pairing, Program } from '../types.generated.ts';
import type { FlowContext, FlowResult } from './contract-flow.ts';
import { FlowError } from './flow-error.ts';
import { commonDefinition, resolvedSchema } from '../schema-files.ts';
import { childSchema, helpOf, inSchemaOrder, itemsOf, labelOf, type JsonSchema } from '../schema-walk.ts';
import { askOtherFields, askRecord, type FieldAsker } from './schema-fields.ts';
import { checkDate, optionChoices, question } from './schema-questions.ts';
import { withUnquotedAnswers } from './prompts.ts';

export interface PairingFlowResult extends FlowResult {
  id: string;
}

/** The pairing fields this flow asks itself, because the repository or the program's rules shape them. */
export const PAIRING_FIELDS_ASKED = ['program', 'kind', 'mentor', 'mentee', 'peers', 'notified', 'status'] as const;

/**
 * The pairing fields a new pairing never has: matching sets the cycle and the
 * cohort (npm run match), and the rest is recorded as the relationship goes on
 * (pairing:status: the start, the history, the applications; npm run record:
 * check-ins, hours, steps, evaluations).
 */
export const PAIRING_FIELDS_LATER = [
  'start',
  'cycle',
  'cohort',
  'history',
  'checkIns',
  'hoursLogged',
  'steps',
  'evaluations',
  'applications',
] as const;

const pairingNode = (context: FlowContext): JsonSchema => context.pairingSchema ?? resolvedSchema('pairing');

/** The pairing file has no id field (the id is its name): it is asked and checked by common.schema.json's recordId. */
function recordIdSchema(): JsonSchema {
  return commonDefinition('recordId');
}

function idQuestion(node: JsonSchema): string {
  const help = helpOf(node);
  return `${labelOf(node, 'id')}${help ? ` (${help.replace(/\.$/, '')})` : ''}:`;
}

/** A person's fields (name, email, and any the schema adds), each asked from the schema after `label: `. */
const askPerson = (context: FlowContext, node: JsonSchema, label: string) => askOtherFields(context.prompts, node, [], `${label}: `);

export async function askPairingDraft(context: FlowContext & { cycle?: string }): Promise<PairingFlowResult | undefined> {
  // A value typed in quotes (as YAML files write a phone number) is read without them.
  context = { ...context, prompts: withUnquotedAnswers(context.prompts) };
  const { prompts } = context;
  const schema = pairingNode(context);
  const programs = [...context.repository.programs.values()].map((loaded) => loaded.data);
  if (programs.length === 0) throw new FlowError('No valid program was found under content/programs/: run npm run validate to see why.');
  let program = programs[0] as Program;
  let kind: Pairing['kind'] = 'mentoring';
  const personNode = (key: 'mentor' | 'mentee' | 'peers'): JsonSchema => {
    const node = childSchema(schema, key) ?? {};
    return key === 'peers' ? itemsOf(node) : node;
  };
  const peersTitle = labelOf(childSchema(schema, 'peers') ?? {}, 'peers');
  const byHand: Record<(typeof PAIRING_FIELDS_ASKED)[number] | (typeof PAIRING_FIELDS_LATER)[number], FieldAsker> = {
    program: async () => {
      const id = await prompts.select({
        message: question('pairing', ['program']),
        choices: programs.map((candidate) => ({ value: candidate.id, name: `${candidate.name} (${candidate.id})` })),
      });
      program = programs.find((candidate) => candidate.id === id) as Program;
      return program.id;
    },
    // Only the kinds the program offers; none to choose when it offers one.
    kind: async () => {
      kind =
        program.kinds.length === 1
          ? (program.kinds[0] as Pairing['kind'])
          : await prompts.select({ message: question('pairing', ['kind']), choices: optionChoices('pairing', ['kind'], program.kinds) });
      return kind;
    },
    mentor: async () =>
      kind === 'peer' ? undefined : askPerson(context, personNode('mentor'), labelOf(childSchema(schema, 'mentor') ?? {}, 'mentor')),
    mentee: async () =>
      kind === 'peer' ? undefined : askPerson(context, personNode('mentee'), labelOf(childSchema(schema, 'mentee') ?? {}, 'mentee')),
    peers: async () =>
      kind === 'peer'
        ? [
            await askPerson(context, personNode('peers'), `${peersTitle} 1`),
            await askPerson(context, personNode('peers'), `${peersTitle} 2`),
          ]
        : undefined,
    notified: async () =>
      (
        await prompts.input({
          message: question('pairing', ['notified']),
          default: context.today,
          validate: (value) => checkDate(value.trim(), { notAfter: context.today }),
        })
      ).trim(),
    status: () =>
      prompts.select<Pairing['status']>({
        message: question('pairing', ['status']),
        choices: optionChoices<Pairing['status']>('pairing', ['status']),
        default: 'active',
      }),
    ...(Object.fromEntries(PAIRING_FIELDS_LATER.map((key) => [key, false])) as Record<(typeof PAIRING_FIELDS_LATER)[number], false>),
  };
  const pairing = (await askRecord(prompts, schema, byHand)) as unknown as Pairing;
  const derived = derivePairingId(pairing, context.cycle);
  const idSchema = recordIdSchema();
  const idPattern = new RegExp(String(idSchema['pattern']), 'u');
  const id = (
    await prompts.input({
      message: idQuestion(idSchema),
      ...(derived ? { default: derived } : {}),
      validate: (value) =>
        idPattern.test(value.trim()) || 'Write the cycle year and the two surnames in lowercase, joined by hyphens (2026-lee-okafor).',
    })
  ).trim();
  const draftText = new (yamlPackage().Document)(inSchemaOrder(pairing, schema)).toString({ lineWidth: 0 });
  context.show(draftText);
  const confirmed = await prompts.confirm({ message: `Open a pull request adding pairing ${program.id}/${id}?`, default: true });
  return confirmed ? { draftText, id } : undefined;
}
