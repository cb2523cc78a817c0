/**
 * Participant text reaches pull request bodies and issue comments inert: it
 * pings nobody, links no issue, and carries no HTML, image or link.
 */
import { describe, expect, it } from 'vitest';
import { inertMarkdown } from '../../../src/lib/github/inert-markdown.ts';
import { invalidActionComment } from '../../../src/lib/issue-forms/actions/comment.ts';
import { contractPullRequestText, pairingPullRequestText } from '../../../src/lib/submit/pull-request-text.ts';
import type { Contract, Pairing, Program } from '../../../src/lib/types.generated.ts';

const HOSTILE =
  '@octocat and @org/team see #1, owner/repo#2 <img src=x onerror=alert(1)> ![p](https://tracker.example/p.png) [click](https://evil.example) | **bold** <!-- hidden -->';

/** What GitHub would turn into a mention, a reference, a tag, an image or a link. */
function expectInert(markdown: string): void {
  expect(markdown).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
  expect(markdown).not.toMatch(/#\d/);
  expect(markdown).not.toMatch(/<[a-z!/]/i);
  expect(markdown).not.toMatch(/(^|[^\\])!\[/);
  expect(markdown).not.toMatch(/(^|[^\\])\]\(/);
}

describe('inertMarkdown', () => {
  it('breaks mentions, references, HTML, images and links, and keeps the words', () => {
    const inert = inertMarkdown(HOSTILE);
    expectInert(inert);
    expect(
      inert
        .replace(/\u200D/g, '')
        .replace(/\\(.)/g, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    ).toBe(HOSTILE);
  });

  it('replaces control characters and direction overrides', () => {
    expect(inertMarkdown('Ada\u202Eakafo\u0007')).toBe('Ada\uFFFDakafo\uFFFD');
  });

  it('keeps text on one line', () => {
    expect(inertMarkdown('one\n\n## two\r\n- three')).toBe('one #\u200D#\u200D two - three');
  });
});

const program = { id: 'demo', name: 'Demo Program', shortName: 'DEMO', coordinators: [] } as unknown as Program;

describe('pull request bodies and comments', () => {
  it('carry participant names, goals and activities inert', () => {
    const contract = {
      program: 'demo',
      pairing: '2026-lee-okafor',
      kind: 'mentoring',
      parties: [
        { role: 'mentor', name: '@octocat <b>Lee</b>', email: 'l@example.org', signed: '2026-02-01' },
        { role: 'mentee', name: 'Ada #12', email: 'a@example.org', signed: '2026-02-02' },
      ],
      goals: [HOSTILE],
      additionalGoals: [HOSTILE],
      activities: [HOSTILE],
      start: '2026-02-10',
      durationMonths: 6,
      meetings: { frequency: 'monthly', methods: ['video'] },
    } as unknown as Contract;
    expectInert(contractPullRequestText(contract, program).body);
    const pairing = {
      program: 'demo',
      kind: 'peer',
      peers: [{ name: '@a' }, { name: '#3' }],
      notified: '2026-01-10',
      status: 'active',
    } as unknown as Pairing;
    expectInert(pairingPullRequestText(pairing, '2026-a-b', program).body);
  });

  it('quote form answers inert in the IssueOps comment', () => {
    const comment = invalidActionComment('Check-in', [
      { label: 'Pairing', message: `The pairing “${HOSTILE}” has no file in this program's pairings folder.` },
    ]);
    // The first line is the bot's own hidden marker.
    expectInert(comment.split('\n').slice(1).join('\n'));
  });
});
