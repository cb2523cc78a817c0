/**
 * The Git object store behind the test GitHub server: blobs, trees, commits
 * and refs, in memory. Blob ids are real Git blob ids (so a client comparing
 * a local file's id with GitHub's sees the same value); tree and commit ids
 * are unique hashes, not Git's. Trees are flat (full path -> blob id): the
 * server reports them as GitHub does with `recursive=1`.
 */
import { createHash } from 'node:crypto';

export interface StoredCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: string;
}

const sha1 = (...parts: (string | Buffer)[]): string => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

export function blobId(content: Buffer): string {
  return sha1(`blob ${content.length}\0`, content);
}

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, ReadonlyMap<string, string>>();
  readonly commits = new Map<string, StoredCommit>();
  /** Full ref name ('refs/heads/main') -> commit id. */
  readonly refs = new Map<string, string>();
  private commitCounter = 0;

  putBlob(content: Buffer): string {
    const sha = blobId(content);
    this.blobs.set(sha, content);
    return sha;
  }

  putTree(entries: ReadonlyMap<string, string>): string {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1));
    const sha = sha1('tree', JSON.stringify(sorted));
    this.trees.set(sha, new Map(sorted));
    return sha;
  }

  putCommit(tree: string, parents: string[], message: string, author: string): string {
    // A counter makes every commit distinct, as GitHub's timestamps do.
    const sha = sha1('commit', tree, parents.join(','), message, String(++this.commitCounter));
    this.commits.set(sha, { sha, tree, parents, message, author });
    return sha;
  }

  /**
   * The existing ref that keeps `ref` from being created, as Git's ref store
   * (files or packed) does: refs/heads/a/b cannot exist next to refs/heads/a
   * or refs/heads/a/b/c.
   */
  refConflict(ref: string): string | undefined {
    for (const existing of this.refs.keys()) {
      if (existing !== ref && (existing.startsWith(`${ref}/`) || ref.startsWith(`${existing}/`))) return existing;
    }
    return undefined;
  }

  /** Commits `files` (path -> text, null deletes) on top of `branch`, creating the branch when it is new. */
  commitToBranch(branch: string, files: Record<string, string | null>, message: string, author: string): string {
    const ref = `refs/heads/${branch}`;
    const parent = this.refs.get(ref);
    const entries = new Map(parent ? this.trees.get(this.commits.get(parent)?.tree ?? '') : undefined);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) entries.delete(path);
      else entries.set(path, this.putBlob(Buffer.from(content, 'utf8')));
    }
    const commit = this.putCommit(this.putTree(entries), parent ? [parent] : [], message, author);
    this.refs.set(ref, commit);
    return commit;
  }

  /**
   * The commit a ref names: a branch ('main', 'heads/main', 'refs/heads/main')
   * or a commit id. Undefined when it names nothing.
   */
  resolve(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref;
    for (const candidate of [ref, `refs/${ref}`, `refs/heads/${ref}`]) {
      const sha = this.refs.get(candidate);
      if (sha) return sha;
    }
    return undefined;
  }

  filesAt(commitSha: string): ReadonlyMap<string, string> {
    const commit = this.commits.get(commitSha);
    return (commit && this.trees.get(commit.tree)) ?? new Map();
  }

  /** The nearest commit that both `a` and `b` descend from (Git's merge base, for linear and merge histories). */
  mergeBase(a: string, b: string): string | undefined {
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (seen.has(sha)) continue;
      seen.add(sha);
      if (this.isAncestor(sha, a)) return sha;
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return undefined;
  }

  /** True when `ancestor` is `descendant` or one of its ancestors. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const queue = [descendant];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }
}
