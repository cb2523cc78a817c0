/**
 * The fast reading of a YAML file: js-yaml (several times faster than the
 * `yaml` package, but without positions) with a schema that resolves plain
 * scalars exactly as the `yaml` package's YAML 1.2 core schema does, so both
 * readings give the same value. A cheap pre-scan sends anything unusual
 * (anchors, aliases, tags, directives, document markers, complex keys, tabs,
 * open brackets, `__proto__`, very long lines) to the strict reading instead,
 * and so does any file js-yaml rejects.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { MAX_BRACKET_DEPTH } from './depth.ts';

/** Numbers (and .inf/.nan) start with a digit, a sign or a dot: anything else skips the patterns. */
const startsNumeric = (data: string): boolean => {
  const first = data.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e;
};

// The regular expressions below are the `yaml` package's core schema tests (yaml/dist/schema/core).
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string) => data.length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(data),
  construct: () => null,
  predicate: (object: unknown) => object === null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string) => (data.length === 4 || data.length === 5) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
  predicate: (object: unknown) => typeof object === 'boolean',
});

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) =>
    startsNumeric(data) && (/^[-+]?[0-9]+$/.test(data) || /^0o[0-7]+$/.test(data) || /^0x[0-9a-fA-F]+$/.test(data)),
  construct: (data: string) => {
    if (data.startsWith('0o')) return parseInt(data.slice(2), 8);
    if (data.startsWith('0x')) return parseInt(data.slice(2), 16);
    return parseInt(data, 10);
  },
  predicate: (object: unknown) => Number.isInteger(object),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) =>
    startsNumeric(data) &&
    (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(data) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(data) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(data)),
  construct: (data: string) => {
    if (data.slice(-3).toLowerCase() === 'nan') return NaN;
    if (/inf$/i.test(data)) return data[0] === '-' ? -Infinity : Infinity;
    return parseFloat(data);
  },
  predicate: (object: unknown) => typeof object === 'number',
});

const core12 = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Anything that could read differently in the two parsers, or expand, goes the
 * strict way: anchors and aliases (an `&` or `*` followed by a name: one
 * followed by a space, as in "Collections & Technical Services", is text in
 * both, or an error in both), tags, tabs, `__proto__`, complex keys (`?`),
 * directives and document markers; a `#` right after a closing quote or bracket
 * (YAML 1.2 needs a space before a comment; js-yaml does not: yaml-test-suite
 * SU5Z); a bracket closing right before a key's colon (a flow collection as a
 * key: LX3P, Q9WF, SBG9), except on a line that is a plain key and one quoted
 * scalar, where it is text (a notice's subject, `"{{program.name}}: ..."`);
 * a line of spaces only (js-yaml accepts such lines more indented than a block
 * scalar's content: S98Z).
 */
const SUSPICIOUS = /[&*][^\s]|[!\t]|__proto__|^[ ]*(?:-[ ]+)*(?:\?|%|---|\.\.\.)|["'\]}]#|^[ ]+$/m;
/**
 * The bracket before a key's colon (see SUSPICIOUS), apart: it looks at every
 * line start and scans the line up to three times, two thirds of the pre-scan's
 * time. Tested only where BRACKET_COLON, which it cannot match without, is found.
 */
const BRACKET_KEY = /^(?![ ]*(?:-[ ]+)*[\w-]+:[ ]+(?:"[^"\n]*"|'[^'\n]*')[ ]*$)[^\n]*[\]}][ ]*:(?:[ ]|$)/m;
const BRACKET_COLON = /[\]}][ ]*:(?:[ ]|$)/m;
const MAX_FAST_LINE = 1000;

/**
 * Lines the fast reading leaves to the strict one: a bracket left open at the
 * end of a line (flow collections over several lines), brackets nested deeper
 * than MAX_BRACKET_DEPTH, or a very long line. One pass, no regular
 * expression, so it stays linear on hostile input. (Since every earlier line
 * closed all its brackets, the count within a line is the file's nesting depth,
 * so this also refuses whatever deepBracketAt would.)
 */
function hasUnusualLines(text: string): boolean {
  let open = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const char = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (char === 0x0a) {
      if (open > 0 || i - lineStart > MAX_FAST_LINE) return true;
      lineStart = i + 1;
    } else if (char === 0x5b || char === 0x7b) {
      open += 1;
      if (open > MAX_BRACKET_DEPTH) return true;
    } else if ((char === 0x5d || char === 0x7d) && open > 0) open -= 1;
  }
  return false;
}

/**
 * The file's value when the fast reading is safe and succeeds; `undefined`
 * means "read it strictly" (which then finds and positions any problem).
 */
export function parseFastYaml(text: string): Record<string, unknown> | undefined {
  if (hasUnusualLines(text) || SUSPICIOUS.test(text) || (BRACKET_COLON.test(text) && BRACKET_KEY.test(text))) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: core12 });
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}
