/**
 * The interactive flows, driven with scripted answers through the same
 * command function the scripts run: questions worded by the schemas, choices
 * limited by program.yaml, dates checked as typed, and the result on the
 * GitHub-shaped server.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useCommandFixture } from './command-fixture.ts';
import { contractAnswers, interactiveRunner } from './interactive-run.ts';

const fixture = useCommandFixture();
const runInteractively = interactiveRunner(fixture);

describe('contract:new, interactive', () => {
  it('refuses a public repository before asking anything, so that no answer is typed for nothing', async () => {
    fixture.github.visibility = 'public';
    const { code, stderr, prompts } = await runInteractively('contract', contractAnswers());
    expect(code).toBe(2);
    expect(stderr).toMatch(/^contract:new: Nothing was written: the repository tandem-test\/mentoring is public, .*\n$/);
    expect(prompts.asked).toEqual([]);
    expect(fixture.github.writeRequests()).toEqual([]);
  });

  it('asks field by field, shows the YAML, and opens the pull request', async () => {
    const { code, stdout, stderr, prompts } = await runInteractively('contract', contractAnswers());

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompts.unused()).toEqual([]);
    expect(stdout.trimEnd().split('\n').pop()).toBe(`${fixture.github.url}/${fixture.github.slug}/pull/1`);

    const committed = fixture.github.fileOn('tandem/contract-b7e2145cc173', 'content/contracts/demo/2026-lee-okafor.yaml') as string;
    expect(stdout).toContain(committed.trimEnd());
    expect(committed).toContain('phone: "+1 614 555 0142"');
    expect(parse(committed)).toEqual({
      program: 'demo',
      pairing: '2026-lee-okafor',
      kind: 'mentoring',
      parties: [
        { role: 'mentor', name: 'Jordan Lee', email: 'jordan.lee@example.edu', phone: '+1 614 555 0142', signed: '2026-02-03' },
        { role: 'mentee', name: 'Ada Okafor', email: 'ada.okafor@example.edu', signed: '2026-02-04' },
      ],
      goals: ['Prepare a dossier for continuing appointment', 'Present a poster at the state conference'],
      start: '2026-02-10',
      durationMonths: 10,
      // In the program's order, as the real checkbox returns them.
      meetings: { frequency: 'monthly', methods: ['phone', 'video'] },
      activities: ['Leadership'],
      contactHours: 12,
    });
    expect(fixture.github.pulls()).toHaveLength(1);
  });

  it("words every question from the schema and offers only the program's options", async () => {
    const { prompts } = await runInteractively('contract', contractAnswers());
    const asked = (pattern: RegExp) => prompts.asked.find((question) => pattern.test(question.message));

    expect(asked(/^Program/)?.choices).toEqual([{ value: 'demo', name: 'Demo Mentoring Program (demo)' }]);
    expect(asked(/^Pairing id/)?.choices).toEqual([
      { value: '2026-lee-okafor', name: '2026-lee-okafor: Jordan Lee and Ada Okafor' },
      { value: '2026-novak-sato', name: '2026-novak-sato: Mira Novak and Ken Sato' },
    ]);
    expect(asked(/^Frequency of meetings \(How often the pair meets: /)?.choices).toEqual([
      { value: 'weekly', name: 'Weekly' },
      { value: 'biweekly', name: 'Every two weeks' },
      { value: 'monthly', name: 'Monthly' },
    ]);
    expect(asked(/^Communication methods/)?.choices?.map((choice) => choice.name)).toEqual(['In person', 'Phone', 'Video call']);
    expect(asked(/^Activities/)?.choices?.map((choice) => choice.value)).toEqual([
      'Research and publication',
      'Leadership',
      'Conference presentations',
    ]);
    expect(asked(/^Goal 1 of at most 3/)).toBeDefined();
    expect(asked(/^Goal 3 of at most 3 .*\(Enter to finish\)$/)).toBeDefined();
    expect(asked(/^Mentor Jordan Lee: Date signed/)?.rejected).toEqual([
      '2026-02-30 is not a day of the calendar.',
      '2026-04-01 is in the future (today is 2026-03-10).',
      '2026-01-10 is before 2026-01-15.',
    ]);
    expect(asked(/^Start date/)?.rejected).toEqual(['Write the date as YYYY-MM-DD, for example 2026-02-10.']);
    expect(asked(/^Duration of commitment \(months\) from 1 to 24, DEMO suggests at most 12 but the choice is yours/)?.rejected).toEqual([
      'Type a number from 1 to 24.',
    ]);
    expect(asked(/^Committed contact hours at least 10/)?.rejected).toEqual(['Type a number from 10 to 500.']);
  });

  it('sends nothing when the coordinator declines the YAML', async () => {
    const { code, stderr } = await runInteractively('contract', { ...contractAnswers(), 'Open a pull request': false });
    expect(code).toBe(1);
    expect(stderr).toBe('contract:new: Cancelled: nothing was sent to GitHub.\n');
    // Only the repository's visibility was read, before the questions.
    expect(fixture.github.requests.map((request) => `${request.method} ${request.route}`)).toEqual(['GET /repos/{owner}/{repo}']);
  });
});

describe('pairing:new, interactive', () => {
  it('asks for the people and proposes the id made from the surnames', async () => {
    const { code, stderr, prompts } = await runInteractively('pairing', {
      Program: 'demo',
      'Kind of mentoring': 'peer',
      'Peers 1: Name': 'Zoë Ångström',
      'Peers 1: Email': 'zoe@example.edu',
      'Peers 2: Name': "Liam O'Brien",
      'Peers 2: Email': 'liam@example.edu',
      Notified: '', // the default, today
      Status: 'active',
      'Pairing id': '', // the proposed one
      'Open a pull request': true,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompts.unused()).toEqual([]);
    const idQuestion = prompts.asked.find((question) => question.message.startsWith('Pairing id'));
    expect(idQuestion?.default).toBe('2026-angstrom-o-brien');
    expect(prompts.asked.find((question) => question.message.startsWith('Kind of mentoring'))?.choices).toEqual([
      { value: 'mentoring', name: 'Mentor and mentee' },
      { value: 'peer', name: 'Peer mentoring' },
    ]);
    const committed = fixture.github.fileOn('tandem/pairing-01b70eff970b', 'content/pairings/demo/2026-angstrom-o-brien.yaml') as string;
    expect(parse(committed)).toEqual({
      program: 'demo',
      kind: 'peer',
      peers: [
        { name: 'Zoë Ångström', email: 'zoe@example.edu' },
        { name: "Liam O'Brien", email: 'liam@example.edu' },
      ],
      notified: '2026-03-10',
      status: 'active',
    });
    expect(fixture.github.pulls()[0]?.labels).toEqual(['pairing', 'program:demo']);
  });
});
