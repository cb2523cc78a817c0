import { describe, expect, it } from 'vitest';
import { contractFormFields } from '../../src/lib/issue-forms/fields.ts';
import { contractDraftYaml, issueSections, listItems, parseContractRequest } from '../../src/lib/issue-forms/parse.ts';
import { fixture, fixturePrograms, repositoryPrograms } from './programs.ts';

const programs = repositoryPrograms();
// Programs shaped as program.yaml was before issue 10 (numbered goals, a duration range, an ALCTS contract): the parser's
// handling of such fields is tested on them, since the real CALA and ALCTS documents ask for neither.
const legacy = fixturePrograms();

describe('parseContractRequest on bodies as GitHub renders them', () => {
  it('reads every answer of an ALAO form: multi-line goal, list in a text area, an empty phone, ticked boxes', () => {
    const request = parseContractRequest(fixture('alao-mentoring.md'), programs);
    expect(request.problems).toEqual([]);
    expect(request.program?.id).toBe('alao');
    expect(request.contract).toEqual({
      program: 'alao',
      pairing: '2026-brightwater-osei',
      kind: 'mentoring',
      parties: [
        {
          role: 'mentor',
          name: 'Marguerite Brightwater',
          email: 'marguerite.brightwater@example.edu',
          phone: '+1 614 555 0177',
          signed: '2026-02-03',
        },
        { role: 'mentee', name: 'Kwame Osei', email: 'kwame.osei@example.edu', signed: '2026-02-04' },
      ],
      goals: [
        'Prepare a dossier for continuing appointment,\nwith a draft reviewed by the mentor before the October deadline.',
        'Present a poster at the state conference',
      ],
      additionalGoals: [
        'Join an ALAO interest group',
        "Write a short article for the newsletter about the library's open educational resources work",
        "Shadow a reference shift at the mentor's library",
      ],
      start: '2026-02-10',
      durationMonths: 10,
      meetings: { frequency: 'monthly', methods: ['email', 'other'] },
    });
  });

  it('writes the draft as YAML in the schema order, dates as plain scalars, nothing lost', () => {
    const yaml = contractDraftYaml(parseContractRequest(fixture('alao-mentoring.md'), programs).contract);
    expect(
      yaml
        .split('\n')
        .filter((line) => /^\S/.test(line))
        .map((line) => line.split(':')[0]),
    ).toEqual(['program', 'pairing', 'kind', 'parties', 'goals', 'additionalGoals', 'start', 'durationMonths', 'meetings']);
    expect(yaml).toContain('start: 2026-02-10\n');
    expect(yaml).toContain('signed: 2026-02-03\n');
    expect(yaml).toContain('with a draft reviewed by the mentor before the October deadline.');
  });

  it('reads a CRLF body with activity checkboxes, a numbered list inside a goal and a phone that looks like a number', () => {
    const request = parseContractRequest(fixture('cala-mentoring-crlf.md'), legacy);
    expect(request.problems).toEqual([]);
    expect(request.contract['goals']).toEqual([
      'Build a research agenda in three steps:\n1. read the literature on bilingual collections\n2. draft a survey\n3. present the findings',
      'Apply for a CALA travel grant',
    ]);
    expect(request.contract['activities']).toEqual(['Introducing grant opportunities', 'Developing a research topic']);
    expect(request.contract['meetings']).toEqual({ frequency: 'biweekly', methods: ['email', 'video'] });
    expect(request.contract['durationMonths']).toBe(8);
    const parties = request.contract['parties'] as Record<string, unknown>[];
    expect(parties[0]).not.toHaveProperty('phone');
    expect(parties[1]?.['phone']).toBe('0791234567');
    // Quoted in YAML, so the phone stays text instead of becoming the number 791234567.
    expect(contractDraftYaml(request.contract)).toMatch(/phone: "0791234567"|phone: '0791234567'/);
  });

  it('reads an answer typed in quotes without them (the way a YAML file writes a phone number)', () => {
    const body = fixture('alao-mentoring.md')
      .replace('+1 614 555 0177', '"+1 614 555 0177"')
      .replace('kwame.osei@example.edu', '“kwame.osei@example.edu”');
    const request = parseContractRequest(body, programs);
    const parties = request.contract['parties'] as Record<string, unknown>[];
    expect(parties[0]?.['phone']).toBe('+1 614 555 0177');
    expect(parties[1]?.['email']).toBe('kwame.osei@example.edu');
  });

  it('keeps a heading typed inside an answer as part of that answer and reads decimal contact hours', () => {
    const request = parseContractRequest(fixture('alcts-mentoring.md'), legacy);
    expect(request.problems).toEqual([]);
    expect(request.contract['goals']).toEqual([
      'Learn to plan a serials cancellation project',
      '### Not a section: a heading typed inside an answer\nLead a working group of the section',
    ]);
    expect(request.contract['contactHours']).toBe(2.5);
    expect((request.contract['parties'] as Record<string, unknown>[])[0]?.['phone']).toBe('(312) 555-0199');
  });

  it('leaves values the schema refuses in the draft, for the validator to name, and empty required answers out', () => {
    const request = parseContractRequest(fixture('alao-invalid.md'), programs);
    expect(request.problems).toEqual([]);
    expect(request.contract['durationMonths']).toBe('about a year');
    expect((request.contract['parties'] as Record<string, unknown>[])[1]?.['signed']).toBe('2026-02-30');
    expect(request.contract['meetings']).toEqual({ frequency: 'monthly' });
    expect(request.contract).not.toHaveProperty('additionalGoals');
  });

  it('says so, in a sentence, when the body was not written with a contract form', () => {
    const request = parseContractRequest(fixture('not-a-form.md'), programs);
    expect(request.program).toBeUndefined();
    expect(request.contract).toEqual({});
    expect(request.problems).toEqual([expect.stringMatching(/no “Program” answer: open it with one of the contract forms/)]);
  });

  it('refuses a huge answer by its field, before any draft is made', () => {
    const body = fixture('alao-mentoring.md').replace('Present a poster at the state conference', 'x'.repeat(2_000_000));
    const request = parseContractRequest(body, programs);
    expect(request.problems).toEqual(['“Goal 2” is too long: 2,000,000 characters, at most 5,000 per answer. Shorten it.']);
    expect(request.contract['goals']).toHaveLength(1);
  });

  it('does not echo a long or odd program answer (it is participant text)', () => {
    for (const answer of ['x'.repeat(500), '<img src=x> @someone']) {
      const request = parseContractRequest(`### Program\n\n${answer}\n\n### Pairing id\n\n2026-a-b`, programs);
      expect(request.problems).toHaveLength(1);
      expect(request.problems[0]).not.toContain(answer);
      expect(request.problems[0]).toMatch(/^The “Program” answer is not one of this repository's programs: /);
    }
  });

  it('names an unknown program', () => {
    const request = parseContractRequest('### Program\n\nSome Other Program\n\n### Pairing id\n\n2026-a-b', programs);
    expect(request.problems).toEqual(["The program “Some Other Program” is not one of this repository's programs."]);
  });

  it('reports a ticked box that is not one of the options and a required section that is missing', () => {
    const body = fixture('alao-mentoring.md')
      .replace('- [X] Email', '- [X] Carrier pigeon')
      .replace(/### Start date\n\n2026-02-10\n\n/, '');
    const request = parseContractRequest(body, programs);
    expect(request.problems).toEqual([
      'The issue has no “Start date” section: it was not written with the current ALAO Mentoring Program contract form.',
      "“Communication methods” has a ticked box “Carrier pigeon” that is not one of the form's options.",
    ]);
    expect((request.contract['meetings'] as Record<string, unknown>)['methods']).toEqual(['other']);
  });

  it('accepts the option value itself in a dropdown answer and an unticked group as no answer', () => {
    const body = fixture('alao-mentoring.md')
      .replace('### Frequency of meetings\n\nMonthly', '### Frequency of meetings\n\nquarterly')
      .replace('- [X] Email\n- [X] Other online communication', '- [ ] Email\n- [ ] Other online communication');
    const request = parseContractRequest(body, programs);
    expect(request.contract['meetings']).toEqual({ frequency: 'quarterly' });
  });
});

describe('issueSections and listItems', () => {
  it("starts sections only at known labels and strips GitHub's empty marker", () => {
    const sections = issueSections('### A\n\n_No response_\n\n### B\n\ntext\n### C\nmore', new Set(['A', 'B']));
    expect([...sections]).toEqual([
      ['A', ''],
      ['B', 'text\n### C\nmore'],
    ]);
  });

  it('reads bullet, starred, numbered and task list items, joins wrapped lines, and plain lines one per item', () => {
    expect(listItems('- one\n  wrapped\n* two\n1. three\n2) four\n- [x] five')).toEqual(['one wrapped', 'two', 'three', 'four', 'five']);
    expect(listItems('first goal\n\nsecond goal')).toEqual(['first goal', 'second goal']);
  });
});

describe('the form fields', () => {
  it('have unique labels and ids in every program, since the body is read back by label', () => {
    for (const program of programs) {
      const fields = contractFormFields(program);
      expect(new Set(fields.map((field) => field.label)).size, program.id).toBe(fields.length);
      expect(new Set(fields.map((field) => field.id)).size, program.id).toBe(fields.length);
      for (const field of fields) expect(field.id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });
});
