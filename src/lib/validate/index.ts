/**
 * Validates a set of content files in the context of each other: each file is
 * read (YAML or MDX) and checked against its schema, and the records that
 * passed go through every cross-file and program rule (rules/index.ts). The
 * files other than pairings and contracts are read first; then each pairing
 * with its contract, checked together a few pairings at a time as they are
 * read (recordRules) and entered in the index the rules across pairings read
 * at the end (indexRules).
 * `validateFiles` keeps every record for its caller; `checkFiles` (npm run
 * validate) keeps none, so its memory does not grow with the records.
 */
import { capPerFile, sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import type { Application, Contract, Pairing, Program, Statistics, Stats } from '../types.generated.ts';
import { YamlFile, type YamlMode } from '../yaml/index.ts';
import { classifyPath, type FileRole } from './classify.ts';
import { forEachPair } from './pair-files.ts';
import { loadNoticeFile } from '../notices/notice-file.ts';
import { loadGuidelineFile, type PageLink } from './guideline.ts';
import { emptyRepository, type Loaded, type Repository } from './repository.ts';
import { emptyRecordIndex, indexPairing } from './record-index.ts';
import { indexRules, recordRules, repositoryRules, type Rule, type RuleContext } from './rules/index.ts';
import { loadYamlRecord, placeFinding } from './yaml-record.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { decodeFile } from '../yaml/decode.ts';

export type { Repository } from './repository.ts';
export type { SourceFile } from '../repository/read-files.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  ok: boolean;
}

export interface ValidationResult extends CheckResult {
  repository: Repository;
}

export interface ValidateOptions {
  /** YYYY-MM-DD: the day date rules treat as today. */
  today: string;
  /**
   * Report diagnostics for these repository-relative paths only, checked in the context of all files.
   * Guideline pages not among them are not read (nor in the result's repository): a page's findings are
   * about that page alone, no rule judges another file by a page's content, and parsing the pages' MDX
   * was most of the cost of checking one record against a repository (contract:new, an application).
   */
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

/** Validates the files and returns, with the findings, every record that passed (see the top of this file). */
export function validateFiles(files: readonly SourceFile[], options: ValidateOptions): ValidationResult {
  return validate(files, options, true);
}

/**
 * The same findings as `validateFiles`, holding no record once its own and its
 * pairing's rules have run: what `npm run validate` needs over a whole repository.
 */
export function checkFiles(files: readonly SourceFile[], options: ValidateOptions): CheckResult {
  const { diagnostics, ok } = validate(files, options, false);
  return { diagnostics, ok };
}

/** The kinds of YAML files whose findings are placed at their line (the others' at 1:1). */
const PLACED_KINDS: ReadonlySet<FileRole['kind']> = new Set(['program', 'pairing', 'contract', 'statistics', 'application']);

/** How many pairings (with their contracts) the record rules check at a time. */
const RECORD_BATCH = 32;

function validate(files: readonly SourceFile[], options: ValidateOptions, keepRecords: boolean): ValidationResult {
  const mode = options.yamlReading ?? 'fast';
  const only = options.only ? new Set(options.only) : undefined;
  const repository = emptyRepository();
  const diagnostics: Diagnostic[] = [];
  const guidelineLinks = new Map<string, PageLink[]>();
  const programFolders = new Set<string>();
  // Kept records hold one copy of each repeated string across the run (see YamlFile); records
  // dropped after their rules need no copy at all.
  const strings = keepRecords ? new Map<string, string>() : undefined;
  // The pairings and the contracts, read once the rest is known, each pairing with its contract (pair-files.ts).
  const pairingFiles: SourceFile[] = [];
  const contractFiles: SourceFile[] = [];

  // Every path of the run (rules ask whether a file exists), gathered in the same pass.
  const paths = new Set<string>();
  for (const file of files) {
    const path = file.path;
    paths.add(path);
    const role = classifyPath(path);
    switch (role.kind) {
      case 'unknown':
        diagnostics.push({ file: path, line: 1, column: 1, severity: 'error', rule: 'path-unknown', message: role.hint });
        break;
      case 'guideline': {
        if (only && !only.has(path)) break; // see ValidateOptions.only
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
        if (record.data) repository.programs.set(role.program, { file: path, data: record.data });
        break;
      }
      case 'pairing':
        pairingFiles.push(file); // read below, each with its contract
        break;
      case 'contract':
        contractFiles.push(file);
        break;
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
        if (record.data) repository.statistics.set(role.program, { file: path, data: record.data });
        break;
      }
      case 'application': {
        const record = loadYamlRecord<Application>(path, file, 'application', mode, strings);
        if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
        if (record.data) repository.applications.set(`${role.program}/${role.cycle}/${role.id}`, { file: path, data: record.data });
        break;
      }
    }
  }

  // A rule's finding is placed by reading its file again strictly: a run over 100,000 files
  // keeps no parsed document per file. Only YAML records are placed, and only those that decode.
  const placed = new Map<string, YamlFile>();
  let filesByPath: Map<string, SourceFile> | undefined;
  const placedYaml = (path: string): YamlFile | undefined => {
    let yaml = placed.get(path);
    if (yaml) return yaml;
    if (!PLACED_KINDS.has(classifyPath(path).kind)) return undefined;
    filesByPath ??= new Map(files.map((file) => [file.path, file]));
    const source = filesByPath.get(path);
    if (!source) return undefined;
    const decoded = decodeFile(source);
    if ('problem' in decoded) return undefined;
    yaml = new YamlFile(decoded.text, 'strict');
    placed.set(path, yaml);
    return yaml;
  };
  // One report function and one context for every rule run: the record rules run for each of
  // 50,000 pairings, and a context or a closure per rule and pairing is measurable there.
  let ruleId: Rule['id'] = recordRules[0]!.id;
  const report: RuleContext['report'] = (file, where, message, severity = 'error') => {
    // A finding about a file the caller did not ask about is dropped at the end: not placed (a strict reading of its file) at all.
    if (only && !only.has(file)) return;
    const rule = ruleId;
    if ('line' in where) {
      diagnostics.push({ file, line: where.line, column: where.column, severity, message, rule });
      return;
    }
    const yaml = placedYaml(file);
    const finding = { path: where.path, target: where.target ?? 'value', severity, message, rule };
    diagnostics.push(yaml ? placeFinding(file, yaml, finding) : { file, line: 1, column: 1, severity, message, rule });
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
  const runRules = (list: readonly Rule[], records: Repository): void => {
    context.repository = records;
    for (const rule of list) {
      ruleId = rule.id;
      rule.check(context);
    }
  };

  // Each pairing with its contract: read, checked together, entered in the index, and kept only for validateFiles.
  const index = emptyRecordIndex();
  // What a record rule sees besides its pairing and contract: the programs and applications to look
  // things up in, and none of the files repositoryRules read (a rule reading both reports those there).
  const noRecords: Repository = { ...emptyRepository(), programs: repository.programs, applications: repository.applications };
  const readRecord = (file: SourceFile, kind: 'pairing' | 'contract'): Loaded<Pairing & Contract> | undefined => {
    const record = loadYamlRecord<Pairing & Contract>(file.path, file, kind, mode, strings, !keepRecords);
    if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
    return record.data && { file: file.path, data: record.data };
  };
  // The record rules run on a few pairings at a time: per pairing, the rules' own overhead (35 calls,
  // each looping over its maps) cost as much as their checks; many more at once would hold more records
  // alive across the young generation's collections, and those are then kept until a full one.
  let batch: Repository = { ...noRecords, pairings: new Map(), contracts: new Map() };
  const checkBatch = (): void => {
    if (batch.pairings.size === 0 && batch.contracts.size === 0) return;
    runRules(recordRules, batch);
    batch = { ...noRecords, pairings: new Map(), contracts: new Map() };
  };
  const readPair = (key: string, pairingFile: SourceFile | undefined, contractFile: SourceFile | undefined): void => {
    const pairing = pairingFile && readRecord(pairingFile, 'pairing');
    const contract = contractFile && readRecord(contractFile, 'contract');
    if (pairing) {
      batch.pairings.set(key, pairing);
      indexPairing(index, key, pairing);
      if (keepRecords) repository.pairings.set(key, pairing);
    }
    if (contract) {
      batch.contracts.set(key, contract);
      if (keepRecords) repository.contracts.set(key, contract);
    }
    if (batch.pairings.size >= RECORD_BATCH || batch.contracts.size >= RECORD_BATCH) checkBatch();
  };
  forEachPair(pairingFiles, contractFiles, readPair);
  checkBatch();
  strings?.clear();

  // The rules reading no pairing or contract see none, whether or not they were kept.
  const withoutRecords: Repository = { ...repository, pairings: new Map(), contracts: new Map() };
  runRules(repositoryRules, withoutRecords);
  for (const rule of indexRules) {
    ruleId = rule.id;
    rule.check({ index, repository: withoutRecords, today: options.today, report });
  }

  const reported = capPerFile(sortDiagnostics(only ? diagnostics.filter((d) => only.has(d.file)) : diagnostics));
  return { diagnostics: reported, repository, ok: !reported.some((d) => d.severity === 'error') };
}
