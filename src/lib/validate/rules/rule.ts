/**
 * What a cross-file or program rule is. A rule reads the records that passed
 * their schema (the Repository) and reports problems by data path; the
 * validator turns a path into line:column in the file.
 */
import type { Severity } from '../../diagnostics.ts';
import type { RuleId } from '../../rule-ids.ts';
import type { DataPath, Target } from '../../yaml/index.ts';
import type { PageLink } from '../guideline.ts';
import type { RecordIndex } from '../record-index.ts';
import type { Repository } from '../repository.ts';

export type Where = { path: DataPath; target?: Target } | { line: number; column: number };

export interface RuleContext {
  repository: Repository;
  /** YYYY-MM-DD: the day the run treats as today. */
  today: string;
  /** Program folders holding a program.yaml, valid or not (an invalid one reports its own errors). */
  programFolders: ReadonlySet<string>;
  /** Every content file of the run, repository-relative. */
  paths: ReadonlySet<string>;
  /** The links of every guideline page that parsed, by file. */
  guidelineLinks: ReadonlyMap<string, readonly PageLink[]>;
  /** The run has the whole of content/ (npm run validate): a file it does not have is missing. */
  wholeRepository: boolean;
  /** Reports a problem under this rule's id; `where.target` defaults to 'value'. */
  report: (file: string, where: Where, message: string, severity?: Severity) => void;
}

export interface Rule {
  /** Stable id, printed after every message: never rename one. Its description is in src/lib/rule-ids.ts. */
  id: RuleId;
  check(context: RuleContext): void;
}

/** What a rule across pairings reads: the index of the pairings, and the records other than pairings and contracts. */
interface IndexContext {
  index: RecordIndex;
  /** The programs, applications and the rest; no pairings or contracts (those are in `index`). */
  repository: Repository;
  today: string;
  report: RuleContext['report'];
}

/** A rule across pairings (which person holds which seat, which pairing replaces which): it reads the index, not the records. */
export interface IndexRule {
  id: RuleId;
  check(context: IndexContext): void;
}
