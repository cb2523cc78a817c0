/** The printable application form: fields from the application schema, choices from the program. */
import { describe, expect, it } from 'vitest';
import { applicationFormModel } from '../../../src/lib/forms/application-form.ts';
import { methodsOf } from '../../../src/lib/program/methods.ts';
import { renderContractForm } from '../../../src/lib/forms/render-html.ts';
import type { FormField } from '../../../src/lib/forms/model.ts';
import { repositoryPrograms } from '../../workflows/programs.ts';

const programs = repositoryPrograms();
const alcts = programs.find((program) => program.id === 'alcts')!;
const byPath = (fields: FormField[], path: string) => fields.find((field) => field.path === path);

describe('application form', () => {
  it('exists only for programs whose documents describe applying', () => {
    expect(programs.filter((program) => applicationFormModel(program)).map((program) => program.id)).toEqual(['alcts']);
  });

  it("asks for the schema's fields with the program's roles, methods and membership statement", () => {
    const model = applicationFormModel(alcts)!;
    expect(model.fields.map((field) => field.path)).toEqual([
      'cycle',
      'name',
      'email',
      'member',
      'roles',
      'interests',
      'institution',
      'careerStage',
      'methods',
      'capacity',
      'notes',
    ]);
    const roles = byPath(model.fields, 'roles');
    expect(roles?.type === 'choices' && roles.options.map((option) => option.value)).toEqual(['mentor', 'mentee']);
    const methods = byPath(model.fields, 'methods');
    expect(methods?.type === 'choices' && methods.options.map((option) => option.value)).toEqual(methodsOf(alcts));
    expect(byPath(model.fields, 'member')?.note).toContain(
      'open to members of the Association for Library Collections & Technical Services only',
    );
    // No interests list in the ALCTS documents: blanks for the applicant's own words.
    expect(byPath(model.fields, 'interests')?.type).toBe('numbered');
  });

  it("offers a program's interests list, with room for own words, and leaves out what the program does not ask", () => {
    const program = { ...alcts, membersOnly: false, applications: { roles: ['mentee' as const], interests: ['Serials', 'Metadata'] } };
    const model = applicationFormModel(program)!;
    expect(byPath(model.fields, 'member')).toBeUndefined();
    expect(byPath(model.fields, 'capacity')).toBeUndefined();
    const interests = byPath(model.fields, 'interests');
    expect(interests?.type === 'group' && interests.fields.map((field) => field.type)).toEqual(['choices', 'numbered']);
    expect(renderContractForm(model)).not.toContain('form revised');
  });
});
