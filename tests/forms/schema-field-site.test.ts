/**
 * End to end: a field added to schemas/contract.schema.json (and nothing
 * else) appears on every program's built contract page, with its title and
 * description. Builds a copy of the site whose only change is that schema.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { astroBuild, copySiteSources, textOf } from '../site/built-site.ts';
import { loadContractPrograms } from './programs.ts';

// Programs without a written contract (ALCTS) have no contract page.
const programs = loadContractPrograms();
let dir: string;
let build: { failed: boolean; output: string };

const FIELD = {
  title: 'Mid-way review date',
  description: 'The day the pair looks back at its goals and adjusts them.',
  type: 'string',
  format: 'date',
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-form-field-'));
  await copySiteSources(dir, { withPrograms: true });
  const schemaPath = join(dir, 'schemas/contract.schema.json');
  const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as { properties: Record<string, unknown> };
  schema.properties['midwayReview'] = FIELD;
  await writeFile(schemaPath, JSON.stringify(schema, null, 2));
  build = await astroBuild(dir, { TANDEM_OUT_DIR: join(dir, 'dist'), BASE_PATH: '/', NO_COLOR: '1', FORCE_COLOR: '0' });
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a field added to the contract schema only', () => {
  it('builds', () => {
    expect(build.output.split('\n').filter((line) => /error/i.test(line)).join('\n')).toBe('');
    expect(build.failed).toBe(false);
  });

  it.each(programs.map((program) => [program.id]))('appears on the %s contract page with its title and description', async (id) => {
    const html = await readFile(join(dir, 'dist', id, 'contract/index.html'), 'utf8');
    const form = DomUtils.findOne((element) => element.attribs['class']?.split(' ').includes('contract-form') ?? false, parseDocument(html).children, true);
    if (!form) throw new Error(`${id}/contract/ has no .contract-form`);
    const text = textOf(form);
    expect(text).toContain(FIELD.title);
    expect(text).toContain(FIELD.description);
  });
});
