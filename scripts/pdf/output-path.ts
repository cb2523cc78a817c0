/**
 * A filled contract holds personal data: it must never be written where the
 * site build publishes from (public/ is copied into dist/) or to (dist/).
 * Paths are compared by their real location: the nearest existing ancestor is
 * resolved through symlinks, so neither `..` nor a symlink gets around it.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

const PUBLISHED_FOLDERS = ['public', 'dist'] as const;

/** The real path of `path`: symlinks resolved up to its nearest existing ancestor, the rest appended. */
function realLocation(path: string): string {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      missing.push(basename(current));
      current = parent;
    }
  }
}

const inside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder + sep);

/** Why `out` may not receive a filled contract of the repository at `root`, or undefined when it may. */
export function publishedOutputProblem(out: string, root: string): string | undefined {
  const real = realLocation(out);
  for (const folder of PUBLISHED_FOLDERS) {
    const published = realLocation(join(root, folder));
    if (inside(real, published)) {
      const shown = relative(process.cwd(), out) || out;
      return `${shown} is inside ${folder}/ (${folder === 'dist' ? 'the public site' : 'copied into the public site by every build'}): a filled contract holds personal data and is never written there.`;
    }
  }
  return undefined;
}
