import { describe, expect, it } from 'vitest';
import { buildDesk } from '../../../src/lib/desk/build-desk.ts';
import { formatDesk, formatDeskMarkdown } from '../../../src/lib/desk/format.ts';
import type { DeskItemKind } from '../../../src/lib/desk/items.ts';
import { actionForm, type ActionId } from '../../../src/lib/issue-forms/actions/fields.ts';
import { program, records } from '../../support/pairing-records.ts';

const kinds = (desk: ReturnType<typeof buildDesk>, kind?: DeskItemKind) =>
  desk.programs.flatMap((p) => p.items).filter((item) => !kind || item.kind === kind);

describe('contracts overdue', () => {
  const set = records(program('alao'), [
    { id: '2026-no-contract', pairing: { notified: '2026-01-15' } },
    { id: '2026-has-contract', pairing: { notified: '2026-01-15' }, contract: {} },
    { id: '2026-proposed', pairing: { notified: '2026-01-15', status: 'proposed' } },
    { id: '2026-completed', pairing: { notified: '2026-01-15', status: 'completed' } },
  ]);

  it('lists proposed and active pairs without a contract once the due days have passed', () => {
    const items = kinds(buildDesk(set, '2026-02-15'), 'contract-overdue');
    expect(items.map((item) => item.pairing)).toEqual(['2026-no-contract', '2026-proposed']);
    expect(items[0]).toMatchObject({ due: '2026-02-14' });
    expect(items[0]!.detail).toContain('within 30 days of the pairing notice (1 day overdue)');
  });

  it('lists nothing on the due date itself', () => {
    expect(kinds(buildDesk(set, '2026-02-14'), 'contract-overdue')).toEqual([]);
  });
});

describe('check-ins', () => {
  const alcts = program('alcts', { term: { start: '06-01', end: '04-30' }, checkIns: { everyMonths: 3, method: 'email' } });

  it('lists the latest due check-in that no recorded check-in accounts for', () => {
    const set = records(alcts, [{ id: '2026-due', contract: { start: '2026-06-01' } }]);
    const items = kinds(buildDesk(set, '2026-09-05'), 'check-in-due');
    expect(items).toEqual([expect.objectContaining({ pairing: '2026-due', due: '2026-09-01' })]);
    expect(kinds(buildDesk(set, '2026-08-31'), 'check-in-due')).toEqual([]);
    // Two due dates passed without a check-in: only the latest is listed.
    expect(kinds(buildDesk(set, '2026-12-02'), 'check-in-due').map((item) => item.due)).toEqual(['2026-12-01']);
  });

  it('counts a recorded check-in after the previous due date', () => {
    const set = records(alcts, [
      { id: '2026-done', pairing: { checkIns: ['2026-08-25'] }, contract: { start: '2026-06-01' } },
      { id: '2026-too-early', pairing: { checkIns: ['2026-06-01'] }, contract: { start: '2026-06-01' } },
    ]);
    expect(kinds(buildDesk(set, '2026-09-05'), 'check-in-due').map((item) => item.pairing)).toEqual(['2026-too-early']);
  });

  it('matches each recorded check-in to one due date only', () => {
    const set = records(alcts, [{ id: '2026-once', pairing: { checkIns: ['2026-09-02'] }, contract: { start: '2026-06-01' } }]);
    expect(kinds(buildDesk(set, '2026-09-10'), 'check-in-due')).toEqual([]);
    expect(kinds(buildDesk(set, '2026-12-03'), 'check-in-due').map((item) => item.due)).toEqual(['2026-12-01']);
  });

  it('uses the term start when the pair has no contract yet, and stops at the term end', () => {
    const set = records(alcts, [{ id: '2026-term', pairing: { notified: '2026-04-20' } }]);
    expect(kinds(buildDesk(set, '2026-09-02'), 'check-in-due').map((item) => item.due)).toEqual(['2026-09-01']);
    // Due dates: Sep 1, Dec 1, Mar 1; June 1 is past the April 30 term end.
    expect(kinds(buildDesk(set, '2027-04-20'), 'check-in-due').map((item) => item.due)).toEqual(['2027-03-01']);
  });

  it('says nothing for programs without check-ins or pairs that are not active', () => {
    const set = records(alcts, [{ id: '2026-ended', pairing: { status: 'completed' }, contract: { start: '2026-06-01' } }]);
    expect(kinds(buildDesk(set, '2026-09-05'), 'check-in-due')).toEqual([]);
    const plain = records(program('alao'), [{ id: '2026-plain', contract: { start: '2026-02-10' } }]);
    expect(kinds(buildDesk(plain, '2026-09-05'), 'check-in-due')).toEqual([]);
  });
});

describe('relationships ending', () => {
  const set = records(program('alao'), [
    // 2026-02-10 plus 10 months ends 2026-12-10.
    { id: '2026-ending', contract: { start: '2026-02-10', durationMonths: 10 } },
    { id: '2026-completed', pairing: { status: 'completed' }, contract: { start: '2026-02-10', durationMonths: 10 } },
  ]);

  it('lists an active relationship from 30 days before its end', () => {
    expect(kinds(buildDesk(set, '2026-11-09'), 'relationship-ending')).toEqual([]);
    expect(kinds(buildDesk(set, '2026-11-10'), 'relationship-ending')).toEqual([
      expect.objectContaining({ pairing: '2026-ending', due: '2026-12-10' }),
    ]);
  });

  it('lists an active relationship past its end as still active', () => {
    const items = kinds(buildDesk(set, '2026-12-11'), 'relationship-past-end');
    expect(items).toEqual([expect.objectContaining({ kind: 'relationship-past-end', pairing: '2026-ending', due: '2026-12-10' })]);
  });

  it('ends a term program relationship at the term end', () => {
    const alcts = records(program('alcts', { term: { start: '06-01', end: '04-30' } }), [
      { id: '2026-term', contract: { start: '2026-06-01', durationMonths: 12 } },
    ]);
    expect(kinds(buildDesk(alcts, '2027-04-01'), 'relationship-ending')).toEqual([expect.objectContaining({ due: '2027-04-30' })]);
  });
});

describe('evaluations', () => {
  const cala = program('cala', { evaluations: [{ id: 'program-evaluation', title: 'Program evaluation', due: '05-01' }] });
  const both = (received: string) => ({
    evaluations: [
      { evaluation: 'program-evaluation', role: 'mentor' as const, received },
      { evaluation: 'program-evaluation', role: 'mentee' as const, received },
    ],
  });

  it('lists a dated evaluation from 30 days before it until every response is received, for the pairs whose relationship it falls in', () => {
    const set = records(cala, [
      { id: '2026-active', contract: { start: '2026-02-10' } },
      { id: '2026-later', contract: { start: '2026-06-01' } },
      {
        id: '2025-ended-long-ago',
        pairing: {
          ...both('2025-04-20'),
          status: 'completed',
          history: [
            { date: '2025-01-20', status: 'active', requestedBy: 'coordinator', note: 'Started.' },
            { date: '2025-03-01', status: 'completed', requestedBy: 'both', note: 'Done.' },
          ],
        },
        contract: { start: '2025-02-01', durationMonths: 1 },
      },
      {
        id: '2026-ended-this-year',
        pairing: {
          status: 'completed',
          history: [
            { date: '2026-01-20', status: 'active', requestedBy: 'coordinator', note: 'Started.' },
            { date: '2026-03-01', status: 'completed', requestedBy: 'both', note: 'Done.' },
          ],
        },
        contract: { start: '2026-01-20', durationMonths: 1 },
      },
    ]);
    expect(kinds(buildDesk(set, '2026-03-31'), 'evaluation-due')).toEqual([]);
    const items = kinds(buildDesk(set, '2026-04-01'), 'evaluation-due');
    expect(items.map((item) => item.pairing)).toEqual(['2026-active', '2026-ended-this-year']);
    expect(items[0]).toMatchObject({ due: '2026-05-01' });
    expect(items[0]!.detail).toContain('in 30 days');
    expect(kinds(buildDesk(set, '2026-05-31'), 'evaluation-due').map((item) => item.detail)).toEqual([
      "Program evaluation: due 2026-05-01 (30 days ago); not yet received from the mentor and the mentee; record each response in the pairing's evaluations",
      "Program evaluation: due 2026-05-01 (30 days ago); not yet received from the mentor and the mentee; record each response in the pairing's evaluations",
    ]);
    // Never dropped silently after 30 days: still owed until received.
    expect(kinds(buildDesk(set, '2026-09-01'), 'evaluation-due').map((item) => item.pairing)).toEqual([
      '2026-active',
      '2026-ended-this-year',
    ]);
  });

  it('stops reminding for a person once their response is received, and for the pair once both are', () => {
    const set = records(cala, [
      {
        id: '2026-one',
        pairing: { evaluations: [{ evaluation: 'program-evaluation', role: 'mentee', received: '2026-04-28' }] },
        contract: { start: '2026-02-10' },
      },
      { id: '2026-both', pairing: both('2026-04-30'), contract: { start: '2026-02-10' } },
    ]);
    const items = kinds(buildDesk(set, '2026-05-02'), 'evaluation-due');
    expect(items.map((item) => item.pairing)).toEqual(['2026-one']);
    expect(items[0]!.detail).toContain('not yet received from the mentor;');
  });

  it('lists an evaluation due at the end around the end of the relationship', () => {
    const alao = program('alao', { evaluations: [{ id: 'final-evaluation', title: 'Final evaluation', due: 'end' }] });
    const set = records(alao, [
      { id: '2026-ends', contract: { start: '2026-02-10', durationMonths: 10 } },
      {
        id: '2026-ended-early',
        pairing: {
          status: 'ended-early',
          history: [
            { date: '2026-02-10', status: 'active', requestedBy: 'coordinator', note: 'Started.' },
            { date: '2026-04-02', status: 'ended-early', requestedBy: 'mentee', note: 'Moved away.', coordinatorInformed: '2026-04-02' },
          ],
        },
        contract: { start: '2026-02-10' },
      },
    ]);
    expect(kinds(buildDesk(set, '2026-04-20'), 'evaluation-due').map((item) => [item.pairing, item.due])).toEqual([
      ['2026-ended-early', '2026-04-02'],
    ]);
    expect(kinds(buildDesk(set, '2026-11-10'), 'evaluation-due').map((item) => [item.pairing, item.due])).toEqual([
      ['2026-ended-early', '2026-04-02'],
      ['2026-ends', '2026-12-10'],
    ]);
  });

  it('asks a term program\'s pair only for the assessments of its own term, never the next one (ALCTS: "mid-way through the program")', () => {
    const alcts = program('alcts', {
      term: { start: '06-01', end: '04-30' },
      evaluations: [
        { id: 'midway-assessment', title: 'Mid-way assessment', due: 'midway' },
        { id: 'final-survey', title: 'Final evaluation survey', due: 'end' },
      ],
    });
    const done = (evaluation: string, received: string) => [
      { evaluation, role: 'mentor' as const, received },
      { evaluation, role: 'mentee' as const, received },
    ];
    const set = records(alcts, [
      // The example the issue names: completed on 2026-04-30, both assessments answered.
      {
        id: '2025-finished',
        pairing: {
          notified: '2025-04-17',
          status: 'completed',
          evaluations: [...done('midway-assessment', '2025-11-20'), ...done('final-survey', '2026-04-28')],
          history: [
            { date: '2025-06-01', status: 'active', requestedBy: 'coordinator', note: 'Term began.' },
            { date: '2026-04-30', status: 'completed', requestedBy: 'coordinator', note: 'Term ended.' },
          ],
        },
      },
      { id: '2026-current', pairing: { notified: '2026-04-20' } },
    ]);
    const items = kinds(buildDesk(set, '2026-11-30'), 'evaluation-due');
    // June 1 to April 30 is 333 days: halfway is 2026-11-14.
    expect(items.map((item) => [item.pairing, item.due])).toEqual([['2026-current', '2026-11-14']]);
  });
});

describe('contact hours', () => {
  const alcts = program('alcts', {
    term: { start: '06-01', end: '04-30' },
    contactHours: { min: 2 },
  });
  const set = records(alcts, [
    { id: '2026-low', pairing: { hoursLogged: 1.5 }, contract: { start: '2026-06-01' } },
    { id: '2026-none', contract: { start: '2026-06-01' } },
    { id: '2026-enough', pairing: { hoursLogged: 2 }, contract: { start: '2026-06-01' } },
  ]);

  it('lists pairs below the minimum in the last 30 days of the relationship', () => {
    expect(kinds(buildDesk(set, '2027-03-30'), 'contact-hours-below-minimum')).toEqual([]);
    const items = kinds(buildDesk(set, '2027-04-01'), 'contact-hours-below-minimum');
    expect(items.map((item) => item.pairing)).toEqual(['2026-low', '2026-none']);
    expect(items[0]!.detail).toBe('1.5 of at least 2 contact hours logged, relationship ends 2027-04-30');
  });

  it('says nothing in programs that do not record hours', () => {
    const plain = records(program('alao'), [{ id: '2026-plain', contract: { start: '2026-06-01', durationMonths: 10 } }]);
    expect(kinds(buildDesk(plain, '2027-04-01'), 'contact-hours-below-minimum')).toEqual([]);
  });
});

describe('formats', () => {
  const set = records(program('alao'), [{ id: '2026-no-contract', pairing: { notified: '2026-01-15' } }]);
  const desk = buildDesk(set, '2026-03-01');

  it('prints Markdown with a checkbox per item, pairing ids and no names or emails', () => {
    const markdown = formatDesk(desk, 'markdown');
    expect(markdown).toContain('## ALAO Mentoring Program');
    expect(markdown).toContain('### Contracts overdue');
    expect(markdown).toContain('- [ ] `2026-no-contract`: no contract yet');
    expect(markdown).not.toMatch(/Mentorsson|Menteeford|@example/);
  });

  it('links each item a coordinator settles to its prefilled action form, and the others to nothing', () => {
    const withItems = {
      today: '2026-03-01',
      programs: [
        {
          program: 'alao',
          name: 'ALAO Mentoring (Ohio)',
          items: [
            { kind: 'check-in-due' as const, pairing: '2026-lee-okafor', due: '2026-03-01', detail: 'check-in due' },
            { kind: 'contact-hours-below-minimum' as const, pairing: '2026-lee-okafor', due: '2026-03-01', detail: 'hours low' },
            { kind: 'relationship-past-end' as const, pairing: '2026-lee-okafor', due: '2026-03-01', detail: 'past its end' },
            { kind: 'contract-overdue' as const, pairing: '2026-no-contract', due: '2026-03-01', detail: 'no contract yet' },
          ],
        },
      ],
    };
    const markdown = formatDeskMarkdown(withItems, { serverUrl: 'https://github.com', repository: 'assoc/mentoring' });
    const links = [...markdown.matchAll(/\[(record the [a-z -]+)\]\((\S+)\)\)/g)].map((match) => [match[1], new URL(match[2]!)] as const);
    expect(links.map(([text, url]) => [text, url.searchParams.get('template')])).toEqual([
      ['record the check-in', 'action-check-in.yml'],
      ['record the status change', 'action-status-change.yml'],
      ['record the contact hours', 'action-contact-hours.yml'],
    ]);
    for (const [, url] of links) {
      expect(url.pathname).toBe('/assoc/mentoring/issues/new');
      // The program by its name (the form's dropdown option) and the pairing by id, as the action form's fields read them.
      expect(url.searchParams.get('program')).toBe('ALAO Mentoring (Ohio)');
      expect(url.searchParams.get('pairing')).toBe('2026-lee-okafor');
    }
    expect(markdown).toContain('- [ ] `2026-no-contract`: no contract yet\n');
    expect(formatDeskMarkdown(withItems)).not.toContain('record the');
  });

  it("links an overdue step and an owed evaluation to their action forms, with the program's step or evaluation chosen", () => {
    const withSteps = program('alao', {
      steps: [{ id: 'welcome-sent', title: 'Welcome message sent', by: 'mentor', due: { days: 14, after: 'notified' } }],
      evaluations: [{ id: 'final-survey', title: 'Final survey', due: 'end' }],
    });
    const set = records(withSteps, [{ id: '2026-lee-okafor', contract: { start: '2026-02-01', durationMonths: 2 } }]);
    const desk = buildDesk(set, '2026-03-20');
    const markdown = formatDeskMarkdown(desk, { serverUrl: 'https://github.com', repository: 'assoc/mentoring' });
    const links = [...markdown.matchAll(/\[(record the (?:step|response))\]\((\S+)\)\)/g)].map(
      (match) => [match[1], new URL(match[2]!)] as const,
    );
    expect(links.map(([text, url]) => [text, url.searchParams.get('template')])).toEqual([
      ['record the response', 'action-evaluation-received.yml'],
      ['record the step', 'action-step-done.yml'],
    ]);
    const [evaluationUrl, stepUrl] = links.map(([, url]) => url);
    // Each prefilled answer is one of the options of the form generated for these programs.
    const options = (action: ActionId, field: string) =>
      actionForm(action)
        .fields([withSteps])
        .find((candidate) => candidate.id === field)
        ?.options?.map((option) => option.label);
    expect(stepUrl!.searchParams.get('step')).toBe('ALAO Mentoring Program: Welcome message sent');
    expect(options('step-done', 'step')).toContain(stepUrl!.searchParams.get('step'));
    expect(evaluationUrl!.searchParams.get('evaluation')).toBe('ALAO Mentoring Program: Final survey');
    expect(options('evaluation-received', 'evaluation')).toContain(evaluationUrl!.searchParams.get('evaluation'));
    for (const url of [stepUrl!, evaluationUrl!]) {
      expect(url.searchParams.get('program')).toBe('ALAO Mentoring Program');
      expect(url.searchParams.get('pairing')).toBe('2026-lee-okafor');
    }
  });

  it('prints text and JSON', () => {
    expect(formatDesk(desk, 'text')).toContain(
      'ALAO Mentoring Program (alao): 1 item\n  Contracts overdue:\n    2026-no-contract: no contract yet',
    );
    expect(JSON.parse(formatDesk(desk, 'json'))).toMatchObject({
      today: '2026-03-01',
      programs: [{ program: 'alao', items: [{ kind: 'contract-overdue' }] }],
    });
  });

  it('lists the files with errors it had to leave out, so that their items are not silently missing', () => {
    const withBroken = buildDesk(set, '2026-03-01', ['content/contracts/alao/2026-broken.yaml']);
    expect(formatDesk(withBroken, 'text')).toMatch(
      /\n\nFiles with errors, left out until fixed \(npm run validate says what is wrong\):\n {2}content\/contracts\/alao\/2026-broken\.yaml\n$/,
    );
    expect(formatDesk(withBroken, 'markdown')).toMatch(
      /\n## Files with errors, left out until fixed .*\n\n- \[ \] `content\/contracts\/alao\/2026-broken\.yaml`\n$/,
    );
    expect(JSON.parse(formatDesk(withBroken, 'json')).leftOut).toEqual(['content/contracts/alao/2026-broken.yaml']);
    expect(formatDesk(desk, 'text')).not.toContain('left out');
    expect(desk.leftOut).toBeUndefined();
  });

  it('lists no item for a relationship whose pairing or contract it left out', () => {
    const pairingFile = set.pairings.get('alao/2026-no-contract')!.file;
    const withBroken = buildDesk(set, '2026-03-01', [pairingFile]);
    expect(withBroken.programs.flatMap((program) => program.items)).toEqual([]);
    expect(withBroken.leftOut).toEqual([pairingFile]);
    expect(formatDesk(withBroken, 'text')).not.toContain('2026-no-contract: no contract yet');
  });

  it('says when there is nothing to do', () => {
    const empty = buildDesk(records(program('alao'), []), '2026-03-01');
    expect(formatDesk(empty, 'markdown')).toContain('nothing');
    expect(formatDesk(empty, 'text')).toContain('nothing to do');
  });
});
