import type { Severity } from '../diagnostics.ts';
import type { RuleId } from '../rule-ids.ts';
import type { DataPath, Target } from '../yaml/index.ts';

/**
 * A problem found on a file's plain data, placed by data path rather than by
 * line: the position is looked up only when the problem is reported.
 */
export interface Finding {
  path: DataPath;
  target: Target;
  severity: Severity;
  rule: RuleId;
  message: string;
}
