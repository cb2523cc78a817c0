/**
 * The part of a GitHub `issues` event the IssueOps workflow reads, checked
 * for shape. The body is untrusted text: it is only ever parsed, never run.
 */
export interface FormIssue {
  number: number;
  body: string;
  /**
   * The login of the issue's author ('' when the event names none). Whether
   * they may act is asked of GitHub (src/lib/issue-forms/author.ts), never
   * read from the event's author_association.
   */
  author: string;
  labels: string[];
}

/** A GitHub login (a bot's ends in [bot]): letters, digits and hyphens (old accounts may have a double or trailing one). */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function authorOf(user: unknown): string {
  const login = isRecord(user) ? user['login'] : undefined;
  return typeof login === 'string' && LOGIN.test(login) ? login : '';
}

/** Throws an Error with one sentence when the document is not an issues event. */
export function readIssueEvent(event: unknown): FormIssue {
  const issue = isRecord(event) ? event['issue'] : undefined;
  if (!isRecord(issue) || typeof issue['number'] !== 'number') {
    throw new Error('the event is not an issues event (it has no issue number); run this from a workflow triggered by issues');
  }
  const body = issue['body'];
  const labels = Array.isArray(issue['labels']) ? issue['labels'] : [];
  return {
    number: issue['number'],
    body: typeof body === 'string' ? body : '',
    author: authorOf(issue['user']),
    labels: labels.flatMap((label) => (isRecord(label) && typeof label['name'] === 'string' ? [label['name']] : [])),
  };
}
