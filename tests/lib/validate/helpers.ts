/** Shared helpers: the valid base repository of tests/fixtures/validate/base, and runs with one file replaced or added. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { validateFiles, type ValidationResult } from '../../../src/lib/validate/index.ts';
import type { YamlMode } from '../../../src/lib/yaml/index.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/validate');
export const BASE = resolve(FIXTURES, 'base');
export const TODAY = '2026-06-01';

export const CONTRACT = 'content/contracts/alao/2026-lee-okafor.yaml';
export const PAIRING = 'content/pairings/alao/2026-lee-okafor.yaml';
export const CALA_CONTRACT = 'content/contracts/cala/2026-chen-diaz.yaml';
export const CALA_PAIRING = 'content/pairings/cala/2026-chen-diaz.yaml';
export const PROGRAM = 'content/programs/alao/program.yaml';
export const GUIDELINE = 'content/programs/alao/guidelines/setting-goals.mdx';

let base: SourceFile[] | undefined;
export async function baseFiles(): Promise<SourceFile[]> {
  base ??= await readRepositoryFiles(BASE);
  return base;
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FIXTURES, 'invalid', name)));
}

/** The base repository with `path` replaced (or added) by `bytes`, validated with diagnostics for `path` only. */
export async function validateWith(path: string, bytes: Uint8Array | string, yamlReading: YamlMode = 'fast'): Promise<ValidationResult> {
  const content = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const files = (await baseFiles()).filter((file) => file.path !== path);
  files.push({ path, bytes: content });
  return validateFiles(files, { today: TODAY, only: [path], yamlReading });
}

/**
 * An invalid fixture (tests/fixtures/validate/invalid/) in place of `path`, validated the fast way (validateWith's
 * default): worked out once per worker for every test file that asks (invalid-fixtures and rule-ids both go
 * through all of them, and the files of a worker share this module). Callers only read the result.
 */
const fixtureResults = new Map<string, Promise<ValidationResult>>();
export function validatedFixture(path: string, fixture: string): Promise<ValidationResult> {
  const key = `${path}\0${fixture}`;
  let result = fixtureResults.get(key);
  if (!result) fixtureResults.set(key, (result = validateWith(path, fixtureBytes(fixture))));
  return result;
}

/** The exit code the CLI gives for a result. */
export const exitCode = (result: ValidationResult): number => (result.ok ? 0 : 1);
