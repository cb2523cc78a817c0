/**
 * End to end: the built contract pages draw their fields from
 * schemas/contract.schema.json, so a field added to the schema (and nothing
 * else) appears on every program's page with its title and description.
 *
 * Two halves, without a site build of their own: form-model.test.ts shows
 * that a field added to the schema enters the form model with its title and
 * description; here, every field of the form model made from the real schema
 * is on the built page of the shared test build, with its label and help
 * text, so the page holds nothing but (and nothing less than) the schema's
 * fields.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { contractFormModel } from '../../../src/lib/forms/contract-form.ts';
import { textOf } from '../../support/built-site.ts';
import { allFields, loadContractPrograms } from '../../support/form-programs.ts';

// Programs without a written contract (ALCTS) have no contract page.
const programs = loadContractPrograms();
const distDir = inject('distDir');
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

async function formText(id: string): Promise<string> {
  const html = await readFile(join(distDir, id, 'contract/index.html'), 'utf8');
  const form = DomUtils.findOne(
    (element) => element.attribs['class']?.split(' ').includes('contract-form') ?? false,
    parseDocument(html).children,
    true,
  );
  if (!form) throw new Error(`${id}/contract/ has no .contract-form`);
  return textOf(form);
}

describe('the built contract page of each program', () => {
  it.each(programs.map((program) => [program.id, program] as const))(
    '%s shows every field of the schema-made form model, top-level ones with their help text',
    async (id, program) => {
      const text = await formText(id);
      const model = contractFormModel(program);
      const fields = allFields(model);
      expect(fields.length).toBeGreaterThan(5);
      for (const field of fields) expect(text, field.path).toContain(squeeze(field.label));
      const helped = model.fields.filter((field) => field.help);
      expect(helped.length).toBeGreaterThan(3);
      for (const field of helped) expect(text, field.path).toContain(squeeze(field.help ?? ''));
    },
  );
});
