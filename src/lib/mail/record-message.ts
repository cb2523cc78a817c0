/**
 * The one format of a record sent by email: the site's "Send by email"
 * composes it, `npm run inbox` reads it. The subject names the kind and the
 * record id (`Application: 2027-okafor`, `Contract: 2026-lee-okafor`); the
 * body is a short summary a human reads, then the record's YAML between two
 * marker lines. Pure: it ships to the browser too, so no dependency.
 *
 * Reading is forgiving of what mail programs do to a body on the way: CRLF
 * line ends, non-breaking spaces where the YAML was indented, a quote prefix
 * (`> `) when the person forwards or resends their own message, and a
 * `Re:`/`Fwd:` in front of the subject.
 */
export type RecordMessageKind = 'application' | 'contract';

const RECORD_MESSAGE_KINDS: readonly RecordMessageKind[] = ['application', 'contract'];

export const RECORD_BEGIN = '----- BEGIN TANDEM RECORD -----';
export const RECORD_END = '----- END TANDEM RECORD -----';

const SUBJECT_WORD: Record<RecordMessageKind, string> = { application: 'Application', contract: 'Contract' };

/** A record id as the repository names files: lower case words, digits and hyphens. */
const RECORD_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** `Application: 2027-okafor` */
export function recordSubject(kind: RecordMessageKind, id: string): string {
  return `${SUBJECT_WORD[kind]}: ${id}`;
}

/** Reply and forward prefixes mail programs put in front of a subject, in a few languages. */
const SUBJECT_PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|sv|tr|rv|vs)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** The kind and id a subject names, or undefined for any other subject. */
export function parseRecordSubject(subject: string): { kind: RecordMessageKind; id: string } | undefined {
  const rest = subject.replace(SUBJECT_PREFIX, '').trim();
  const match = /^(\w+)\s*:\s*(\S+)$/.exec(rest);
  if (!match) return undefined;
  const [, word = '', id = ''] = match;
  const kind = RECORD_MESSAGE_KINDS.find((candidate) => SUBJECT_WORD[candidate].toLowerCase() === word.toLowerCase());
  const normalId = id.toLowerCase();
  return kind && RECORD_ID.test(normalId) ? { kind, id: normalId } : undefined;
}

export interface RecordMessageInput {
  kind: RecordMessageKind;
  id: string;
  /** A few lines a human reads before the record (who, which program, what to expect). */
  summary: string;
  /** The record as YAML, exactly as it would be saved to a file. */
  yaml: string;
}

/** The subject and plain-text body of the email the site composes. */
export function buildRecordMessage(input: RecordMessageInput): { subject: string; body: string } {
  const summary = input.summary.replace(/\r\n?/g, '\n').trim();
  const yaml = input.yaml.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const body = [summary, '', RECORD_BEGIN, yaml, RECORD_END, ''].join('\n');
  return { subject: recordSubject(input.kind, input.id), body };
}

export type ParsedRecordMessage =
  | { status: 'record'; kind: RecordMessageKind; id: string; yaml: string }
  /** The subject names a record but the body does not hold one block between the markers. */
  | { status: 'no-record'; kind: RecordMessageKind; id: string; problem: string }
  /** Not a record message at all. */
  | { status: 'other' };

/** One quote prefix (`>`, `> >`, `>> `) at the start of a line. */
const QUOTE_PREFIX = /^(?:>\s?)+/;

function stripQuote(line: string, prefix: string): string {
  return line.startsWith(prefix) ? line.slice(prefix.length) : line.replace(QUOTE_PREFIX, '');
}

/** The YAML between the first BEGIN and the next END marker, with the block's quote prefix removed. */
export function extractRecordBlock(text: string): { yaml: string } | { problem: string } {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  const marker = (line: string): string => line.replace(QUOTE_PREFIX, '').trim();
  const begin = lines.findIndex((line) => marker(line) === RECORD_BEGIN);
  if (begin < 0) return { problem: `the message has no line "${RECORD_BEGIN}" before the record` };
  const endOffset = lines.slice(begin + 1).findIndex((line) => marker(line) === RECORD_END);
  if (endOffset < 0) return { problem: `the record is not closed by the line "${RECORD_END}" (was the message cut short?)` };
  const prefix = QUOTE_PREFIX.exec(lines[begin] ?? '')?.[0] ?? '';
  const block = lines.slice(begin + 1, begin + 1 + endOffset).map((line) => (prefix ? stripQuote(line, prefix) : line));
  const yaml = `${block.join('\n').replace(/^\n+|\s+$/g, '')}\n`;
  if (yaml.trim() === '') return { problem: 'nothing is written between the two marker lines' };
  return { yaml };
}

/** Reads a received message: a record if the subject names one and the body holds it. */
export function parseRecordMessage(message: { subject: string; text: string }): ParsedRecordMessage {
  const named = parseRecordSubject(message.subject);
  if (!named) return { status: 'other' };
  const block = extractRecordBlock(message.text);
  return 'yaml' in block ? { status: 'record', ...named, yaml: block.yaml } : { status: 'no-record', ...named, problem: block.problem };
}
