/**
 * `pairing:new` without --from: asks for a pairing field by field, worded by
 * the pairing schema, kinds limited to the program's, and proposes the id
 * made from the cycle and the surnames.
 */
import { Document } from 'yaml';
import { derivePairingId } from '../submit/pairing-id.ts';
import type { Pairing, Program } from '../types.generated.ts';
import { FlowError, type FlowContext, type FlowResult } from './contract-flow.ts';
import { commonDefinition } from '../schema-files.ts';
import { helpOf, labelOf, type JsonSchema } from '../schema-walk.ts';
import { checkDate, checkText, fieldTitle, optionChoices, question } from './schema-questions.ts';
import { withUnquotedAnswers } from './prompts.ts';

export interface PairingFlowResult extends FlowResult {
  id: string;
}

/** The pairing file has no id field (the id is its name): it is asked and checked by common.schema.json's recordId. */
function recordIdSchema(): JsonSchema {
  return commonDefinition('recordId');
}

function idQuestion(node: JsonSchema): string {
  const help = helpOf(node);
  return `${labelOf(node, 'id')}${help ? ` (${help.replace(/\.$/, '')})` : ''}:`;
}

async function askPerson(context: FlowContext, label: string): Promise<{ name: string; email: string }> {
  const name = await context.prompts.input({
    message: `${label}: ${question('pairing', ['mentor', 'name'])}`,
    validate: (value) => checkText('pairing', ['mentor', 'name'], value.trim()),
  });
  const email = await context.prompts.input({
    message: `${label}: ${question('pairing', ['mentor', 'email'])}`,
    validate: (value) => checkText('pairing', ['mentor', 'email'], value.trim()),
  });
  return { name: name.trim(), email: email.trim() };
}

export async function askPairingDraft(context: FlowContext & { cycle?: string }): Promise<PairingFlowResult | undefined> {
  // A value typed in quotes (as YAML files write a phone number) is read without them.
  context = { ...context, prompts: withUnquotedAnswers(context.prompts) };
  const { prompts } = context;
  const programs = [...context.repository.programs.values()].map((loaded) => loaded.data);
  if (programs.length === 0) throw new FlowError('No valid program was found under content/programs/: run npm run validate to see why.');
  const programId = await prompts.select({
    message: question('pairing', ['program']),
    choices: programs.map((program) => ({ value: program.id, name: `${program.name} (${program.id})` })),
  });
  const program = programs.find((candidate) => candidate.id === programId) as Program;
  const kind =
    program.kinds.length === 1
      ? (program.kinds[0] as Pairing['kind'])
      : await prompts.select({ message: question('pairing', ['kind']), choices: optionChoices('pairing', ['kind'], program.kinds) });
  const people: Pick<Pairing, 'mentor' | 'mentee' | 'peers'> =
    kind === 'peer'
      ? {
          peers: [
            await askPerson(context, `${fieldTitle('pairing', ['peers'])} 1`),
            await askPerson(context, `${fieldTitle('pairing', ['peers'])} 2`),
          ],
        }
      : {
          mentor: await askPerson(context, fieldTitle('pairing', ['mentor'])),
          mentee: await askPerson(context, fieldTitle('pairing', ['mentee'])),
        };
  const notified = (
    await prompts.input({
      message: question('pairing', ['notified']),
      default: context.today,
      validate: (value) => checkDate(value.trim(), { notAfter: context.today }),
    })
  ).trim();
  const status = await prompts.select<Pairing['status']>({
    message: question('pairing', ['status']),
    choices: optionChoices<Pairing['status']>('pairing', ['status']),
    default: 'active',
  });
  const pairing: Pairing = { program: program.id, kind, ...people, notified, status };
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
  const draftText = new Document(pairing).toString({ lineWidth: 0 });
  context.show(draftText);
  const confirmed = await prompts.confirm({ message: `Open a pull request adding pairing ${program.id}/${id}?`, default: true });
  return confirmed ? { draftText, id } : undefined;
}
