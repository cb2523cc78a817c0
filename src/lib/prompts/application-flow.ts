/**
 * `application:new` without --from: asks for an application field by field,
 * worded by schemas/application.schema.json, with the program's roles,
 * interests and meeting methods to choose from. Shows the YAML and asks
 * before anything is sent.
 */
import { applicationWindow, cycleForToday } from '../applications/window.ts';
import { methodsOf } from '../program/methods.ts';
import { Document, isScalar } from 'yaml';
import type { Application, Program } from '../types.generated.ts';
import { FlowError, type FlowContext, type FlowResult } from './contract-flow.ts';
import { checkInteger, checkText, fieldTitle, optionChoices, question } from './schema-questions.ts';

const text = async (context: FlowContext, path: [keyof Application], required: boolean): Promise<string | undefined> => {
  const answer = await context.prompts.input({
    message: question('application', path, required ? '' : ' (optional)'),
    validate: (value) => (!required && value.trim() === '' ? true : checkText('application', path, value.trim())),
  });
  return answer.trim() === '' ? undefined : answer.trim();
};

export async function askApplicationDraft(context: FlowContext): Promise<FlowResult | undefined> {
  const { prompts } = context;
  const programs = [...context.repository.programs.values()].map((loaded) => loaded.data).filter((program) => program.applications);
  if (programs.length === 0) throw new FlowError('No program takes applications: none has an applications section in its program.yaml.');
  const programId =
    programs.length === 1
      ? programs[0]!.id
      : await prompts.select({
          message: question('application', ['program']),
          choices: programs.map((program) => ({ value: program.id, name: `${program.name} (${program.id})` })),
        });
  const program = programs.find((candidate) => candidate.id === programId) as Program;
  const settings = program.applications!;
  const cycle = Number(
    (
      await prompts.input({
        message: question('application', ['cycle']),
        // The cycle of the window open today (or the next), where the program publishes one.
        ...(applicationWindow(program, context.today).state !== 'none' && { default: String(cycleForToday(program, context.today)) }),
        validate: (value) => checkInteger(value.trim(), 2000, 2100),
      })
    ).trim(),
  );
  const name = (await text(context, ['name'], true))!;
  const email = (await text(context, ['email'], true))!;
  const draft: Record<string, unknown> = { program: program.id, cycle, name, email };
  if (program.membersOnly) {
    const member = await prompts.confirm({
      message: `${fieldTitle('application', ['member'])}: is the applicant a member of the ${program.organization}?`,
      default: true,
    });
    if (!member) throw new FlowError(`The ${program.name} is open to members only: nothing was sent.`);
    draft['member'] = true;
  }
  const roleChoices = optionChoices<Application['roles'][number]>('application', ['roles', 0], settings.roles);
  draft['roles'] =
    roleChoices.length === 1
      ? [roleChoices[0]!.value]
      : await prompts.checkbox({
          message: question('application', ['roles']),
          choices: roleChoices,
          required: true,
          validate: (chosen) =>
            chosen.some((c) => c.value === 'mentor') && chosen.some((c) => c.value === 'mentee') && !program.bothRoles
              ? 'Choose one of mentor and mentee.'
              : true,
        });
  const listed = settings.interests
    ? await prompts.checkbox({
        message: question('application', ['interests']),
        choices: settings.interests.map((interest) => ({ value: interest, name: interest })),
      })
    : [];
  const own = await prompts.input({
    message: `${fieldTitle('application', ['interests'])}${listed.length > 0 || settings.interests ? ', in your own words (optional, separated by commas)' : ' (separated by commas)'}:`,
    validate: (value) => (listed.length > 0 || value.trim() !== '' ? true : 'Name at least one interest.'),
  });
  draft['interests'] = [
    ...listed,
    ...own
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
  const institution = await text(context, ['institution'], false);
  if (institution) draft['institution'] = institution;
  draft['careerStage'] = await prompts.select({
    message: question('application', ['careerStage']),
    choices: optionChoices<Application['careerStage']>('application', ['careerStage']),
  });
  draft['methods'] = await prompts.checkbox({
    message: question('application', ['methods']),
    choices: optionChoices('application', ['methods', 0], methodsOf(program)),
    required: true,
  });
  if ((draft['roles'] as string[]).includes('mentor')) {
    draft['capacity'] = Number(
      (
        await prompts.input({
          message: question('application', ['capacity']),
          default: '1',
          validate: (value) => checkInteger(value.trim(), 1, program.maxMentees ?? 10),
        })
      ).trim(),
    );
  }
  draft['submitted'] = context.today;
  const notes = await text(context, ['notes'], false);
  if (notes) draft['notes'] = notes;
  const document = new Document(draft);
  // Dates we write are quoted, so that every YAML reader keeps them as text.
  const submitted = document.get('submitted', true);
  if (isScalar(submitted)) submitted.type = 'QUOTE_DOUBLE';
  const draftText = document.toString({ lineWidth: 0 });
  context.show(draftText);
  return (await prompts.confirm({ message: 'Open the pull request for this application?', default: true })) ? { draftText } : undefined;
}
