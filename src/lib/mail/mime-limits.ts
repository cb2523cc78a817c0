/**
 * Limits on what the inbox reads, checked before a message is parsed: its
 * size (IMAP tells it before the message is fetched) and its MIME nesting (a
 * "MIME bomb" nests multiparts thousands deep to exhaust a parser). A message
 * over a limit is not read and not marked: it stays in the mailbox, unread,
 * for a person, and the run lists it.
 */
export interface MailLimits {
  /** Largest message fetched, in bytes. */
  maxBytes: number;
  /** Deepest multipart nesting read. */
  maxDepth: number;
  /** Most MIME parts read. */
  maxParts: number;
}

export const DEFAULT_LIMITS: MailLimits = { maxBytes: 10 * 1024 * 1024, maxDepth: 12, maxParts: 200 };

/**
 * Why the raw message exceeds the limits, or undefined. Nesting is measured
 * by the boundaries declared: each multipart declares one and is closed by it,
 * so the open ones at any point are those declared and not yet closed.
 */
export function mimeLimitProblem(raw: string, limits: MailLimits = DEFAULT_LIMITS): string | undefined {
  const open: string[] = [];
  let parts = 0;
  let deepest = 0;
  const declared = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/gi;
  // Walk line by line: a boundary declaration opens a level; its closing delimiter `--b--` closes it.
  for (const line of raw.split(/\r?\n/)) {
    if (line.startsWith('--')) {
      const inner = line.trimEnd();
      const closing = open.findLastIndex((boundary) => inner === `--${boundary}--`);
      if (closing >= 0) {
        open.length = closing;
        continue;
      }
      if (open.some((boundary) => inner === `--${boundary}`)) {
        parts += 1;
        if (parts > limits.maxParts) return `more than ${limits.maxParts} MIME parts`;
        continue;
      }
    }
    declared.lastIndex = 0;
    for (let match = declared.exec(line); match; match = declared.exec(line)) {
      open.push(match[1] ?? match[2] ?? '');
      deepest = Math.max(deepest, open.length);
      if (deepest > limits.maxDepth) return `MIME parts nested more than ${limits.maxDepth} deep`;
    }
  }
  return undefined;
}

export const tooLarge = (bytes: number, limits: MailLimits = DEFAULT_LIMITS): string | undefined =>
  bytes > limits.maxBytes
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${(limits.maxBytes / 1024 / 1024).toFixed(0)} MB limit`
    : undefined;
