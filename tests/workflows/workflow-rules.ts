/**
 * The project's rules for GitHub workflows, checked on the parsed YAML and
 * the raw text of each file: least privilege, pinned actions, no untrusted
 * event data interpolated into a shell, no pull_request_target.
 */
import { LineCounter, parseDocument, type Node } from 'yaml';

export interface RuleViolation {
  line: number;
  rule: string;
  message: string;
}

const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;
/** `${{ ... github.event... }}` or `${{ ... github.head_ref ... }}` anywhere in an expression. */
const UNTRUSTED_EXPRESSION = /\$\{\{(?:(?!\}\})[\s\S])*?\bgithub\s*\.\s*(?:event\b|head_ref\b)/;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((item): item is string => typeof item === 'string');
  return isRecord(on) ? Object.keys(on) : [];
}

/** Whether a job's token may push: only then may a checkout keep its credentials. */
function canPush(workflow: Json, job: Json): boolean {
  const permissions = job['permissions'] ?? workflow['permissions'];
  if (permissions === 'write-all') return true;
  return isRecord(permissions) && permissions['contents'] === 'write';
}

export function checkWorkflow(text: string): RuleViolation[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({ line: error.linePos?.[0]?.line ?? 1, rule: 'yaml', message: error.message }));
  }
  const violations: RuleViolation[] = [];
  const lineOf = (path: (string | number)[]): number => {
    const node = document.getIn(path, true) as Node | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  const workflow = document.toJS() as unknown;
  if (!isRecord(workflow)) return [{ line: 1, rule: 'shape', message: 'a workflow is a mapping' }];

  if (!('permissions' in workflow)) {
    violations.push({
      line: 1,
      rule: 'top-level-permissions',
      message: 'the workflow has no top-level permissions: set the least it needs (contents: read)',
    });
  }
  if (triggers(workflow['on']).includes('pull_request_target')) {
    violations.push({
      line: lineOf(['on']),
      rule: 'no-pull-request-target',
      message: 'pull_request_target runs with a write token next to pull request code: use pull_request',
    });
  }

  const jobs = isRecord(workflow['jobs']) ? workflow['jobs'] : {};
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isRecord(job)) continue;
    if (typeof job['uses'] === 'string') checkUses(job['uses'], ['jobs', jobId, 'uses']);
    const steps = Array.isArray(job['steps']) ? job['steps'] : [];
    steps.forEach((step: unknown, index) => {
      if (!isRecord(step)) return;
      const at = ['jobs', jobId, 'steps', index];
      if (typeof step['run'] === 'string' && UNTRUSTED_EXPRESSION.test(step['run'])) {
        violations.push({
          line: lineOf([...at, 'run']),
          rule: 'no-event-data-in-run',
          message: `job ${jobId}, step ${index + 1}: a run script interpolates github.event or github.head_ref data; pass it through env: or read $GITHUB_EVENT_PATH`,
        });
      }
      if (typeof step['uses'] !== 'string') return;
      checkUses(step['uses'], [...at, 'uses']);
      const isCheckout = step['uses'].startsWith('actions/checkout@');
      const keepsCredentials = !(isRecord(step['with']) && step['with']['persist-credentials'] === false);
      if (isCheckout && keepsCredentials && !canPush(workflow, job)) {
        violations.push({
          line: lineOf([...at, 'uses']),
          rule: 'checkout-persist-credentials',
          message: `job ${jobId}: a checkout in a job that does not push must set persist-credentials: false`,
        });
      }
    });
  }
  return violations;

  function checkUses(uses: string, path: (string | number)[]): void {
    if (uses.startsWith('./')) return;
    const line = lineOf(path);
    if (!PINNED.test(uses)) {
      violations.push({ line, rule: 'pin-actions', message: `${uses} is not pinned to a full 40-character commit SHA` });
      return;
    }
    const source = text.split(/\r?\n/)[line - 1] ?? '';
    if (!/#\s*v\d+(\.\d+)*\s*$/.test(source)) {
      violations.push({ line, rule: 'pin-comment', message: `${uses} needs its version in a comment after the SHA (# vX.Y.Z)` });
    }
  }
}
