/**
 * The validators compiled ahead of time (src/lib/compiled-schemas/, what
 * `npm run validate` and the site build use) give the same verdict and the
 * same errors as ajv compiling the schemas in the process, on every record in
 * the fixtures and the example content checked against every record schema;
 * and an edited schema is never checked by the stale compiled code.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recordSchemaNames } from '../../../src/lib/schema-files.ts';
import { compiledNow, validatorFor, type ValidateFunction } from '../../../src/lib/schemas.ts';
import { PROJECT } from '../../support/run-main.ts';

const run = promisify(execFile);

/** Every YAML record and guideline frontmatter under `folder`, parsed as the validator reads them (dates stay text). */
function documents(folder: string): { path: string; data: unknown }[] {
  return readdirSync(join(PROJECT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ya?ml|mdx)$/.test(path))
    .sort()
    .flatMap((path) => {
      const text = readFileSync(join(PROJECT, folder, path), 'utf8');
      const yaml = path.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---/.exec(text)?.[1] : text;
      if (yaml === undefined) return [];
      try {
        return [{ path: `${folder}/${path}`, data: parse(yaml, { schema: 'core', uniqueKeys: false, logLevel: 'error' }) as unknown }];
      } catch {
        return []; // Not YAML at all (a fixture of a syntax error): no data to check.
      }
    });
}

const all = [...documents('tests/fixtures/validate'), ...documents('content')];

const schemaTexts = new WeakMap<object, string>();

/** A schema (or a part of one) as JSON text, made once per object. */
function schemaText(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  let text = schemaTexts.get(schema);
  if (text === undefined) {
    text = JSON.stringify(schema);
    schemaTexts.set(schema, text);
  }
  return text;
}

/**
 * ajv's errors (`verbose`) with their `schema` and `parentSchema` as JSON text. The compiled code holds
 * copies of the schemas and ajv the schemas themselves, so toEqual walked a schema (often the whole record
 * schema) afresh for every error; each schema object's text is made once, and equal texts mean equal schemas.
 */
function comparableErrors(errors: ValidateFunction['errors']): unknown[] | null {
  return errors?.map((error) => ({ ...error, schema: schemaText(error.schema), parentSchema: schemaText(error.parentSchema) })) ?? null;
}

describe('the validators compiled ahead of time', () => {
  it('are the ones in use, for every record schema', () => {
    for (const name of recordSchemaNames) expect(validatorFor(name), name).not.toBe(compiledNow(name));
  });

  it('give the same verdict and errors as ajv compiling the schemas now, on every document against every schema', () => {
    expect(all.length).toBeGreaterThan(80);
    let invalid = 0;
    for (const name of recordSchemaNames) {
      const ahead = validatorFor(name);
      const now = compiledNow(name);
      for (const { path, data } of all) {
        const verdict = ahead(data);
        expect(verdict, `${path} as ${name}`).toBe(now(data));
        expect(comparableErrors(ahead.errors), `${path} as ${name}`).toEqual(comparableErrors(now.errors));
        if (!verdict) invalid += 1;
      }
    }
    // Both verdicts are exercised: most documents fail most other schemas.
    expect(invalid).toBeGreaterThan(all.length);
  });
});

describe('an edited schema', () => {
  it('is checked as edited, not by the stale compiled code (the real process)', async () => {
    // Inside the project (under .cache/), so that the copy finds the project's node_modules as its own.
    await mkdir(join(PROJECT, '.cache'), { recursive: true });
    const dir = await mkdtemp(join(PROJECT, '.cache/stale-schema-'));
    try {
      for (const entry of ['src', 'schemas', 'package.json']) await cp(join(PROJECT, entry), join(dir, entry), { recursive: true });
      const statsPath = join(dir, 'schemas/stats.schema.json');
      const stats = JSON.parse(await readFile(statsPath, 'utf8')) as { required: string[]; properties: Record<string, unknown> };
      stats.properties['reviewedBy'] = { type: 'string' };
      stats.required = [...stats.required, 'reviewedBy'];
      await writeFile(statsPath, JSON.stringify(stats, null, 2));
      const script = [
        `import { validatorFor } from ${JSON.stringify(join(dir, 'src/lib/schemas.ts'))};`,
        "const validate = validatorFor('stats');",
        "validate({ program: 'alao', removed: [] });",
        'process.stdout.write(JSON.stringify(validate.errors?.map((e) => e.params)));',
      ].join('\n');
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual([{ missingProperty: 'reviewedBy' }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
