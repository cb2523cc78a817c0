/**
 * The printable application form of a program, built from
 * schemas/application.schema.json (labels, help, options, limits) and the
 * program's rules (its roles, members-only statement, interests list and
 * meeting methods), drawn by the same renderer as the contract form.
 */
import { methodsOf } from '../program/methods.ts';
import { resolvedSchema } from '../schema-files.ts';
import type { Program } from '../types.generated.ts';
import type { ChoiceOption, FormField, FormModel } from './model.ts';
import { enumOptions, helpOf, itemsOf, kindOf, labelOf, numberKeyword, propertiesOf, type JsonSchema } from '../schema-walk.ts';

/** Filled in by the coordinators, not the applicant: the file's place and the matching committee's own notes. */
const NOT_ON_PAPER = new Set(['program', 'avoid', 'submitted', 'lateAccepted']);

const ticks = (values: readonly string[], labels?: ReadonlyMap<string, string>): ChoiceOption[] =>
  values.map((value) => ({ value, label: labels?.get(value) ?? value, checked: values.length === 1 }));

function field(key: string, node: JsonSchema, program: Program): FormField | undefined {
  if (NOT_ON_PAPER.has(key)) return undefined;
  const settings = program.applications!;
  const label = labelOf(node, key);
  const help = helpOf(node);
  const base = { path: key, label, ...(help !== undefined && { help }) };
  const itemLabels = new Map((enumOptions(itemsOf(node)) ?? enumOptions(node) ?? []).map((option) => [option.value, option.label]));
  switch (key) {
    case 'member':
      return program.membersOnly
        ? {
            ...base,
            type: 'tick',
            checked: false,
            attached: [],
            note: `The ${program.name} is open to members of the ${program.organization} only.`,
          }
        : undefined;
    case 'roles': {
      const roles = [...settings.roles];
      return {
        ...base,
        type: 'choices',
        multiple: roles.length > 1,
        options: ticks(roles, itemLabels),
        ...(program.bothRoles && { note: 'You may tick mentor and mentee both.' }),
      };
    }
    case 'methods':
      return { ...base, type: 'choices', multiple: true, options: ticks(methodsOf(program), itemLabels) };
    case 'interests': {
      const own = {
        ...base,
        type: 'numbered' as const,
        rowsPerItem: 1,
        items: Array.from({ length: settings.interests ? 2 : 4 }, (_, index) => ({ label: `Interest #${index + 1}` })),
      };
      if (!settings.interests) return own;
      return {
        ...base,
        type: 'group',
        fields: [
          { path: 'interests.list', label: 'From the list', type: 'choices', multiple: true, options: ticks(settings.interests) },
          { ...own, path: 'interests.own', label: 'In your own words' },
        ],
      };
    }
    case 'capacity':
      return settings.roles.includes('mentor')
        ? { ...base, type: 'line', size: 'short', rows: 1, input: 'integer', note: 'Mentors only.' }
        : undefined;
  }
  const options = enumOptions(node);
  if (options) return { ...base, type: 'choices', multiple: false, options: options.map((option) => ({ ...option, checked: false })) };
  const kind = kindOf(node);
  const maxLength = numberKeyword(node, 'maxLength') ?? 1000;
  // What the line holds, for the online form's control.
  const input = kind === 'number' ? (node['type'] === 'integer' ? 'integer' : 'number') : node['format'] === 'email' ? 'email' : 'text';
  return {
    ...base,
    type: 'line',
    size: kind === 'number' ? 'short' : maxLength <= 160 ? 'medium' : 'long',
    rows: kind === 'string' && maxLength >= 400 ? 3 : 1,
    input,
  };
}

/** The blank application form of a program that takes applications (undefined for one that does not). */
export function applicationFormModel(program: Program): FormModel | undefined {
  const settings = program.applications;
  if (!settings) return undefined;
  const schema = resolvedSchema('application');
  const fields = propertiesOf(schema)
    .map(([key, node]) => field(key, node, program))
    .filter((entry): entry is FormField => entry !== undefined);
  return {
    programId: program.id,
    programName: program.name,
    organization: program.organization,
    title: `${program.shortName ?? program.name} application`,
    filled: false,
    pairingIdOnPages: false,
    fields,
    agreement: {
      heading: 'Confidential',
      statement: 'Your application is kept confidential: only the people who match pairs read it, and it is never published.',
      ...(settings.apply !== undefined && { submitTo: { label: 'Where to apply', text: settings.apply } }),
    },
    signatures: {
      heading: 'Signature',
      blocks: [
        {
          heading: 'Applicant',
          signatureLabel: 'Signature',
          fields: [
            {
              path: 'submitted',
              label: labelOf(schema['properties'] ? (schema['properties'] as Record<string, JsonSchema>)['submitted']! : {}, 'submitted'),
              type: 'line',
              size: 'medium',
              rows: 1,
              input: 'date',
            },
          ],
        },
      ],
    },
  };
}
