import { describe, expect, it } from 'vitest';
import {
  buildRecordMessage,
  extractRecordBlock,
  parseRecordMessage,
  parseRecordSubject,
  RECORD_BEGIN,
  RECORD_END,
  recordSubject,
} from '../../../src/lib/mail/record-message.ts';

const YAML = 'program: "alcts"\ncycle: 2027\nname: "Ada Okafor"\nroles:\n  - "mentee"\n';

describe('record message format', () => {
  it('names the kind and id in the subject', () => {
    expect(recordSubject('application', '2027-okafor')).toBe('Application: 2027-okafor');
    expect(recordSubject('contract', '2026-lee-okafor')).toBe('Contract: 2026-lee-okafor');
  });

  it('reads a subject back, through reply and forward prefixes and any case', () => {
    expect(parseRecordSubject('Application: 2027-okafor')).toEqual({ kind: 'application', id: '2027-okafor' });
    expect(parseRecordSubject('Re: Fwd: contract:  2026-Lee-Okafor ')).toEqual({ kind: 'contract', id: '2026-lee-okafor' });
    expect(parseRecordSubject('AW: Application: 2027-okafor')).toEqual({ kind: 'application', id: '2027-okafor' });
  });

  it('reads no record in other subjects', () => {
    expect(parseRecordSubject('Out of office: Application: 2027-okafor')).toBeUndefined();
    expect(parseRecordSubject('Application')).toBeUndefined();
    expect(parseRecordSubject('Invoice: 123 456')).toBeUndefined();
    expect(parseRecordSubject('Application: ../../etc/passwd')).toBeUndefined();
  });

  it('builds a body a human reads first, then the record between the markers, and reads it back unchanged', () => {
    const message = buildRecordMessage({
      kind: 'application',
      id: '2027-okafor',
      summary: 'Ada Okafor applies to ALCTS, cycle 2027.',
      yaml: YAML,
    });
    expect(message.subject).toBe('Application: 2027-okafor');
    expect(message.body.split('\n')[0]).toBe('Ada Okafor applies to ALCTS, cycle 2027.');
    expect(message.body).toContain(`${RECORD_BEGIN}\n${YAML}${RECORD_END}\n`);
    expect(parseRecordMessage({ subject: message.subject, text: message.body })).toEqual({
      status: 'record',
      kind: 'application',
      id: '2027-okafor',
      yaml: YAML,
    });
  });

  it('reads the record through CRLF, non-breaking spaces and a quote prefix', () => {
    const quoted = `Sending again.\r\n\r\n> Summary\r\n> ${RECORD_BEGIN}\r\n> program: "alcts"\r\n> roles:\r\n>  \u00a0- "mentee"\r\n> ${RECORD_END}\r\n`;
    expect(extractRecordBlock(quoted)).toEqual({ yaml: 'program: "alcts"\nroles:\n  - "mentee"\n' });
  });

  it('says what is missing when the subject names a record and the body does not hold it', () => {
    expect(parseRecordMessage({ subject: 'Contract: 2026-lee-okafor', text: 'see attachment' })).toEqual({
      status: 'no-record',
      kind: 'contract',
      id: '2026-lee-okafor',
      problem: `the message has no line "${RECORD_BEGIN}" before the record`,
    });
    const cut = parseRecordMessage({ subject: 'Contract: 2026-lee-okafor', text: `${RECORD_BEGIN}\nprogram: alao\n` });
    expect(cut).toMatchObject({ status: 'no-record', problem: expect.stringContaining('cut short') });
    const empty = parseRecordMessage({ subject: 'Contract: 2026-lee-okafor', text: `${RECORD_BEGIN}\n\n${RECORD_END}\n` });
    expect(empty).toMatchObject({ status: 'no-record', problem: 'nothing is written between the two marker lines' });
  });

  it('leaves any other message alone', () => {
    expect(parseRecordMessage({ subject: 'Lunch?', text: `${RECORD_BEGIN}\nx: 1\n${RECORD_END}` })).toEqual({ status: 'other' });
  });
});
