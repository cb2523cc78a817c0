/** The form model of a program's contract from the real schemas: blank, or filled with a contract. */
import { resolvedSchema } from '../schema-files.ts';
import type { Contract, Program } from '../types.generated.ts';
import { buildContractForm } from './build-form.ts';
import type { FormModel } from './model.ts';

export function contractFormModel(program: Program, contract?: Contract): FormModel {
  return buildContractForm({
    contractSchema: resolvedSchema('contract'),
    programSchema: resolvedSchema('program'),
    program,
    ...(contract !== undefined && { contract }),
  });
}
