/**
 * "Schema first", proved for a contract field: an optional field added to the
 * contract schema (here, to this test's own copy of it, with a title, a
 * description and a limit, and nothing else) is asked by contract:new, written
 * to the contract in the schema's order, and shown in the pull request body,
 * with no other file edited. (That the validator checks an edited schema as
 * edited is tests/lib/validate/compiled-schemas.test.ts; the types, issue
 * forms and compiled validators follow from `npm run generate`.)
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { askContractDraft, CONTRACT_FIELDS_ASKED } from '../../../src/lib/prompts/contract-flow.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { resolvedSchema } from '../../../src/lib/schema-files.ts';
import { childSchema, itemsOf, propertiesOf, type JsonSchema } from '../../../src/lib/schema-walk.ts';
import { contractPullRequestText, FIELDS_SHOWN_BY_HAND, pairingPullRequestText } from '../../../src/lib/submit/pull-request-text.ts';
import type { Contract, Pairing } from '../../../src/lib/types.generated.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { contractAnswers, INTERACTIVE_TODAY } from './interactive-run.ts';
import { FIXTURES } from '../../support/run-command.ts';
import { ScriptedPrompts, type Script } from '../../support/scripted-prompts.ts';

/** The contract schema with one more optional field, as a contributor following CONTRIBUTING would add it. */
const withPronouns: JsonSchema = (() => {
  const schema = structuredClone(resolvedSchema('contract'));
  (schema['properties'] as JsonSchema)['mentorPronouns'] = {
    title: "Mentor's pronouns",
    description: 'How the mentor would like to be referred to, if they say.',
    type: 'string',
    maxLength: 40,
  };
  return schema;
})();

async function draftWith(answers: Script) {
  const { repository } = validateFiles(await readRepositoryFiles(join(FIXTURES, 'repo')), { today: INTERACTIVE_TODAY });
  const prompts = new ScriptedPrompts(answers);
  const result = await askContractDraft({ repository, today: INTERACTIVE_TODAY, prompts, show: () => {}, contractSchema: withPronouns });
  const contract = parse(result?.draftText ?? '') as Contract & Record<string, unknown>;
  const program = repository.programs.get('demo')!.data;
  return { prompts, contract, body: contractPullRequestText(contract, program, { schema: withPronouns }).body };
}

describe('a new optional contract field, added to the schema alone', () => {
  it('is asked, checked against its own limit, written in the schema order and shown in the pull request body', async () => {
    const { prompts, contract, body } = await draftWith({
      ...contractAnswers(),
      "Mentor's pronouns": { typed: ['x'.repeat(41), 'she/her'] },
    });
    expect(prompts.unused()).toEqual([]);
    const asked = prompts.asked.find((question) => question.message.startsWith("Mentor's pronouns"));
    expect(asked?.message).toBe("Mentor's pronouns (How the mentor would like to be referred to, if they say): (optional, Enter to skip)");
    expect(asked?.rejected).toEqual(["Mentor's pronouns must be at most 40 characters."]);
    expect(contract['mentorPronouns']).toBe('she/her');
    // The schema's order: the new field is last in the schema, so last in the file.
    expect(Object.keys(contract).at(-1)).toBe('mentorPronouns');
    expect(body).toContain("| Mentor's pronouns | she/her |");
  });

  it('is left out of the contract and the body when skipped', async () => {
    const { prompts, contract, body } = await draftWith({ ...contractAnswers(), "Mentor's pronouns": '' });
    expect(prompts.unused()).toEqual([]);
    expect(Object.keys(contract)).not.toContain('mentorPronouns');
    expect(body).not.toContain('pronouns');
  });

  it('is a question the real schema does not ask (the copy, not schemas/, has the field)', async () => {
    expect(propertiesOf(resolvedSchema('contract')).map(([key]) => key)).not.toContain('mentorPronouns');
  });
});

describe('fields already in the schema that no code shows by hand', () => {
  it("reach the pull request body: the contract's form revision, a pairing's cohort", async () => {
    const { repository } = validateFiles(await readRepositoryFiles(join(FIXTURES, 'repo')), { today: INTERACTIVE_TODAY });
    const program = repository.programs.get('demo')!.data;
    const contract = {
      program: 'demo',
      pairing: '2026-lee-okafor',
      kind: 'mentoring',
      revision: 'pilot',
      parties: [
        { role: 'mentor', name: 'Jordan Lee', email: 'jordan.lee@example.edu', signed: '2026-02-03' },
        { role: 'mentee', name: 'Ada Okafor', email: 'ada.okafor@example.edu', signed: '2026-02-04' },
      ],
      start: '2026-02-10',
      meetings: { frequency: 'monthly', methods: ['video'] },
    } satisfies Contract;
    expect(contractPullRequestText(contract, program).body).toContain('| Form revision | pilot |');
    const pairing = {
      program: 'demo',
      kind: 'mentoring',
      mentor: { name: 'Jordan Lee', email: 'jordan.lee@example.edu' },
      mentee: { name: 'Ada Okafor', email: 'ada.okafor@example.edu' },
      cohort: '2026',
      status: 'active',
    } as unknown as Pairing;
    const body = pairingPullRequestText(pairing, '2026-lee-okafor', program).body;
    expect(body).toMatch(/\| Cohort[^|]* \| 2026 \|/);
    expect(body).not.toContain('jordan.lee@example.edu');
  });
});

describe('the fields the flow and the pull request body handle by hand', () => {
  const contract = resolvedSchema('contract');
  const keys = (node: JsonSchema | undefined) => propertiesOf(node ?? {}).map(([key]) => key);

  it('are fields of the schema, so that a renamed field is noticed', () => {
    const places = [
      ['', contract],
      ['parties', itemsOf(childSchema(contract, 'parties') ?? {})],
      ['meetings', childSchema(contract, 'meetings')],
    ] as const;
    for (const [at, node] of places) {
      const known = keys(node);
      for (const key of CONTRACT_FIELDS_ASKED[at]) expect(known, `prompts: ${at}.${key}`).toContain(key);
      for (const key of FIELDS_SHOWN_BY_HAND.contract[at]) expect(known, `pull request: ${at}.${key}`).toContain(key);
    }
    for (const key of FIELDS_SHOWN_BY_HAND.pairing['']) expect(keys(resolvedSchema('pairing')), `pairing: ${key}`).toContain(key);
  });
});
