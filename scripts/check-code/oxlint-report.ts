/**
 * Oxlint's JSON report (`oxlint --format=json`), split into what check:code
 * prints: the TypeScript compiler's diagnostics (tsgolint reports them with a
 * `typescript(TS2322)` code) as tsc prints them, and the lint rules' findings
 * as ESLint results, so that one stylish formatter prints Oxlint's and
 * ESLint's findings alike.
 */
import type { ESLint, Linter } from 'eslint';

interface OxlintLabel {
  span: { line: number; column: number };
}

interface OxlintDiagnostic {
  message: string;
  /** `typescript(no-floating-promises)`, `eslint(no-unused-vars)`, `typescript(TS2322)`. */
  code?: string;
  severity: 'error' | 'warning' | 'advice';
  /** Relative to the folder oxlint ran in. */
  filename: string;
  labels: OxlintLabel[];
}

export interface OxlintReport {
  diagnostics: OxlintDiagnostic[];
}

export interface CompilerError {
  /** As tsc prints it: `src/a.ts(1,14): error TS2322: Type 'string' is not assignable to type 'number'.` */
  text: string;
}

const COMPILER_CODE = /^typescript\((TS\d+)\)$/;

/** `typescript(no-floating-promises)` → `typescript/no-floating-promises`, as the rule is named in .oxlintrc.json. */
function ruleId(code: string | undefined): string | null {
  const match = code ? /^([\w-]+)\((.+)\)$/.exec(code) : null;
  return match ? `${match[1]}/${match[2]}` : (code ?? null);
}

function position(diagnostic: OxlintDiagnostic): { line: number; column: number } {
  const span = diagnostic.labels[0]?.span;
  return { line: span?.line ?? 1, column: span?.column ?? 1 };
}

export function oxlintResults(
  report: OxlintReport,
  absolute: (file: string) => string,
): { typeErrors: CompilerError[]; lintResults: ESLint.LintResult[] } {
  const typeErrors: CompilerError[] = [];
  const byFile = new Map<string, Linter.LintMessage[]>();
  for (const diagnostic of report.diagnostics) {
    const { line, column } = position(diagnostic);
    const compiler = diagnostic.code ? COMPILER_CODE.exec(diagnostic.code) : null;
    if (compiler) {
      typeErrors.push({ text: `${diagnostic.filename}(${line},${column}): error ${compiler[1]}: ${diagnostic.message}` });
      continue;
    }
    const messages = byFile.get(diagnostic.filename) ?? [];
    messages.push({
      ruleId: ruleId(diagnostic.code),
      severity: diagnostic.severity === 'error' ? 2 : 1,
      message: diagnostic.message,
      line,
      column,
    });
    byFile.set(diagnostic.filename, messages);
  }
  const lintResults = [...byFile].map(([file, messages]): ESLint.LintResult => {
    const errorCount = messages.filter((message) => message.severity === 2).length;
    return {
      filePath: absolute(file),
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount: 0,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
  return { typeErrors, lintResults };
}
