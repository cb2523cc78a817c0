/**
 * What a person wrote in a reply, without what they quoted: lines starting
 * with `>`, and everything from the line a mail program puts above the quoted
 * message ("On ... wrote:", Outlook's "From: ... Sent:" block or its
 * "-----Original Message-----", a signature delimiter "-- "). A reply that
 * quotes Tandem's "reply I AGREE" must not sign by the quote alone.
 */
const QUOTE_HEADS: readonly RegExp[] = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^\s*Am\b.{0,300}\bschrieb\b.{0,200}:\s*$/i,
  /^\s*El\b.{0,300}\bescribió:\s*$/i,
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/,
  /^\s*From:\s.+$/i,
  /^-- $/,
];

export function newText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (QUOTE_HEADS.some((head) => head.test(line))) break;
    // Gmail wraps a long "On <date>, <name> <address>" line before its "wrote:".
    if (/^\s*wrote:\s*$/i.test(line) && /^\s*On\b/i.test(kept.at(-1) ?? '')) {
      kept.pop();
      break;
    }
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/** Whether the person's own words say I AGREE (any case, any punctuation around it). */
export function saysIAgree(text: string): boolean {
  return /(^|[^a-z])i\s+agree([^a-z]|$)/i.test(newText(text));
}
