/**
 * A proposal as text (the terminal), Markdown (the pull request body) or JSON
 * (the issue's public shape). Text and JSON name applications by id only;
 * the Markdown may add names, as the pull request is private.
 */
import { inertMarkdown } from '../github/inert-markdown.ts';
import type { Pin, Proposal } from './propose.ts';

export type MatchFormat = 'text' | 'markdown' | 'json';

const pinText = (pins: readonly Pin[]): string => pins.map((pin) => `${pin.first}=${pin.second}`).join(' ');

/** The command that reproduces the proposal, pins included. */
function rerunCommand(proposal: Proposal): string {
  const parts = [`npm run match -- ${proposal.program} --cycle ${proposal.cycle}`];
  for (const pin of proposal.keep) parts.push(`--keep ${pin.first}=${pin.second}`);
  for (const pin of proposal.forbid) parts.push(`--forbid ${pin.first}=${pin.second}`);
  return parts.join(' ');
}

function summary(proposal: Proposal): string {
  const { pairs, peers, unmatched } = proposal;
  return `${pairs.length} mentoring pair${pairs.length === 1 ? '' : 's'} and ${peers.length} peer pair${peers.length === 1 ? '' : 's'} from ${proposal.applications} application${proposal.applications === 1 ? '' : 's'}; ${unmatched.length} unmatched; total fit ${proposal.totalScore}.`;
}

export function formatText(proposal: Proposal): string {
  const lines = [`Proposal for ${proposal.program}, cycle ${proposal.cycle}: ${summary(proposal)}`];
  if (proposal.keep.length > 0) lines.push(`Kept by the coordinator: ${pinText(proposal.keep)}`);
  if (proposal.forbid.length > 0) lines.push(`Ruled out by the coordinator: ${pinText(proposal.forbid)}`);
  lines.push(`Reproduce with: ${rerunCommand(proposal)}`, '');
  for (const pair of proposal.pairs) lines.push(`${pair.mentor} mentors ${pair.mentee} (fit ${pair.score}): ${pair.reasons.join('; ')}`);
  for (const pair of proposal.peers)
    lines.push(`${pair.peers[0]} and ${pair.peers[1]}, peers (fit ${pair.score}): ${pair.reasons.join('; ')}`);
  if (proposal.pairs.length + proposal.peers.length === 0) lines.push('No pairs can be proposed.');
  if (proposal.unmatched.length > 0) {
    lines.push('', 'Unmatched:');
    for (const entry of proposal.unmatched) lines.push(`${entry.application}: ${entry.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Applicants' words (names, interests) made inert: no mention, link, HTML or broken table cell. */
const cell = (text: string): string => inertMarkdown(text);

/** `names` (application id -> name) is for the private pull request body only. */
export function formatMarkdown(proposal: Proposal, names?: ReadonlyMap<string, string>, files?: ReadonlyMap<string, string>): string {
  const who = (id: string): string => (names?.has(id) ? `${id} (${cell(names.get(id)!)})` : id);
  const lines = [`## Proposed pairings: ${proposal.program}, cycle ${proposal.cycle}`, '', summary(proposal), ''];
  lines.push('Maximum number of pairs first, then the best total fit (an optimum found by HiGHS, not a greedy pass).', '');
  lines.push('Reproduce it with:', '', '```sh', rerunCommand(proposal), '```', '');
  if (proposal.keep.length > 0)
    lines.push(`**Kept by the coordinator:** ${proposal.keep.map((pin) => `\`${pin.first}=${pin.second}\``).join(', ')}`, '');
  if (proposal.forbid.length > 0)
    lines.push(`**Ruled out by the coordinator:** ${proposal.forbid.map((pin) => `\`${pin.first}=${pin.second}\``).join(', ')}`, '');
  if (proposal.pairs.length > 0) {
    lines.push(
      '### Mentoring pairs',
      '',
      `| mentor | mentee | fit | why |${files ? ' file |' : ''}`,
      `| --- | --- | ---: | --- |${files ? ' --- |' : ''}`,
    );
    for (const pair of proposal.pairs) {
      const file = files?.get(`${pair.mentor}>${pair.mentee}`);
      lines.push(
        `| ${who(pair.mentor)} | ${who(pair.mentee)} | ${pair.score} | ${cell(pair.reasons.join('; '))} |${files ? ` \`${file ?? ''}\` |` : ''}`,
      );
    }
    lines.push('');
  }
  if (proposal.peers.length > 0) {
    lines.push(
      '### Peer pairs',
      '',
      `| peer | peer | fit | why |${files ? ' file |' : ''}`,
      `| --- | --- | ---: | --- |${files ? ' --- |' : ''}`,
    );
    for (const pair of proposal.peers) {
      const file = files?.get(`${pair.peers[0]}>${pair.peers[1]}`);
      lines.push(
        `| ${who(pair.peers[0])} | ${who(pair.peers[1])} | ${pair.score} | ${cell(pair.reasons.join('; '))} |${files ? ` \`${file ?? ''}\` |` : ''}`,
      );
    }
    lines.push('');
  }
  if (proposal.unmatched.length > 0) {
    lines.push('### Unmatched', '', '| application | why |', '| --- | --- |');
    for (const entry of proposal.unmatched) lines.push(`| ${who(entry.application)} | ${cell(entry.reason)} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** Exactly the issue's shape: { pairs, peers, unmatched }, ids being application ids. */
export function formatJson(proposal: Proposal): string {
  return `${JSON.stringify(
    {
      pairs: proposal.pairs.map(({ mentor, mentee, score, reasons }) => ({ mentor, mentee, score, reasons })),
      peers: proposal.peers.map(({ peers, score, reasons }) => ({ peers, score, reasons })),
      unmatched: proposal.unmatched.map(({ application, reason }) => ({ application, reason })),
    },
    null,
    2,
  )}\n`;
}

export function formatProposal(proposal: Proposal, format: MatchFormat): string {
  return format === 'json' ? formatJson(proposal) : format === 'markdown' ? formatMarkdown(proposal) : formatText(proposal);
}
