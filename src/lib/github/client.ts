/**
 * The one place an octokit client is made. `octokit`'s Octokit already
 * carries the retry and throttling plugins; this configures them the way a
 * coordinator's command needs: transient failures (5xx, secondary rate
 * limits) retried with growing waits, writes paced as GitHub asks, and
 * nothing logged that could carry the token.
 */
import type { Octokit } from 'octokit';
import { bottleneckPackage, octokitPackage } from './octokit-package.ts';
import type { GitHubSettings } from './settings.ts';

export type GitHubClient = Octokit;

export interface GitHubClientOptions {
  /**
   * Multiplies every wait: retry backoff (1 s, 4 s, 9 s), rate-limit waits and
   * the pacing of writes (1 s apart, 3 s for those that notify people). 1 for
   * GitHub; a test server uses a tiny value so that a retried request does not
   * slow the test down.
   */
  delayScale?: number;
  /** How many times a request failing with a 5xx is tried again. */
  retries?: number;
  /** Told when the client waits or retries, in one plain sentence (never the token). */
  onNotice?: (message: string) => void;
}

/** Retry a secondary rate limit this many times before giving up with a clear message. */
const SECONDARY_LIMIT_RETRIES = 2;
/** A primary rate limit that resets within this many seconds is waited out; a longer one is reported. */
const LONGEST_RATE_LIMIT_WAIT_S = 60;

/** Set by tests against a local server: scales every retry and pacing wait (see `delayScale`). */
export const DELAY_SCALE_VARIABLE = 'TANDEM_GITHUB_DELAY_SCALE';

/** The `delayScale` the environment asks for (DELAY_SCALE_VARIABLE), when it names a positive number. */
export function delayScaleFrom(env: Readonly<Record<string, string | undefined>>): { delayScale?: number } {
  const scale = Number(env[DELAY_SCALE_VARIABLE]);
  return Number.isFinite(scale) && scale > 0 ? { delayScale: scale } : {};
}

export function createGitHubClient(settings: GitHubSettings, options: GitHubClientOptions = {}): GitHubClient {
  const scale = options.delayScale ?? 1;
  const notice = options.onNotice ?? (() => {});
  const ms = (milliseconds: number) => Math.max(0, Math.round(milliseconds * scale));
  const { Octokit } = octokitPackage();
  const Bottleneck = bottleneckPackage();
  return new Octokit({
    auth: settings.token,
    baseUrl: settings.apiUrl,
    userAgent: 'tandem-mentoring',
    // octokit's default logger writes warnings with request details to the console; route them through `notice`.
    log: { debug: () => {}, info: () => {}, warn: (message: string) => notice(message), error: (message: string) => notice(message) },
    retry: {
      retries: options.retries ?? 3,
      // The plugin waits (retryCount + 1)^2 times this: 1 s, 4 s, 9 s on GitHub.
      retryAfterBaseValue: ms(1000),
    },
    throttle: {
      retryAfterBaseValue: ms(1000),
      fallbackSecondaryRateRetryAfter: 60,
      // GitHub asks integrations to space writes by a second, and writes that notify people by more.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: ms(1000) }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: ms(3000) }),
      onRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        if (retryCount > 0 || retryAfter > LONGEST_RATE_LIMIT_WAIT_S) return false;
        notice(`GitHub's rate limit is reached; waiting ${retryAfter} s before trying again.`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        if (retryCount >= SECONDARY_LIMIT_RETRIES) return false;
        notice(`GitHub asks us to slow down; waiting ${retryAfter} s before trying again.`);
        return true;
      },
    },
  });
}
