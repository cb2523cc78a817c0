/**
 * "Schema first", proved for pairings as new-contract-field.test.ts proves it
 * for contracts: an optional field added to the pairing schema (here, to this
 * test's own copy of it, with a title, a description and a limit, and nothing
 * else) is asked by pairing:new, written to the pairing in the schema's
 * order, and shown in the pull request body, with no change to the flow
 * (src/lib/prompts/pairing-flow.ts). So is a field added to a person.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS_ASKED, APPLICATION_FIELDS_NOT_ASKED } from '../../../src/lib/prompts/application-flow.ts';
import { askPairingDraft, PAIRING_FIELDS_ASKED, PAIRING_FIELDS_LATER } from '../../../src/lib/prompts/pairing-flow.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { resolvedSchema } from '../../../src/lib/schema-files.ts';
import { childSchema, propertiesOf, type JsonSchema } from '../../../src/lib/schema-walk.ts';
import { pairingPullRequestText } from '../../../src/lib/submit/pull-request-text.ts';
import type { Pairing } from '../../../src/lib/types.generated.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { INTERACTIVE_TODAY } from './interactive-run.ts';
import { FIXTURES } from '../../support/run-command.ts';
import { ScriptedPrompts, type Script } from '../../support/scripted-prompts.ts';

/** The pairing schema with one more optional field, and one more optional field of each person, as a contributor would add them. */
const withLanguage: JsonSchema = (() => {
  const schema = structuredClone(resolvedSchema('pairing'));
  (schema['properties'] as JsonSchema)['meetingLanguage'] = {
    title: 'Language of the meetings',
    description: 'The language the pair agreed to meet in, if they say.',
    type: 'string',
    maxLength: 40,
  };
  for (const key of ['mentor', 'mentee']) {
    const person = childSchema(schema, key)!;
    (person['properties'] as JsonSchema)['pronouns'] = {
      title: 'Pronouns',
      description: 'How to refer to them.',
      type: 'string',
      maxLength: 20,
    };
  }
  return schema;
})();

const answers = (): Script => ({
  Program: 'demo',
  'Kind of mentoring': 'mentoring',
  'Mentor: Name': 'Jordan Lee',
  'Mentor: Email': 'jordan.lee@example.edu',
  'Mentor: Pronouns': 'they/them',
  'Mentee: Name': 'Ada Okafor',
  'Mentee: Email': 'ada.okafor@example.edu',
  'Mentee: Pronouns': '',
  Notified: '2026-02-01',
  Status: 'active',
  'Pairing id': '2026-lee-okafor-2',
  'Open a pull request': true,
});

async function draftWith(script: Script) {
  const { repository } = validateFiles(await readRepositoryFiles(join(FIXTURES, 'repo')), { today: INTERACTIVE_TODAY });
  const prompts = new ScriptedPrompts(script);
  const result = await askPairingDraft({ repository, today: INTERACTIVE_TODAY, prompts, show: () => {}, pairingSchema: withLanguage });
  const pairing = parse(result?.draftText ?? '') as Pairing & Record<string, unknown>;
  const program = repository.programs.get('demo')!.data;
  return { prompts, pairing, body: pairingPullRequestText(pairing, result?.id ?? '', program, { schema: withLanguage }).body };
}

describe('a new optional pairing field, added to the schema alone', () => {
  it('is asked, checked against its own limit, written in the schema order and shown in the pull request body', async () => {
    const { prompts, pairing, body } = await draftWith({
      ...answers(),
      'Language of the meetings': { typed: ['x'.repeat(41), 'Portuguese'] },
    });
    expect(prompts.unused()).toEqual([]);
    const asked = prompts.asked.find((question) => question.message.startsWith('Language of the meetings'));
    expect(asked?.message).toBe(
      'Language of the meetings (The language the pair agreed to meet in, if they say): (optional, Enter to skip)',
    );
    expect(asked?.rejected).toEqual(['Language of the meetings must be at most 40 characters.']);
    expect(pairing['meetingLanguage']).toBe('Portuguese');
    // The schema's order: the new field is last in the schema, so last in the file.
    expect(Object.keys(pairing).at(-1)).toBe('meetingLanguage');
    expect(body).toContain('| Language of the meetings | Portuguese |');
  });

  it("is asked of each person when added to the person, and written in that person's entry", async () => {
    const { prompts, pairing } = await draftWith({ ...answers(), 'Language of the meetings': '' });
    expect(prompts.unused()).toEqual([]);
    expect(prompts.asked.find((question) => question.message.startsWith('Mentor: Pronouns'))?.message).toBe(
      'Mentor: Pronouns (How to refer to them): (optional, Enter to skip)',
    );
    expect(pairing.mentor).toEqual({ name: 'Jordan Lee', email: 'jordan.lee@example.edu', pronouns: 'they/them' });
    expect(pairing.mentee).toEqual({ name: 'Ada Okafor', email: 'ada.okafor@example.edu' });
  });

  it('is left out of the pairing and the body when skipped', async () => {
    const { prompts, pairing, body } = await draftWith({ ...answers(), 'Language of the meetings': '' });
    expect(prompts.unused()).toEqual([]);
    expect(Object.keys(pairing)).not.toContain('meetingLanguage');
    expect(body).not.toContain('Language');
  });

  it('is a question the real schema does not ask (the copy, not schemas/, has the field)', () => {
    expect(propertiesOf(resolvedSchema('pairing')).map(([key]) => key)).not.toContain('meetingLanguage');
  });
});

describe('the pairing and application fields the flows handle by hand, or never ask', () => {
  const keys = (schema: 'pairing' | 'application') => propertiesOf(resolvedSchema(schema)).map(([key]) => key);

  it('are fields of their schema, so that a renamed field is noticed', () => {
    for (const key of [...PAIRING_FIELDS_ASKED, ...PAIRING_FIELDS_LATER]) expect(keys('pairing'), `pairing: ${key}`).toContain(key);
    for (const key of [...APPLICATION_FIELDS_ASKED, ...APPLICATION_FIELDS_NOT_ASKED])
      expect(keys('application'), `application: ${key}`).toContain(key);
  });
});
