/**
 * Reads the output of `npm run validate -- --format json` back into
 * diagnostics, checking its shape: a summary built from a half-read file
 * would be a pass that should have failed.
 */
import type { Diagnostic } from '../diagnostics.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isDiagnostic(value: unknown): value is Diagnostic {
  return (
    isRecord(value) &&
    typeof value['file'] === 'string' &&
    typeof value['line'] === 'number' &&
    typeof value['column'] === 'number' &&
    (value['severity'] === 'error' || value['severity'] === 'warning') &&
    typeof value['message'] === 'string' &&
    typeof value['rule'] === 'string'
  );
}

/** Throws an Error with a plain sentence when the text is not validate's JSON output. */
export function parseDiagnosticsJson(text: string): Diagnostic[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new Error('the validation results are not JSON (did `npm run validate -- --format json` run?)');
  }
  const list = Array.isArray(document) ? document : isRecord(document) ? document['diagnostics'] : undefined;
  if (!Array.isArray(list)) throw new Error('the validation results have no "diagnostics" list');
  const bad = list.findIndex((entry) => !isDiagnostic(entry));
  if (bad >= 0) throw new Error(`validation result number ${bad + 1} is not a diagnostic (file, line, column, severity, message, rule)`);
  return list as Diagnostic[];
}
