/**
 * The communication methods a program offers: those its program.yaml lists,
 * or, where its documents name none (CALA: "Agree on the best communication
 * methods"), every method the schema knows. Where the listed ones are only
 * examples (`ownMethods`; ALAO: "e.g., face-to-face, phone, email, other
 * online communication"), forms suggest them and any method is accepted.
 */
import common from '../../../schemas/common.schema.json' with { type: 'json' };
import type { Program } from '../types.generated.ts';

export type Method = NonNullable<NonNullable<Program['meetings']>['methods']>[number];

/** Every method of the schema's `method`, in its order. */
const ALL_METHODS = common.$defs.method.anyOf.map((option) => option.const) as Method[];

export const methodsOf = (program: Program): Method[] => program.meetings?.methods ?? ALL_METHODS;

/** The methods a contract or an application may name: every method where the program's list is only examples. */
export const acceptedMethods = (program: Program): Method[] => (program.meetings?.ownMethods ? ALL_METHODS : methodsOf(program));

/** The program's methods, then, where they are only examples, every other method: the order prompts offer them in. */
export function suggestedFirst(program: Program): Method[] | undefined {
  const listed = program.meetings?.methods;
  if (!listed || !program.meetings?.ownMethods) return listed;
  return [...listed, ...ALL_METHODS.filter((method) => !listed.includes(method))];
}
