/**
 * Where a contract or pairing lives in the repository and on which branch its
 * pull request travels: fixed by the design's layout, used by the submit
 * commands, the IssueOps workflow and the desk alike.
 */
export type RecordKind = 'contract' | 'pairing';

const FOLDER: Record<RecordKind, string> = { contract: 'contracts', pairing: 'pairings' };

/** content/contracts/<program>/<id>.yaml or content/pairings/<program>/<id>.yaml */
export const recordPath = (kind: RecordKind, program: string, id: string): string =>
  `content/${FOLDER[kind]}/${program}/${id}.yaml`;

/** contract/<program>/<id> or pairing/<program>/<id>: one branch per record, so a rerun finds it. */
export const recordBranch = (kind: RecordKind, program: string, id: string): string => `${kind}/${program}/${id}`;
