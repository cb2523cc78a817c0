/**
 * The strict reading of one YAML file, with source positions: YAML 1.2 and its
 * core schema pinned (a `%YAML 1.1` directive cannot switch it, so `no` stays a
 * string and dates stay strings), duplicate keys refused, parser warnings
 * (unknown tags) treated as errors, and anchors or aliases refused before
 * anything expands them.
 */
import type { Document, ErrorCode, LineCounter } from 'yaml';
import type { RuleId } from '../rule-ids.ts';
import { deepBracketAt } from './depth.ts';
import { yamlPackage } from './yaml-package.ts';

export interface YamlProblem {
  rule: RuleId;
  message: string;
  line: number;
  column: number;
  /** For a duplicate key: the key, for the validator to name when it is a field name of the schemas. */
  key?: string;
}

export interface StrictYaml {
  /** The parsed document (positions), present even when it has problems. */
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain value, only when there is no problem. */
  value?: unknown;
  problems: YamlProblem[];
}

/** Plain sentences per parser error code; the parser's own messages may quote the source. */
const messages: Partial<Record<ErrorCode, [rule: RuleId, message: string]>> = {
  DUPLICATE_KEY: ['yaml-duplicate-key', 'This key appears twice in the same mapping; keep only one of them.'],
  MULTIPLE_DOCS: ['yaml-multiple-documents', 'The file holds more than one YAML document (a second "---"); keep one document per file.'],
  TAG_RESOLVE_FAILED: ['yaml-unknown-tag', 'Unknown tag (a word starting with "!"); remove it and write the plain value.'],
  BAD_COLLECTION_TYPE: ['yaml-unknown-tag', 'This tag does not fit the value; remove it and write the plain value.'],
  TAB_AS_INDENT: ['yaml-syntax', 'A tab is used for indentation; YAML needs spaces.'],
  BAD_INDENT: [
    'yaml-syntax',
    'The indentation is off here: items of one list or mapping must start in the same column, and brackets must close.',
  ],
  BAD_DQ_ESCAPE: [
    'yaml-syntax',
    'A backslash in double quotes starts an unknown escape; write \\\\ for a backslash, or use single quotes.',
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    'yaml-syntax',
    'A second "key:" on the same line; put each key on its own line, or quote a value that contains ": ".',
  ],
  MULTILINE_IMPLICIT_KEY: [
    'yaml-syntax',
    'A key runs over more than one line; a key and its colon belong on one line (quote values that contain ": ").',
  ],
  MISSING_CHAR: ['yaml-syntax', 'Something is missing here, such as a closing quote or bracket, or the colon after a key.'],
  UNEXPECTED_TOKEN: ['yaml-syntax', 'Unexpected text here; check the indentation, a missing "- " or colon, or a missing closing quote.'],
  BAD_SCALAR_START: ['yaml-syntax', 'A value starts with a character YAML reserves (such as @, ` or %); put the value in quotes.'],
  BAD_DIRECTIVE: ['yaml-syntax', 'Unknown directive (a line starting with "%"); remove it.'],
  KEY_OVER_1024_CHARS: ['yaml-syntax', 'A key longer than 1024 characters; keys are short field names.'],
  NON_STRING_KEY: ['yaml-syntax', 'A key is not plain text; keys are field names.'],
  BLOCK_IN_FLOW: ['yaml-syntax', 'A block list or mapping inside brackets; use either brackets or indentation.'],
  ALIAS_PROPS: ['yaml-anchor-alias', 'Anchors (&) and aliases (*) are not allowed; write each value out.'],
  BAD_ALIAS: ['yaml-anchor-alias', 'Anchors (&) and aliases (*) are not allowed; write each value out.'],
  MULTIPLE_ANCHORS: ['yaml-anchor-alias', 'Anchors (&) and aliases (*) are not allowed; write each value out.'],
  RESOURCE_EXHAUSTION: ['yaml-too-deep', 'The file is nested too deeply to read; Tandem records are a few levels deep.'],
};

const COMPLEX_KEY = 'A list or mapping is used as a key here; keys are field names, written as plain words before the colon.';
const TOO_DEEP = 'The file is nested too deeply to read; Tandem records are a few levels deep.';
const ANCHOR_MESSAGE = 'Anchors (&) and aliases (*) are not allowed in Tandem files; write each value out.';

/** The first line whose double or single quotes do not pair up (comments ignored), if any. */
function unclosedQuoteLine(text: string): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    let quote: string | undefined;
    let opened = 0;
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i]!;
      if (quote === undefined) {
        if (char === '#' && (i === 0 || line[i - 1] === ' ')) break;
        if ((char === '"' || char === "'") && (i === 0 || /[\s:\-[{,]/.test(line[i - 1]!))) [quote, opened] = [char, i];
      } else if (char === '\\' && quote === '"') i += 1;
      else if (char === quote) {
        if (quote === "'" && line[i + 1] === "'") i += 1;
        else quote = undefined;
      }
    }
    if (quote !== undefined) return { line: index + 1, column: opened + 1 };
  }
  return undefined;
}

/** The repeated key when it looks like a field name; the caller quotes it only if it is one (it could be a name). */
function duplicatedKey(text: string, offset: number): string | undefined {
  return /^[A-Za-z][A-Za-z0-9_-]{0,63}(?=\s*:)/.exec(text.slice(offset, offset + 80))?.[0];
}

/** Reads strictly; a file nested too deeply for the parser's recursion is a problem, not a crash. */
export function parseStrictYaml(text: string): StrictYaml {
  const { LineCounter, parseDocument } = yamlPackage();
  const tooDeep = deepBracketAt(text);
  if (tooDeep !== undefined) {
    const lineCounter = new LineCounter();
    const document = parseDocument('', { lineCounter });
    for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineCounter.addNewLine(i + 1);
    const { line, col } = lineCounter.linePos(tooDeep);
    return { document, lineCounter, problems: [{ rule: 'yaml-too-deep', message: TOO_DEEP, line, column: col }] };
  }
  try {
    return parseStrictly(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const lineCounter = new LineCounter();
    return {
      document: parseDocument('', { lineCounter }),
      lineCounter,
      problems: [{ rule: 'yaml-too-deep', message: TOO_DEEP, line: 1, column: 1 }],
    };
  }
}

function parseStrictly(text: string): StrictYaml {
  const { isAlias, isNode, isScalar, LineCounter, parseDocument, visit } = yamlPackage();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    resolveKnownTags: true,
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter,
    // 'silent' would also drop the MULTIPLE_DOCS error; 'error' only keeps warnings off the console.
    logLevel: 'error',
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: YamlProblem[] = [];
  const linesWithProblem = new Set<number>();
  for (const issue of [...document.errors, ...document.warnings]) {
    const [rule, firstMessage]: [RuleId, string] = messages[issue.code] ?? [
      'yaml-syntax',
      'This is not valid YAML here; check quotes, colons and indentation.',
    ];
    let message = firstMessage;
    let position = at(issue.pos[0]);
    const key = issue.code === 'DUPLICATE_KEY' ? duplicatedKey(text, issue.pos[0]) : undefined;
    if (issue.code === 'MISSING_CHAR' && /quote/i.test(issue.message)) {
      // The parser notices an unclosed quote where the file ends; point at the line that opens it.
      message = 'A quoted value is not closed: add the closing quote.';
      position = unclosedQuoteLine(text) ?? position;
    }
    // One problem per line: the first is the cause, the rest are its echoes.
    if (linesWithProblem.has(position.line)) continue;
    linesWithProblem.add(position.line);
    problems.push({ rule, message, ...position, ...(key ? { key } : {}) });
  }
  if (problems.length > 0) return { document, lineCounter, problems };

  // Keys are field names: a list or mapping as a key (`? [a, b]`, `[a, b]: x`) is refused at its own line.
  const complexKeys: number[] = [];
  visit(document, {
    Pair: (_key, pair) => {
      if (isNode(pair.key) && !isScalar(pair.key)) complexKeys.push(pair.key.range?.[0] ?? 0);
    },
  });
  for (const offset of complexKeys) {
    const position = at(offset);
    if (linesWithProblem.has(position.line)) continue;
    linesWithProblem.add(position.line);
    problems.push({ rule: 'yaml-complex-key', message: COMPLEX_KEY, ...position });
  }
  // YAML 1.2 allows one %YAML directive per document (yaml-test-suite SF5V); the parser lets a second pass.
  const versionDirectives = [...text.matchAll(/^%YAML[ \t]/gm)];
  if (versionDirectives.length > 1) {
    problems.push({
      rule: 'yaml-syntax',
      message: 'The %YAML directive is given twice; remove the second one.',
      ...at(versionDirectives[1]!.index),
    });
  }
  if (problems.length > 0) return { document, lineCounter, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };

  // Refuse anchors and aliases on the unexpanded tree: an alias bomb is small until expanded.
  let anchorAt: number | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      anchorAt = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
    return undefined;
  });
  if (anchorAt !== undefined) {
    problems.push({ rule: 'yaml-anchor-alias', message: ANCHOR_MESSAGE, ...at(anchorAt) });
    return { document, lineCounter, problems };
  }
  if (document.contents === null) {
    problems.push({ rule: 'yaml-empty', message: 'The file is empty; it needs the fields of its record.', line: 1, column: 1 });
    return { document, lineCounter, problems };
  }
  try {
    return { document, lineCounter, value: document.toJS({ maxAliasCount: 0 }), problems };
  } catch (error) {
    // Unreachable after the anchor check, but an alias limit throws a ReferenceError, not a parse error.
    if (!(error instanceof ReferenceError)) throw error;
    problems.push({ rule: 'yaml-anchor-alias', message: ANCHOR_MESSAGE, line: 1, column: 1 });
    return { document, lineCounter, problems };
  }
}
