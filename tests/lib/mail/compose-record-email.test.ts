/**
 * The email of a record filled in online: subject, readable summary, the
 * record between the markers exactly as its file holds it, and the mailto
 * link (RFC 6068 encoding, CRLF line breaks) or none when it is too long.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeRecordEmail, MAILTO_URL_LIMIT } from '../../../src/lib/mail/compose-record-email.ts';
import { parseRecordMessage, RECORD_BEGIN, RECORD_END } from '../../../src/lib/mail/record-message.ts';
import { recordYaml } from '../../../src/lib/forms/online/record-yaml.ts';
import { applicationSummary, contractSummary } from '../../../src/lib/mail/record-summary.ts';

const application = {
  program: 'alcts',
  cycle: 2027,
  name: 'Zoë Okafor-Brandt',
  email: 'zoe+mentoring@example.edu',
  roles: ['mentee'],
  interests: ['Cataloging & metadata', 'Préservation'],
  careerStage: 'early',
  methods: ['video'],
  submitted: '2026-12-01',
};
const yaml = recordYaml(application);

/** The record between the markers of a body. */
function recordOf(body: string): string {
  const start = body.indexOf(`${RECORD_BEGIN}\n`);
  const end = body.indexOf(`\n${RECORD_END}`);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return body.slice(start + RECORD_BEGIN.length + 1, end + 1);
}

/** To, subject and body as a mail app reads them from the link. */
function openLink(url: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(url);
  if (!match) throw new Error(`not a mailto link with subject and body: ${url.slice(0, 80)}`);
  return { to: decodeURIComponent(match[1]!), subject: decodeURIComponent(match[2]!), body: decodeURIComponent(match[3]!) };
}

describe('composeRecordEmail', () => {
  const email = composeRecordEmail({
    kind: 'application',
    recordId: '2027-okafor-brandt',
    summary: applicationSummary(application, { name: 'ALCTS Mentoring Program' }),
    yaml,
    to: 'mentoring+intake@example.org',
  });

  it('names the kind and the record id in the subject, and sends to the intake address', () => {
    expect(email.subject).toBe('Application: 2027-okafor-brandt');
    expect(email.to).toBe('mentoring+intake@example.org');
    expect(composeRecordEmail({ kind: 'contract', recordId: '2026-lee-okafor', summary: [], yaml, to: 'a@b.org' }).subject).toBe(
      'Contract: 2026-lee-okafor',
    );
  });

  it('starts with the summary a person reads, then the record between the markers, unchanged', () => {
    expect(email.body.split('\n')[0]).toBe(
      'An application to the ALCTS Mentoring Program (2027 cycle) from Zoë Okafor-Brandt <zoe+mentoring@example.edu>, as a mentee.',
    );
    expect(recordOf(email.body)).toBe(yaml);
    expect(parse(recordOf(email.body))).toEqual(application);
    expect(email.body.endsWith(`${RECORD_END}\n`)).toBe(true);
  });

  it('opens the mail app with the same To, subject and body (CRLF line breaks, UTF-8, nothing lost)', () => {
    expect(email.mailtoUrl).not.toBeNull();
    const url = email.mailtoUrl!;
    expect(url.startsWith('mailto:mentoring%2Bintake@example.org?subject=Application%3A%202027-okafor-brandt&body=')).toBe(true);
    expect(url).toContain('%0D%0A');
    // Every line break is CRLF: no bare %0A once the CRLFs are taken out.
    expect(url.split('%0D%0A').join('')).not.toContain('%0A');
    const opened = openLink(url);
    expect(opened.to).toBe(email.to);
    expect(opened.subject).toBe(email.subject);
    expect(opened.body.replace(/\r\n/g, '\n')).toBe(email.body);
    expect(opened.body.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('offers no link past MAILTO_URL_LIMIT characters, and the same text to copy', () => {
    const base = { kind: 'contract' as const, recordId: '2026-lee-okafor', summary: ['A contract.'], to: 'intake@example.org' };
    const sized = (length: number) => composeRecordEmail({ ...base, yaml: `notes: "${'x'.repeat(length)}"\n` });
    // The longest yaml whose link still fits, found by growing it one character at a time.
    let length = 0;
    while (sized(length + 1).mailtoUrl !== null) length += 1;
    expect(sized(length).mailtoUrl!.length).toBe(MAILTO_URL_LIMIT);
    const long = sized(length + 1);
    expect(long.mailtoUrl).toBeNull();
    expect(recordOf(long.body)).toBe(`notes: "${'x'.repeat(length + 1)}"\n`);
    expect(long.subject).toBe('Contract: 2026-lee-okafor');
  });

  it('counts the encoded length: a short record in a non-Latin script can be too long', () => {
    const chinese = composeRecordEmail({
      kind: 'application',
      recordId: '2027-li',
      summary: [],
      yaml: `notes: "${'导师计划'.repeat(60)}"\n`,
      to: 'intake@example.org',
    });
    expect(chinese.body.length).toBeLessThan(600);
    expect(chinese.mailtoUrl).toBeNull();
  });

  it('keeps each summary line on one line and normalises the record to LF line ends', () => {
    const composed = composeRecordEmail({
      kind: 'contract',
      recordId: 'x',
      summary: ['one\n  two', '', 'three'],
      yaml: 'a: 1\r\nb: 2\r\n\r\n',
      to: 'intake@example.org',
    });
    expect(composed.body.split('\n').slice(0, 2)).toEqual(['one two', 'three']);
    expect(recordOf(composed.body)).toBe('a: 1\nb: 2\n');
  });
});

describe('contractSummary', () => {
  it('names the pairing, the program, the parties and the plan', () => {
    const lines = contractSummary(
      {
        program: 'alao',
        pairing: '2026-lee-okafor',
        parties: [
          { role: 'mentor', name: 'Jordan Lee', email: 'j@example.edu' },
          { role: 'mentee', name: 'Ada Okafor', email: 'a@example.edu' },
        ],
        goals: ['one', 'two'],
        start: '2026-02-10',
        durationMonths: 10,
      },
      { name: 'ALAO Mentoring Program' },
    );
    expect(lines).toEqual([
      'The contract of pairing 2026-lee-okafor in the ALAO Mentoring Program, between Jordan Lee (mentor) and Ada Okafor (mentee).',
      '2 goals, starting 2026-02-10, for 10 months.',
    ]);
  });

  it('leaves out what the record does not say', () => {
    expect(contractSummary({ goals: ['one'] }, { name: 'P' })).toEqual(['The contract in the P.', '1 goal.']);
  });
});

describe('one format for the site and the inbox', () => {
  it('the email the site composes is the message the inbox reads back: same kind, id and record', () => {
    const yaml = 'program: alao\npairing: 2026-lee-okafor\n';
    const email = composeRecordEmail({
      kind: 'contract',
      recordId: '2026-lee-okafor',
      summary: ['A contract.'],
      yaml,
      to: 'mentoring@example.org',
    });
    const read = parseRecordMessage({ subject: email.subject, text: email.body });
    expect(read).toEqual({ status: 'record', kind: 'contract', id: '2026-lee-okafor', yaml });
  });
});
