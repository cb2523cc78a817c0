/** The real programs of content/programs/, loaded with the validator's own loader, and helpers to look into form models. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormField, FormModel } from '../../src/lib/forms/model.ts';
import type { Program } from '../../src/lib/types.generated.ts';
import { loadProgramFile } from '../../src/lib/validate/program.ts';

export function loadPrograms(root = 'content/programs'): Program[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const path = join(root, entry.name, 'program.yaml');
      const { program, diagnostics } = loadProgramFile(path, new Uint8Array(readFileSync(path)));
      if (!program) throw new Error(`${path} does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
      return program;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The programs whose documents have a written contract, with their contract rules: the only ones with a form. */
export function loadContractPrograms(root = 'content/programs'): (Program & { contract: NonNullable<Program['contract']> })[] {
  return loadPrograms(root).filter(
    (program): program is Program & { contract: NonNullable<Program['contract']> } => program.contract !== undefined,
  );
}

/** Every field of a model, nested ones included, signature blocks too. */
export function allFields(model: FormModel): FormField[] {
  const out: FormField[] = [];
  const visit = (field: FormField) => {
    out.push(field);
    if (field.type === 'group') field.fields.forEach(visit);
  };
  model.fields.forEach(visit);
  model.signatures.blocks.forEach((block) => block.fields.forEach(visit));
  return out;
}

export function fieldAt(model: FormModel, path: string): FormField | undefined {
  return allFields(model).find((field) => field.path === path);
}
