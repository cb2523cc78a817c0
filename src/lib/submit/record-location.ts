/**
 * Where a contract, pairing or application lives in the repository: fixed by the design's
 * layout, used by the submit commands, the IssueOps workflow and the desk
 * alike. Branch names are in pull-request-names.ts.
 */
export type RecordKind = 'contract' | 'pairing';

const FOLDER: Record<RecordKind, string> = { contract: 'contracts', pairing: 'pairings' };

/** content/contracts/<program>/<id>.yaml or content/pairings/<program>/<id>.yaml */
export const recordPath = (kind: RecordKind, program: string, id: string): string => `content/${FOLDER[kind]}/${program}/${id}.yaml`;

/** content/applications/<program>/<cycle>/<application-id>.yaml */
export const applicationPath = (program: string, cycle: number | string, id: string): string =>
  `content/applications/${program}/${cycle}/${id}.yaml`;
