/**
 * Turns ajv's errors into sentences a coordinator understands, each placed at
 * the offending key (unknown key), value (bad value) or parent mapping
 * (missing key). Never repeats the value itself: it may be a name or an email.
 */
import type { ErrorObject } from 'ajv';
import type { RuleId } from '../rule-ids.ts';
import { isSchemaNode as isObject } from '../schema-walk.ts';
import type { RecordSchemaName } from '../schema-files.ts';
import type { DataPath } from '../yaml/index.ts';
import { fieldLabel, printableKey, schemaAt, titleAt } from './field-labels.ts';
import type { Finding } from './finding.ts';

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Edits between two keys, a swap of neighbours counting as one ("emial" is one edit from "email").
 * Three rows of the table at a time: a file with thousands of unknown keys asks this thousands of times.
 */
function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0); // row i - 2
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j); // row i - 1
  let current = new Array<number>(b.length + 1).fill(0); // row i
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

function closest(key: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = key.toLowerCase();
  for (const candidate of allowed) {
    const other = candidate.toLowerCase();
    const distance = other === lower ? 0 : editDistance(lower, other);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}

/** Each unknown key's suggestion, worked out once: schemaFindings and translate both ask for it. */
const suggestions = new WeakMap<ErrorObject, string | undefined>();

/** For an unknown key: the allowed key it is most likely a typo of, if any. */
function suggestedKey(name: RecordSchemaName, error: ErrorObject): string | undefined {
  if (suggestions.has(error)) return suggestions.get(error);
  const schema = isObject(error.parentSchema) ? error.parentSchema : (schemaAt(name, parsePointer(error.instancePath)) ?? {});
  const shown = printableKey(String((error.params as Record<string, unknown>).additionalProperty));
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const suggestion = shown ? closest(shown, properties) : undefined;
  suggestions.set(error, suggestion);
  return suggestion;
}

function describeType(type: unknown): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a mapping of fields (key: value lines)';
    case 'array':
      return 'a list (lines starting with "- ")';
    default:
      return String(type);
  }
}

/** "weekly, biweekly, monthly" when every branch is a constant; otherwise each branch described. */
function describeChoices(branches: unknown[]): string {
  const consts = branches.filter(isObject).map((branch) => branch.const);
  if (consts.every((value) => value !== undefined)) return `one of: ${consts.map(String).join(', ')}`;
  return branches
    .filter(isObject)
    .map((branch) =>
      branch.const !== undefined
        ? JSON.stringify(branch.const)
        : ([branch.description, branch.title].find((t) => typeof t === 'string') ?? 'another value'),
    )
    .join(', or ');
}

/** Which of several errors at one value is worth showing (lower first). */
const valuePriority: Record<string, number> = {
  type: 0,
  anyOf: 1,
  enum: 1,
  const: 1,
  format: 2,
  pattern: 3,
  minLength: 4,
  maxLength: 4,
  minimum: 5,
  maximum: 5,
  exclusiveMinimum: 5,
  exclusiveMaximum: 5,
  minItems: 6,
  maxItems: 6,
  uniqueItems: 7,
};

function translate(name: RecordSchemaName, error: ErrorObject, path: DataPath): Finding | undefined {
  const label = fieldLabel(name, path);
  const schema = isObject(error.parentSchema) ? error.parentSchema : (schemaAt(name, path) ?? {});
  const params = error.params as Record<string, unknown>;
  const finding = (rule: RuleId, message: string, at: DataPath = path, target: Finding['target'] = 'value'): Finding => ({
    path: at,
    target,
    severity: 'error',
    rule,
    message,
  });

  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      const childPath = [...path, key];
      const title = titleAt(name, childPath) ?? key;
      const description = schemaAt(name, childPath)?.description;
      const where = path.length === 0 ? '' : ` in ${label}`;
      const why = typeof description === 'string' ? ` ${description}` : '';
      return finding('schema-missing-key', `Missing ${title} ("${key}")${where}: add it.${why}`, path, 'parent');
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const shown = printableKey(key);
      const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
      const suggestion = suggestedKey(name, error);
      const where = path.length === 0 ? '' : ` in ${label}`;
      // A key is quoted only when it is a near miss of a field name (a typo): anything else may be a
      // name or an email typed where a value belongs, and a message never repeats personal data.
      // A guideline page's frontmatter is public text with no personal data: its keys are always quoted.
      if (shown && (suggestion || name === 'guideline')) {
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : ` Allowed here: ${properties.join(', ')}.`;
        return finding('schema-unknown-key', `Unknown field "${shown}"${where}.${hint}`, [...path, key], 'key');
      }
      return finding(
        'schema-unknown-key',
        `This key is not a field${where}. Allowed here: ${properties.join(', ')}.`,
        [...path, key],
        'key',
      );
    }
    case 'type': {
      if (error.data === null) return finding('schema-type', `${label} is empty; fill it in.`);
      const isPhone = path[path.length - 1] === 'phone';
      if (isPhone && typeof error.data === 'number') {
        return finding(
          'schema-type',
          `${label} was read as a number, which drops a leading 0 and the spacing: quote the phone number (put it in double quotes).`,
        );
      }
      const yesNo =
        params.type === 'boolean' && typeof error.data === 'string' ? /^(y|yes|on|n|no|off)$/i.exec(error.data)?.[0] : undefined;
      if (yesNo) {
        // YAML 1.1 read yes/no/on/off as booleans; YAML 1.2 (and a pinned %YAML 1.1 file here) reads them as text.
        const meant = /^(y|yes|on)$/i.test(yesNo) ? 'true' : 'false';
        return finding('schema-type', `${label} must be true or false: "${yesNo}" is read as text in YAML 1.2, so write ${meant}.`);
      }
      const expected = describeType(params.type);
      const quote =
        params.type === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean') ? '; put it in quotes' : '';
      return finding('schema-type', `${label} must be ${expected}${quote}.`);
    }
    case 'anyOf':
      return finding('schema-not-allowed', `${label} must be ${describeChoices(Array.isArray(error.schema) ? error.schema : [])}.`);
    case 'enum':
      return finding('schema-not-allowed', `${label} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}.`);
    case 'const':
      return finding('schema-not-allowed', `${label} must be ${String(params.allowedValue)}.`);
    case 'format': {
      if (params.format === 'date')
        return finding('date-real', `${label} is not a real calendar date; write it as YYYY-MM-DD (for example 2026-02-03).`);
      if (params.format === 'email') return finding('schema-format', `${label} is not a valid email address.`);
      if (params.format === 'uri') return finding('schema-format', `${label} is not a full web address (https://...).`);
      return finding('schema-format', `${label} is not in the ${String(params.format)} format.`);
    }
    case 'pattern': {
      const help = typeof schema.description === 'string' ? ` ${schema.description}` : '';
      return finding('schema-pattern', `${label} is not written in the expected form.${help}`);
    }
    case 'minLength':
      return finding(
        'schema-length',
        params.limit === 1
          ? `${label} is empty; fill it in.`
          : `${label} is too short: at least ${plural(Number(params.limit), 'character')}.`,
      );
    case 'maxLength':
      return finding('schema-length', `${label} is too long: at most ${plural(Number(params.limit), 'character')}.`);
    case 'minItems':
    case 'maxItems': {
      const limit = Number(params.limit);
      const exact = schema.minItems !== undefined && schema.minItems === schema.maxItems;
      const bound = exact ? 'exactly' : error.keyword === 'minItems' ? 'at least' : 'at most';
      return finding('schema-count', `${label} must have ${bound} ${limit} ${limit === 1 ? 'entry' : 'entries'}.`);
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return finding(
        'schema-range',
        `${label} must be at least ${String(params.limit)}${error.keyword === 'exclusiveMinimum' ? ' (exclusive)' : ''}.`,
      );
    case 'maximum':
    case 'exclusiveMaximum':
      return finding(
        'schema-range',
        `${label} must be at most ${String(params.limit)}${error.keyword === 'exclusiveMaximum' ? ' (exclusive)' : ''}.`,
      );
    case 'uniqueItems': {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b) as [number, number];
      return finding('schema-unique', `${label} lists the same entry twice (entries ${first + 1} and ${second + 1}).`, [...path, second]);
    }
    default:
      return finding('schema-invalid', `${label} does not fit the ${error.keyword} rule of its schema.`);
  }
}

/** Plain, placed findings for one record's ajv errors, noise dropped and one message per bad value. */
export function schemaFindings(name: RecordSchemaName, errors: readonly ErrorObject[]): Finding[] {
  // An anyOf reports each failed branch and then itself: keep only the anyOf.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  // A typo'd key ("durationMonth") is also a missing key ("durationMonths"):
  // the unknown-key line already names the right one, so one line is enough.
  const typoFor = new Set(
    errors.filter((e) => e.keyword === 'additionalProperties').map((e) => `${e.instancePath}\0${suggestedKey(name, e) ?? ''}`),
  );
  const kept = errors.filter(
    (e) =>
      e.keyword !== 'if' &&
      !anyOfPaths.some((prefix) => e.schemaPath.startsWith(prefix)) &&
      !(e.keyword === 'required' && typoFor.has(`${e.instancePath}\0${String((e.params as Record<string, unknown>).missingProperty)}`)),
  );
  const findings: Finding[] = [];
  const bestAtValue = new Map<string, { priority: number; index: number }>();
  for (const error of kept) {
    const finding = translate(name, error, parsePointer(error.instancePath));
    if (!finding) continue;
    if (finding.target === 'value') {
      const key = JSON.stringify(finding.path);
      const priority = valuePriority[error.keyword] ?? 9;
      const previous = bestAtValue.get(key);
      if (previous && previous.priority <= priority) continue;
      if (previous) {
        findings[previous.index] = finding;
        bestAtValue.set(key, { priority, index: previous.index });
        continue;
      }
      bestAtValue.set(key, { priority, index: findings.length });
    }
    findings.push(finding);
  }
  return findings;
}
