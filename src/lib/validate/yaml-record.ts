/**
 * One YAML record file read and checked against its schema: bytes -> text ->
 * YAML -> schema. Every problem comes back as a placed diagnostic; the data
 * only when there is none.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { validatorFor, type RecordSchemaName } from '../schemas.ts';
import { decodeFile, type FileContents } from '../yaml/decode.ts';
import { YamlFile, type YamlMode, type YamlProblem } from '../yaml/index.ts';
import { isSchemaFieldName } from './field-labels.ts';
import type { Finding } from './finding.ts';
import { schemaFindings } from './schema-errors.ts';

export interface YamlRecord<T> {
  data?: T;
  /** Present once the bytes decoded; rules use it to place their findings. */
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

export function placeFinding(file: string, yaml: YamlFile, finding: Finding): Diagnostic {
  const { line, column } = yaml.locate(finding.path, finding.target);
  return { file, line, column, severity: finding.severity, message: finding.message, rule: finding.rule };
}

// A module-level function rather than a closure per file: this runs for every file of a big repository.
/**
 * A YAML problem's message; a repeated key is named only when `quoteKey` allows it
 * (a field name of the schemas: anything else may be a name typed as a key).
 */
export const yamlProblemMessage = ({ message, key }: YamlProblem, quoteKey: (key: string) => boolean = isSchemaFieldName): string =>
  key && quoteKey(key) ? message.replace(/; keep only one of them\.$/, ` ("${key}"); keep only one of them.`) : message;

function problemDiagnostics(file: string, problems: readonly YamlProblem[]): Diagnostic[] {
  return problems.map((problem) => ({
    file,
    line: problem.line,
    column: problem.column,
    severity: 'error',
    rule: problem.rule,
    message: yamlProblemMessage(problem),
  }));
}

/**
 * `strings`: an interner shared by the records of one run (see YamlFile). `transient`: the record
 * is dropped as soon as its rules have run, so its value may keep the parser's strings (slices of
 * the text) and the text itself, uncopied; otherwise the value gets strings of its own and the
 * text is read again when needed.
 */
export function loadYamlRecord<T>(
  file: string,
  contents: Uint8Array | FileContents,
  schema: RecordSchemaName,
  mode: YamlMode = 'fast',
  strings?: Map<string, string>,
  transient = false,
): YamlRecord<T> {
  const decoded = decodeFile(contents);
  if ('problem' in decoded) {
    const { rule, message, line, column } = decoded.problem;
    return { diagnostics: [{ file, line, column, severity: 'error', rule, message }] };
  }
  const retext = transient ? undefined : () => (decodeFile(contents) as { text: string }).text;
  const yaml = new YamlFile(decoded.text, mode, retext, strings);
  const validate = validatorFor(schema);
  if (yaml.problems.length > 0) return { yaml, diagnostics: problemDiagnostics(file, yaml.problems) };
  if (validate(yaml.value)) return { yaml, data: yaml.value as T, diagnostics: [] };
  if (yaml.readingBy === 'fast') {
    // Report from the strict reading only, so both readings always agree on what is wrong.
    yaml.useStrict();
    if (yaml.problems.length > 0) return { yaml, diagnostics: problemDiagnostics(file, yaml.problems) };
    if (validate(yaml.value)) return { yaml, data: yaml.value, diagnostics: [] };
  }
  const findings = schemaFindings(schema, validate.errors ?? []);
  return { yaml, diagnostics: findings.map((finding) => placeFinding(file, yaml, finding)) };
}
