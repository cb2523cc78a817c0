/**
 * The README's list of validation rules, generated from src/lib/rule-ids.ts:
 * `npm run generate` rewrites what lies between the two markers below, and
 * `npm run generate -- --check` fails when the README and the list disagree.
 */
import { RULE_GROUPS, RULES, type RuleGroup } from '../rule-ids.ts';

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

/** The README with its rule section replaced; throws when the markers are missing or out of order. */
export function withRulesSection(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${RULES_START} ... ${RULES_END} section for the rule list`);
  return `${readme.slice(0, start + RULES_START.length)}\n${rulesMarkdown()}${readme.slice(end)}`;
}
