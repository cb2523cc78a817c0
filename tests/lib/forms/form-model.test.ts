/**
 * The form model against the real schema and programs: every contract field
 * and every option a program allows is on its form; a field added to the
 * schema appears without any other change.
 */
import { describe, expect, it } from 'vitest';
import { buildContractForm } from '../../../src/lib/forms/build-form.ts';
import { contractFormModel } from '../../../src/lib/forms/contract-form.ts';
import type { FormModel } from '../../../src/lib/forms/model.ts';
import type { JsonSchema } from '../../../src/lib/schema-walk.ts';
import { resolvedSchema } from '../../../src/lib/schema-files.ts';
import type { Program } from '../../../src/lib/types.generated.ts';
import { allFields, fieldAt, loadContractPrograms } from '../../support/form-programs.ts';

const programs = loadContractPrograms();
const contractSchema = resolvedSchema('contract');

const obj = (value: unknown): JsonSchema => (typeof value === 'object' && value !== null ? (value as JsonSchema) : {});

/**
 * Every property path of the contract schema, walked here independently of the
 * form code: objects recurse, arrays of objects expand to maxItems items.
 */
function schemaPaths(node: JsonSchema, prefix = ''): string[] {
  return Object.entries(obj(node['properties'])).flatMap(([key, raw]) => {
    const child = obj(raw);
    const path = prefix ? `${prefix}.${key}` : key;
    const items = obj(child['items']);
    if (child['type'] === 'array' && items['type'] === 'object') {
      const count = Number(child['maxItems']);
      return [path, ...Array.from({ length: count }, (_, index) => schemaPaths(items, `${path}.${index}`)).flat()];
    }
    if (child['type'] === 'object') return [path, ...schemaPaths(child, path)];
    return [path];
  });
}

/** The schema's `const` titles of an enumeration, by value. */
function constTitles(node: JsonSchema): Map<string, string> {
  const branches = (node['anyOf'] ?? obj(node['items'])['anyOf']) as JsonSchema[];
  return new Map(branches.map((branch) => [String(branch['const']), String(branch['title'])]));
}

const meetingsSchema = obj(obj(contractSchema['properties'])['meetings']);
const meetingProperty = (key: string) => obj(obj(meetingsSchema['properties'])[key]);

/** Optional extras a program switches on in its program.yaml; off, they are left off its form. */
function usesField(program: Program, path: string): boolean {
  if (path === 'additionalGoals') return program.contract?.additionalGoals === true;
  if (path === 'activities') return program.contract?.activityTopics !== undefined;
  if (path === 'contactHours') return program.contactHours !== undefined;
  if (path === 'goals') return program.contract?.goals !== undefined;
  if (path === 'durationMonths') return program.contract?.durationMonths !== undefined;
  if (path === 'revision') return program.contract?.revision !== undefined;
  if (path === 'commonGoal') return program.contract?.commonGoal === true;
  if (path === 'timeCommitment') return program.contract?.timeCommitment === true;
  // readOnly in the schema: the evidence of a signature by email is written by the inbox, never asked on a form.
  if (/^parties\.\d+\.signature\b/.test(path)) return false;
  return true;
}

function optionsOf(model: FormModel, path: string) {
  const field = fieldAt(model, path);
  if (field?.type !== 'choices') throw new Error(`${path} is not a choice field`);
  return field.options;
}

describe.each(programs.map((program) => [program.id, program] as const))('the %s contract form', (_, program) => {
  const model = contractFormModel(program);
  const paths = new Set(allFields(model).map((field) => field.path));

  it('has every contract schema field the program uses, and no other', () => {
    const expected = schemaPaths(contractSchema).filter((path) => usesField(program, path));
    expect(expected.length).toBeGreaterThan(12);
    for (const path of expected) expect(paths, `field ${path}`).toContain(path);
    for (const path of schemaPaths(contractSchema).filter((path) => !usesField(program, path))) {
      expect(paths, `field ${path} (not used by ${program.id})`).not.toContain(path);
    }
  });

  it('labels fields with the schema titles', () => {
    const properties = obj(contractSchema['properties']);
    for (const [key, node] of Object.entries(properties)) {
      if (!usesField(program, key)) continue;
      expect(fieldAt(model, key)?.label).toBe(obj(node)['title']);
    }
    expect(fieldAt(model, 'parties.0.email')?.label).toBe('Email');
    expect(fieldAt(model, 'parties.1.signed')?.label).toBe('Date signed');
  });

  it('leaves the frequency to the pair where the program does (a line, with the suggestions as examples), and offers its methods', () => {
    const frequency = fieldAt(model, 'meetings.frequency');
    expect(program.meetings?.ownFrequency).toBe(true);
    expect(frequency?.type).toBe('line');
    const suggestionTitles = constTitles(obj((meetingProperty('frequency')['anyOf'] as JsonSchema[])[0]));
    for (const value of program.meetings?.frequencies ?? []) {
      expect(frequency?.note?.toLowerCase()).toContain(String(suggestionTitles.get(value)).toLowerCase());
    }
    const methodTitles = constTitles(meetingProperty('methods'));
    const methods = program.meetings?.methods ?? [...methodTitles.keys()];
    expect(optionsOf(model, 'meetings.methods').map((option) => [option.value, option.label])).toEqual(
      methods.map((value) => [value, methodTitles.get(value)]),
    );
  });

  it('offers the kinds of the program and the roles that fit them', () => {
    expect(optionsOf(model, 'kind').map((option) => option.value)).toEqual(program.kinds);
    const firstRoles = optionsOf(model, 'parties.0.role').map((option) => option.value);
    const secondRoles = optionsOf(model, 'parties.1.role').map((option) => option.value);
    if (program.kinds.includes('mentoring')) {
      expect(firstRoles).toContain('mentor');
      expect(secondRoles).toContain('mentee');
    }
    if (program.kinds.includes('peer')) {
      expect(firstRoles).toContain('peer');
      expect(secondRoles).toContain('peer');
    }
    expect(firstRoles).not.toContain('mentee');
    expect(secondRoles).not.toContain('mentor');
  });

  it.runIf(program.contract.goals)('has one goal blank for each goal the program allows', () => {
    const goals = fieldAt(model, 'goals');
    expect(goals?.type).toBe('numbered');
    if (goals?.type !== 'numbered') return;
    expect(goals.items.map((item) => item.label)).toEqual(
      Array.from({ length: program.contract.goals!.max }, (_, index) => `Goal #${index + 1}`),
    );
    expect(goals.note).toContain(String(program.contract.goals!.max));
  });

  it.runIf(program.contract.durationMonths)("states the program's duration limits and suggestion, and no limit it does not set", () => {
    const note = fieldAt(model, 'durationMonths')?.note ?? '';
    const { min, max, recommendedMax } = program.contract.durationMonths!;
    if (min !== undefined) expect(note).toContain(String(min));
    if (max !== undefined) expect(note).toContain(String(max));
    if (max === undefined) expect(note).not.toMatch(/at most/i);
    if (recommendedMax !== undefined) expect(note).toContain(`no longer than ${recommendedMax} months`);
  });

  it("carries the program's extras: topics, contact minimum, term", () => {
    const topics = program.contract.activityTopics;
    if (topics) expect(optionsOf(model, 'activities').map((option) => option.label)).toEqual(topics);
    const contact = program.contactHours;
    if (contact) expect(fieldAt(model, 'contactHours')?.note).toContain(`${contact.min} hour`);
    const startNote = fieldAt(model, 'start')?.note;
    if (program.term) {
      expect(startNote).toMatch(/formal term runs from [A-Z][a-z]+ \d+ to [A-Z][a-z]+ \d+/);
    } else {
      expect(startNote).toBeUndefined();
    }
    const tick = fieldAt(model, 'additionalGoals');
    expect(tick?.type === 'tick' && !tick.checked).toBe(program.contract.additionalGoals === true);
  });

  it('prefills the program and closes with the agreement and two signature blocks', () => {
    const programField = fieldAt(model, 'program');
    expect(programField?.type === 'line' && programField.value).toBe(program.name);
    expect(model.agreement.statement).toBe(program.contract.statement);
    expect(model.agreement.submitTo?.text).toBe(program.contract.submitTo);
    expect(model.signatures.blocks.map((block) => block.fields.map((field) => field.path))).toEqual([
      ['parties.0.name', 'parties.0.email', 'parties.0.phone', 'parties.0.signed'],
      ['parties.1.name', 'parties.1.email', 'parties.1.phone', 'parties.1.signed'],
    ]);
    // A separated signature page still names its signers (written by hand on a blank form).
    expect(model.signatures.blocks[0]?.fields[0]?.label).toBe('Printed name');
    expect(model.revision).toBe(program.contract.revision?.id);
    expect(model.pairingId).toBeUndefined();
  });

  it('says how to write every date', () => {
    const start = fieldAt(model, 'start');
    expect(start?.type === 'line' && start.unit).toBe('YYYY-MM-DD');
    const signed = model.signatures.blocks[0]?.fields.find((field) => field.path === 'parties.0.signed');
    expect(signed?.type === 'line' && signed.unit).toBe('YYYY-MM-DD');
  });
});

describe('a field added to the contract schema', () => {
  const alao = programs.find((program) => program.id === 'alao')!;

  function withFields(extra: Record<string, JsonSchema>, partyExtra: Record<string, JsonSchema> = {}): JsonSchema {
    const schema = structuredClone(contractSchema);
    Object.assign(obj(schema['properties']), extra);
    const party = obj(obj(obj(schema['properties'])['parties'])['items']);
    Object.assign(obj(party['properties']), partyExtra);
    return schema;
  }

  const build = (schema: JsonSchema) =>
    buildContractForm({ contractSchema: schema, programSchema: resolvedSchema('program'), program: alao });

  it('appears on the form by its type, with its title and description', () => {
    const model = build(
      withFields({
        reviewDate: { title: 'Mid-way review', description: 'The day the pair reviews its progress.', type: 'string', format: 'date' },
        hoursPerMonth: { title: 'Hours each month', type: 'integer', minimum: 1 },
        venue: {
          title: 'Usual venue',
          type: 'string',
          anyOf: [
            { const: 'library', title: 'The library' },
            { const: 'online', title: 'Online' },
          ],
        },
        conferenceMeetup: {
          title: 'Meet at the conference',
          description: 'Whether the pair plans to meet at the annual conference.',
          type: 'boolean',
        },
        readings: { title: 'Readings', type: 'array', maxItems: 5, items: { title: 'Reading', type: 'string' } },
        followUp: { title: 'Follow-up', type: 'object', properties: { when: { title: 'When', type: 'string' } } },
        unlabelledNote: { type: 'string', maxLength: 40 },
      }),
    );
    expect(fieldAt(model, 'reviewDate')).toMatchObject({
      type: 'line',
      label: 'Mid-way review',
      help: 'The day the pair reviews its progress.',
    });
    expect(fieldAt(model, 'hoursPerMonth')).toMatchObject({ type: 'line', size: 'short', label: 'Hours each month' });
    expect(fieldAt(model, 'venue')).toMatchObject({
      type: 'choices',
      multiple: false,
      options: [
        { value: 'library', label: 'The library', checked: false },
        { value: 'online', label: 'Online', checked: false },
      ],
    });
    expect(fieldAt(model, 'conferenceMeetup')).toMatchObject({ type: 'tick', label: 'Meet at the conference' });
    expect(fieldAt(model, 'readings')).toMatchObject({ type: 'numbered', items: [{ label: 'Reading #1' }, { label: 'Reading #2' }] });
    expect(fieldAt(model, 'followUp.when')).toMatchObject({ type: 'line', label: 'When' });
    expect(fieldAt(model, 'unlabelledNote')?.label).toBe('Unlabelled note');
    // Schema order: new fields follow the existing ones, before the agreement.
    expect(model.fields.map((field) => field.path).slice(-7)).toEqual([
      'reviewDate',
      'hoursPerMonth',
      'venue',
      'conferenceMeetup',
      'readings',
      'followUp',
      'unlabelledNote',
    ]);
  });

  it("on a party appears in each party's signature block", () => {
    const model = build(withFields({}, { institution: { title: 'Institution', type: 'string', maxLength: 120 } }));
    expect(model.signatures.blocks.map((block) => block.fields.map((field) => field.label))).toEqual([
      ['Printed name', 'Email', 'Phone', 'Date signed', 'Institution'],
      ['Printed name', 'Email', 'Phone', 'Date signed', 'Institution'],
    ]);
  });
});
