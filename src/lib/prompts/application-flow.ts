/**
 * `application:new` without --from: asks for an application in the
 * application schema's order, every question worded by
 * schemas/application.schema.json. The fields a program shapes are asked by
 * hand (APPLICATION_FIELDS_ASKED: its roles, interests and meeting methods to
 * choose from, its members-only rule, its cycle and mentee limit); the
 * coordinator's own fields are not asked (APPLICATION_FIELDS_NOT_ASKED); every
 * other field, a new one too, is asked from the schema alone (askRecord,
 * schema-fields.ts). Shows the YAML and asks before anything is sent.
 */
import { applicationWindow, cycleForToday } from '../applications/window.ts';
import { methodsOf } from '../program/methods.ts';
import { yamlPackage } from '../yaml/yaml-package.ts';
import { resolvedSchema } from '../schema-files.ts';
import { inSchemaOrder, type JsonSchema } from '../schema-walk.ts';
import type { Application, Program } from '../types.generated.ts';
import type { FlowContext, FlowResult } from './contract-flow.ts';
import { FlowError } from './flow-error.ts';
import { askRecord, type FieldAsker } from './schema-fields.ts';
import { checkInteger, fieldTitle, optionChoices, question } from './schema-questions.ts';

/** The application fields this flow asks (or fills) itself, because the program's application settings shape them. */
export const APPLICATION_FIELDS_ASKED = ['program', 'cycle', 'member', 'roles', 'interests', 'methods', 'capacity', 'submitted'] as const;

/**
 * The fields the applicant does not give: a late application's exception is
 * the coordinator's to record, and the ids to avoid name other applications,
 * which the applicant cannot see.
 */
export const APPLICATION_FIELDS_NOT_ASKED = ['lateAccepted', 'avoid'] as const;

const applicationNode = (context: FlowContext): JsonSchema => context.applicationSchema ?? resolvedSchema('application');

export async function askApplicationDraft(context: FlowContext): Promise<FlowResult | undefined> {
  const { prompts } = context;
  const programs = [...context.repository.programs.values()].map((loaded) => loaded.data).filter((program) => program.applications);
  if (programs.length === 0) throw new FlowError('No program takes applications: none has an applications section in its program.yaml.');
  let program = programs[0] as Program;
  const settings = () => program.applications!;
  const byHand: Record<(typeof APPLICATION_FIELDS_ASKED)[number] | (typeof APPLICATION_FIELDS_NOT_ASKED)[number], FieldAsker> = {
    program: async () => {
      if (programs.length > 1) {
        const id = await prompts.select({
          message: question('application', ['program']),
          choices: programs.map((candidate) => ({ value: candidate.id, name: `${candidate.name} (${candidate.id})` })),
        });
        program = programs.find((candidate) => candidate.id === id) as Program;
      }
      return program.id;
    },
    cycle: async () =>
      Number(
        (
          await prompts.input({
            message: question('application', ['cycle']),
            // The cycle of the window open today (or the next), where the program publishes one.
            ...(applicationWindow(program, context.today).state !== 'none' && { default: String(cycleForToday(program, context.today)) }),
            validate: (value) => checkInteger(value.trim(), 2000, 2100),
          })
        ).trim(),
      ),
    member: async () => {
      if (!program.membersOnly) return undefined;
      const member = await prompts.confirm({
        message: `${fieldTitle('application', ['member'])}: is the applicant a member of the ${program.organization}?`,
        default: true,
      });
      if (!member) throw new FlowError(`The ${program.name} is open to members only: nothing was sent.`);
      return true;
    },
    roles: async () => {
      const roleChoices = optionChoices<Application['roles'][number]>('application', ['roles', 0], settings().roles);
      return roleChoices.length === 1
        ? [roleChoices[0]!.value]
        : prompts.checkbox({
            message: question('application', ['roles']),
            choices: roleChoices,
            required: true,
            validate: (chosen) =>
              chosen.some((c) => c.value === 'mentor') && chosen.some((c) => c.value === 'mentee') && !program.bothRoles
                ? 'Choose one of mentor and mentee.'
                : true,
          });
    },
    // From the program's list, if it has one, and in the applicant's own words.
    interests: async () => {
      const offered = settings().interests;
      const listed = offered
        ? await prompts.checkbox({
            message: question('application', ['interests']),
            choices: offered.map((interest) => ({ value: interest, name: interest })),
          })
        : [];
      const own = await prompts.input({
        message: `${fieldTitle('application', ['interests'])}${listed.length > 0 || offered ? ', in your own words (optional, separated by commas)' : ' (separated by commas)'}:`,
        validate: (value) => (listed.length > 0 || value.trim() !== '' ? true : 'Name at least one interest.'),
      });
      return [
        ...listed,
        ...own
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ];
    },
    methods: () =>
      prompts.checkbox({
        message: question('application', ['methods']),
        choices: optionChoices('application', ['methods', 0], methodsOf(program)),
        required: true,
      }),
    // Asked of a mentor only, up to the program's limit.
    capacity: async (answers) =>
      (answers['roles'] as string[] | undefined)?.includes('mentor')
        ? Number(
            (
              await prompts.input({
                message: question('application', ['capacity']),
                default: '1',
                validate: (value) => checkInteger(value.trim(), 1, program.maxMentees ?? 10),
              })
            ).trim(),
          )
        : undefined,
    submitted: async () => context.today,
    lateAccepted: false,
    avoid: false,
  };
  const schema = applicationNode(context);
  const { Document, isScalar } = yamlPackage();
  const document = new Document(inSchemaOrder(await askRecord(prompts, schema, byHand), schema));
  // Dates we write are quoted, so that every YAML reader keeps them as text.
  const submitted = document.get('submitted', true);
  if (isScalar(submitted)) submitted.type = 'QUOTE_DOUBLE';
  const draftText = document.toString({ lineWidth: 0 });
  context.show(draftText);
  return (await prompts.confirm({ message: 'Open the pull request for this application?', default: true })) ? { draftText } : undefined;
}
