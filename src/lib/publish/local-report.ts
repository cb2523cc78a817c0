/**
 * What local mode tells the person: which files it wrote where, the `git`
 * commands that commit and push exactly them, and how to open the pull
 * request on GitHub's own pages with the title and description the token path
 * would have used (no `gh`, no token).
 */
import type { LocalChangeResult } from './publish-change.ts';

const SAFE = /^[A-Za-z0-9._/:=@+-]+$/;

/** A word as a POSIX shell reads it back unchanged: bare when safe, else single-quoted. */
export function shellWord(word: string): string {
  return SAFE.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The repository's web address from the `origin` remote (https, scp-like or
 * ssh form), without any user name or token a URL may carry; undefined for
 * anything else (a local path).
 */
export function repositoryWebUrl(remote: string | undefined): string | undefined {
  if (!remote) return undefined;
  const trimmed = remote
    .trim()
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):([^/][^:]*)$/.exec(trimmed);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
  const path = url.pathname.replace(/^\/+/, '');
  if (!/^[^/]+\/[^/]+$/.test(path)) return undefined;
  return `${url.protocol === 'http:' ? 'http' : 'https'}://${url.hostname}/${path}`;
}

function where(result: LocalChangeResult): string {
  const { plan } = result;
  if (plan.action === 'new-branch') return `on the new branch ${plan.branch}${plan.from ? ` (made from ${plan.from})` : ''}`;
  if (plan.why === 'rerun') return `on the branch ${plan.branch ?? '(detached)'}, which is checked out (a rerun)`;
  return `on the current ${plan.branch ? `branch ${plan.branch}` : 'commit (detached HEAD)'}, because the working tree has uncommitted changes (a new branch would have taken them along)`;
}

export function localChangeReport(result: LocalChangeResult): string {
  const prBranch = result.branch;
  const onOwnBranch = result.plan.action === 'new-branch' || result.plan.why === 'rerun';
  const files = result.paths.map((path) => `  ${result.deleted.includes(path) ? 'deleted' : 'wrote'} ${path}`);
  const push = onOwnBranch ? `git push -u origin ${shellWord(prBranch)}` : `git push origin ${shellWord(`HEAD:${prBranch}`)}`;
  const web = repositoryWebUrl(result.originUrl);
  return [
    `Local mode (no GITHUB_TOKEN): nothing was sent to GitHub. Written ${where(result)}:`,
    ...files,
    '',
    'To propose it for review, commit these files only and push them:',
    '',
    `  git add -- ${result.paths.map(shellWord).join(' ')}`,
    `  git commit -m ${shellWord(result.commitMessage)}`,
    `  ${push}`,
    '',
    `Then open a pull request from the branch ${prBranch} on GitHub: after the push the repository's page offers "Compare & pull request"` +
      (web ? ` (or open ${web}/compare/${prBranch}?expand=1)` : '') +
      '. Give it this title and description:',
    '',
    `Title: ${result.title}`,
    '--- pull request description',
    result.body.trimEnd(),
    '---',
    '',
  ].join('\n');
}
