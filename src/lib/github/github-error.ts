/**
 * The one error every GitHub failure becomes (./errors.ts words it), in a
 * module of its own: each script names it among its `known` errors, so it is
 * loaded with the script, before the GitHub code the command may never need.
 */
export type GitHubErrorKind =
  | 'config' //         settings missing or malformed (no request was made)
  | 'unauthorized' //   401: the token is wrong or expired
  | 'forbidden' //      403: the token lacks a permission
  | 'not-found' //      404: no such repository, or the token cannot see it
  | 'rate-limited' //   primary or secondary rate limit still hit after waiting
  | 'server' //         5xx still failing after the retries
  | 'network' //        GitHub could not be reached at all
  | 'conflict' //       the data already exists where it must not (a contract on the default branch), or 409
  | 'gone' //           410: the feature is switched off (issues disabled in the repository)
  | 'not-private' //    the repository is public or internal: no personal data may be written to it
  | 'unexpected'; //    any other answer (a 422 we do not understand, a malformed response)

export class GitHubError extends Error {
  override name = 'GitHubError';
  readonly kind: GitHubErrorKind;
  readonly status: number | undefined;
  constructor(kind: GitHubErrorKind, message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}
