/**
 * The list of validation rules in the program author's guide
 * (docs/program-authors.md), generated from src/lib/rule-ids.ts:
 * `npm run generate` rewrites what lies between the two markers below, and
 * `npm run generate -- --check` fails when the guide and the list disagree.
 */
import { RULE_GROUPS, RULES, type RuleGroup } from '../rule-ids.ts';

/** The guide that holds the rule list (the README stays short and links to it). */
export const RULES_DOCUMENT = 'docs/program-authors.md';
const RULES_START = '<!-- rules:start -->';
const RULES_END = '<!-- rules:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The rule list as Markdown: one table per group, in the list's order. */
export function rulesMarkdown(): string {
  const lines = [
    `<!-- Generated from src/lib/rule-ids.ts by \`npm run generate\`; edit the list there, not here. -->`,
    '',
    `${RULES.length} rules, each with the stable id printed after its messages.`,
  ];
  for (const group of Object.keys(RULE_GROUPS) as RuleGroup[]) {
    const rules = RULES.filter((rule) => rule.group === group);
    if (rules.length === 0) continue;
    lines.push('', `**${RULE_GROUPS[group]}**`, '', '| rule | what it checks |', '| --- | --- |');
    for (const rule of rules) lines.push(`| \`${rule.id}\` | ${cell(rule.description)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The guide with its rule section replaced; throws when the markers are missing or out of order. */
export function withRulesSection(guide: string): string {
  const start = guide.indexOf(RULES_START);
  const end = guide.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`${RULES_DOCUMENT} has no ${RULES_START} ... ${RULES_END} section for the rule list`);
  return `${guide.slice(0, start + RULES_START.length)}\n${rulesMarkdown()}${guide.slice(end)}`;
}
