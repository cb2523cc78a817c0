/**
 * Validates a set of content files in the context of each other: each file is
 * read (YAML or MDX) and checked against its schema, then the records that
 * passed go through every cross-file and program rule (rules/index.ts).
 */
import { capPerFile, sortDiagnostics, type Diagnostic, type Severity } from '../diagnostics.ts';
import type { Application, Contract, Pairing, Program, Statistics, Stats } from '../types.generated.ts';
import { YamlFile, type YamlMode } from '../yaml/index.ts';
import { classifyPath } from './classify.ts';
import { loadNoticeFile } from '../notices/notice-file.ts';
import { loadGuidelineFile, type PageLink } from './guideline.ts';
import { emptyRepository, type Repository } from './repository.ts';
import { rules, type RuleContext, type Where } from './rules/index.ts';
import { loadYamlRecord, placeFinding } from './yaml-record.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { decodeFile } from '../yaml/decode.ts';

export type { Repository } from './repository.ts';
export type { SourceFile } from '../repository/read-files.ts';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  repository: Repository;
  ok: boolean;
}

export interface ValidateOptions {
  /** YYYY-MM-DD: the day date rules treat as today. */
  today: string;
  /** Report diagnostics for these repository-relative paths only, checked in the context of all files. */
  only?: readonly string[];
  /**
   * 'fast' (default) reads plain YAML with js-yaml and re-reads strictly any
   * file with a problem; 'strict' reads every file with the `yaml` package.
   * Both report the same diagnostics (a test holds them to it).
   */
  yamlReading?: YamlMode;
  /**
   * The files are the whole of content/ as `readRepositoryFiles` read it (npm
   * run validate): a program's notice texts and SOURCES.md are then known to be
   * missing when they are not among them. Without it, a run of some files
   * (the site's program loader, a single program.yaml) cannot tell.
   */
  wholeRepository?: boolean;
}

export function validateFiles(files: readonly SourceFile[], options: ValidateOptions): ValidationResult {
  const mode = options.yamlReading ?? 'fast';
  const repository = emptyRepository();
  const diagnostics: Diagnostic[] = [];
  // The YAML files that decoded, by path. A rule's finding is placed by reading its file again
  // strictly (placedYaml): a run over 100,000 files keeps no parsed document per file, only the records.
  const yamlFiles = new Map<string, SourceFile>();
  const guidelineLinks = new Map<string, PageLink[]>();
  const programFolders = new Set<string>();
  // One copy of each repeated string across the run's records (see YamlFile).
  const strings = new Map<string, string>();

  for (const file of files) {
    const path = file.path;
    const role = classifyPath(path);
    switch (role.kind) {
      case 'unknown':
        diagnostics.push({ file: path, line: 1, column: 1, severity: 'error', rule: 'path-unknown', message: role.hint });
        break;
      case 'guideline': {
        const page = loadGuidelineFile(path, file);
        if (page.diagnostics.length > 0) diagnostics.push(...page.diagnostics);
        guidelineLinks.set(path, page.links);
        if (page.data) {
          repository.guidelines.set(`${role.program}/${role.slug}`, {
            file: path,
            data: page.data,
            body: page.body,
            slug: role.slug,
            program: role.program,
          });
        }
        break;
      }
      case 'program': {
        programFolders.add(role.program);
        const record = loadYamlRecord<Program>(path, file, 'program', mode);
        if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
        if (record.yaml) yamlFiles.set(path, file);
        if (record.data) repository.programs.set(role.program, { file: path, data: record.data });
        break;
      }
      case 'pairing':
      case 'contract': {
        const record = loadYamlRecord<Pairing & Contract>(path, file, role.kind, mode, strings);
        if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
        if (record.yaml) yamlFiles.set(path, file);
        if (record.data) {
          const records = role.kind === 'pairing' ? repository.pairings : repository.contracts;
          records.set(`${role.program}/${role.id}`, { file: path, data: record.data });
        }
        break;
      }
      case 'notice': {
        // A notice text (issue 15): frontmatter schema here, placeholders and the program's notices by the notice-texts rule.
        const text = loadNoticeFile(path, file);
        diagnostics.push(...text.diagnostics);
        if (text.data) {
          repository.notices.set(`${role.program}/${role.notice}`, {
            file: path,
            data: text.data,
            body: text.body,
            program: role.program,
            notice: role.notice,
            placeholders: text.placeholders,
          });
        }
        break;
      }
      case 'sources': {
        const decoded = decodeFile(file);
        if ('problem' in decoded) {
          const { rule, message, line, column } = decoded.problem;
          diagnostics.push({ file: path, line, column, severity: 'error', rule, message });
        } else repository.sources.set(role.program, { file: path, text: decoded.text });
        break;
      }
      case 'stats': {
        // Anonymous counts written by `npm run retention` (src/lib/retention/): checked against schemas/stats.schema.json.
        const record = loadYamlRecord<Stats>(path, file, 'stats', mode);
        if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
        break;
      }
      case 'statistics': {
        // The published statistics written by `npm run stats:snapshot` (src/lib/stats/snapshot.ts): the site shows this file.
        const record = loadYamlRecord<Statistics>(path, file, 'statistics', mode);
        if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
        if (record.yaml) yamlFiles.set(path, file);
        if (record.data) repository.statistics.set(role.program, { file: path, data: record.data });
        break;
      }
      case 'application': {
        const record = loadYamlRecord<Application>(path, file, 'application', mode, strings);
        if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
        if (record.yaml) yamlFiles.set(path, file);
        if (record.data) repository.applications.set(`${role.program}/${role.cycle}/${role.id}`, { file: path, data: record.data });
        break;
      }
    }
  }

  strings.clear();
  const placed = new Map<string, YamlFile>();
  const placedYaml = (path: string): YamlFile | undefined => {
    const source = yamlFiles.get(path);
    if (!source) return undefined;
    let yaml = placed.get(path);
    if (!yaml) {
      const decoded = decodeFile(source);
      // It decoded when it was first read; the same bytes decode again.
      if ('problem' in decoded) return undefined;
      yaml = new YamlFile(decoded.text, 'strict');
      placed.set(path, yaml);
    }
    return yaml;
  };
  const paths = new Set(files.map((file) => file.path));
  for (const rule of rules) {
    const report = (file: string, where: Where, message: string, severity: Severity = 'error'): void => {
      if ('line' in where) {
        diagnostics.push({ file, line: where.line, column: where.column, severity, message, rule: rule.id });
        return;
      }
      const yaml = placedYaml(file);
      const finding = { path: where.path, target: where.target ?? 'value', severity, message, rule: rule.id };
      diagnostics.push(yaml ? placeFinding(file, yaml, finding) : { file, line: 1, column: 1, severity, message, rule: rule.id });
    };
    const context: RuleContext = {
      repository,
      today: options.today,
      programFolders,
      paths,
      guidelineLinks,
      wholeRepository: options.wholeRepository ?? false,
      report,
    };
    rule.check(context);
  }

  const only = options.only ? new Set(options.only) : undefined;
  const reported = capPerFile(sortDiagnostics(only ? diagnostics.filter((d) => only.has(d.file)) : diagnostics));
  return { diagnostics: reported, repository, ok: !reported.some((d) => d.severity === 'error') };
}
