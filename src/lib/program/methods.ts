/**
 * The communication methods a program offers: those its program.yaml lists,
 * or, where its documents name none (CALA: "Agree on the best communication
 * methods"), every method the schema knows.
 */
import common from '../../../schemas/common.schema.json' with { type: 'json' };
import type { Program } from '../types.generated.ts';

export type Method = NonNullable<NonNullable<Program['meetings']>['methods']>[number];

/** Every method of the schema's `method`, in its order. */
export const ALL_METHODS = common.$defs.method.anyOf.map((option) => option.const) as Method[];

export const methodsOf = (program: Program): Method[] => program.meetings?.methods ?? ALL_METHODS;
