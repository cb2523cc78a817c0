/**
 * Reading one program.yaml on its own. The Astro content loader calls this so
 * that a build with an invalid program.yaml fails with the same message as
 * `npm run validate`: it runs the same validation (YAML, schema, and the
 * program's own rules such as its id matching its folder) on that one file.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { todayIso } from '../dates.ts';
import type { Program } from '../types.generated.ts';
import { validateFiles } from './index.ts';

export function loadProgramFile(path: string, bytes: Uint8Array): { program?: Program; diagnostics: Diagnostic[] } {
  // No date rule applies to a program alone; `today` only has to be a date.
  const { repository, diagnostics } = validateFiles([{ path, bytes }], { today: todayIso() });
  const program = [...repository.programs.values()].find((loaded) => loaded.file === path)?.data;
  return program && !diagnostics.some((d) => d.severity === 'error') ? { program, diagnostics } : { diagnostics };
}
