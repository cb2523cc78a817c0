/**
 * The desk as text for a terminal, Markdown for the weekly GitHub issue, or
 * JSON for other tools. Items carry pairing ids only, never names.
 */
import { actionFormUrl, DESK_ACTIONS, type IssueTarget } from '../issue-forms/actions/links.ts';
import { KIND_HEADINGS, type Desk, type DeskItem, type ProgramDesk } from './items.ts';

export type DeskFormat = 'text' | 'markdown' | 'json';
export const DESK_FORMATS: readonly DeskFormat[] = ['text', 'markdown', 'json'];

const count = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;

function groups(program: ProgramDesk): Array<[string, DeskItem[]]> {
  return KIND_HEADINGS.map(([kind, heading]): [string, DeskItem[]] => [heading, program.items.filter((item) => item.kind === kind)]).filter(
    ([, items]) => items.length > 0,
  );
}

const LEFT_OUT_HEADING = 'Files with errors, left out until fixed (npm run validate says what is wrong)';

function formatDeskText(desk: Desk): string {
  const lines = [`Coordinator's desk on ${desk.today}`];
  for (const program of desk.programs) {
    lines.push('', `${program.name} (${program.program}): ${program.items.length === 0 ? 'nothing to do' : count(program.items.length)}`);
    for (const [heading, items] of groups(program)) {
      lines.push(`  ${heading}:`);
      for (const item of items) lines.push(`    ${item.pairing}: ${item.detail}`);
    }
  }
  if (desk.programs.length === 0) lines.push('', 'No programs found under content/programs/.');
  if (desk.leftOut?.length) {
    lines.push('', `${LEFT_OUT_HEADING}:`, ...desk.leftOut.map((file) => `  ${file}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Backslash-escapes the Markdown punctuation that could turn text into markup
 * (emphasis, code, links, HTML, tables); with brackets escaped, parentheses
 * and ! cannot form a link or image.
 */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_{}[\]<>|~]/g, (c) => `\\${c}`);

/** With `issueForms` (the repository on GitHub), each item links to the prefilled action form that settles it. */
export function formatDeskMarkdown(desk: Desk, issueForms?: IssueTarget): string {
  const total = desk.programs.reduce((sum, program) => sum + program.items.length, 0);
  const lines = [
    `What needs a coordinator on ${desk.today}: ${total === 0 ? 'nothing' : count(total)}.`,
    '',
    'This issue is rewritten every week by the desk workflow (`npm run desk -- --format markdown`); tick items as you go, the next run starts afresh from the repository. Pairings are named by id only.',
  ];
  for (const program of desk.programs) {
    lines.push('', `## ${escapeMarkdown(program.name)}`, '');
    if (program.items.length === 0) {
      lines.push('Nothing to do.');
      continue;
    }
    for (const [heading, items] of groups(program)) {
      lines.push(`### ${heading}`, '');
      for (const item of items) {
        const action = issueForms ? DESK_ACTIONS[item.kind] : undefined;
        const link =
          action && issueForms
            ? ` ([${action.text}](${actionFormUrl(issueForms, action.action, program.name, item.pairing, item.subject)}))`
            : '';
        lines.push(`- [ ] \`${item.pairing}\`: ${escapeMarkdown(item.detail)}${link}`);
      }
      lines.push('');
    }
    if (lines.at(-1) === '') lines.pop();
  }
  if (desk.leftOut?.length) {
    lines.push('', `## ${LEFT_OUT_HEADING}`, '', ...desk.leftOut.map((file) => `- [ ] \`${file}\``));
  }
  return `${lines.join('\n')}\n`;
}

export function formatDesk(desk: Desk, format: DeskFormat): string {
  if (format === 'json') return `${JSON.stringify(desk, null, 2)}\n`;
  return format === 'markdown' ? formatDeskMarkdown(desk) : formatDeskText(desk);
}
