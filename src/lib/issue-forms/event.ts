/**
 * The part of a GitHub `issues` event the IssueOps workflow reads, checked
 * for shape. The body is untrusted text: it is only ever parsed, never run.
 */
export interface ContractRequestIssue {
  number: number;
  body: string;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, NONE, ... */
  authorAssociation: string;
  labels: string[];
}

/** Only these authors' forms become pull requests: the people who can already write to the repository. */
export const TRUSTED_ASSOCIATIONS: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR'];

export const isTrustedAuthor = (issue: ContractRequestIssue): boolean => TRUSTED_ASSOCIATIONS.includes(issue.authorAssociation);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws an Error with one sentence when the document is not an issues event. */
export function readIssueEvent(event: unknown): ContractRequestIssue {
  const issue = isRecord(event) ? event['issue'] : undefined;
  if (!isRecord(issue) || typeof issue['number'] !== 'number') {
    throw new Error('the event is not an issues event (it has no issue number); run this from a workflow triggered by issues');
  }
  const body = issue['body'];
  const labels = Array.isArray(issue['labels']) ? issue['labels'] : [];
  return {
    number: issue['number'],
    body: typeof body === 'string' ? body : '',
    authorAssociation: typeof issue['author_association'] === 'string' ? issue['author_association'] : 'NONE',
    labels: labels.flatMap((label) => (isRecord(label) && typeof label['name'] === 'string' ? [label['name']] : [])),
  };
}
