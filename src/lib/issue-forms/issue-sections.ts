/**
 * The answers of a filled issue form, as GitHub renders its body: each field
 * as `### <label>`, a blank line and the answer; an empty optional field as
 * `_No response_`. Read by the action forms (actions/parse.ts).
 */
const NO_RESPONSE = '_No response_';

/** The answers of a rendered form by label; only the given labels start a section. */
export function issueSections(body: string, labels: ReadonlySet<string>): Map<string, string> {
  const lines = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const label = /^###\s+(.+?)\s*$/.exec(line)?.[1];
    // A heading typed inside an answer, or a repeated one, stays part of the answer.
    if (label !== undefined && labels.has(label) && !lines.has(label)) {
      current = [];
      lines.set(label, current);
      continue;
    }
    current?.push(line);
  }
  return new Map([...lines].map(([label, answer]) => [label, answerText(answer.join('\n'))]));
}

/** The answer without surrounding blank lines, trailing spaces, or GitHub's empty marker. */
function answerText(raw: string): string {
  const trimmed = raw
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return trimmed === NO_RESPONSE ? '' : trimmed;
}
