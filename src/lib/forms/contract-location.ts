/**
 * Where a contract file sits: `<root>/content/contracts/<program>/<pairing-id>.yaml`.
 * `contract:print` takes any path to such a file and needs the repository
 * around it (to validate the contract against its program and pairing).
 */
import { sep } from 'node:path';

export interface ContractLocation {
  /** The repository's root folder (absolute). */
  root: string;
  /** Repository-relative, forward slashes (as diagnostics name files). */
  file: string;
  program: string;
  id: string;
}

/** `absolutePath` uses the platform's separators; undefined when it is not a contract file's path. */
export function contractLocation(absolutePath: string): ContractLocation | undefined {
  const parts = absolutePath.split(sep);
  const at = parts.lastIndexOf('contracts');
  if (at < 1 || parts[at - 1] !== 'content' || parts.length !== at + 3) return undefined;
  const program = parts[at + 1];
  const name = parts[at + 2];
  if (!program || !name?.endsWith('.yaml')) return undefined;
  return {
    root: parts.slice(0, at - 1).join(sep) || sep,
    file: parts.slice(at - 1).join('/'),
    program,
    id: name.slice(0, -'.yaml'.length),
  };
}
