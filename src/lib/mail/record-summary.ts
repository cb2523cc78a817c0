/**
 * The few lines a person reads at the top of an emailed record, before the
 * record itself: what it is, for which program, and who. Written from a valid
 * record (the online form checks it first), so every field named here is
 * there; anything missing is simply left out. Ships to the browser.
 */
import type { Program } from '../types.generated.ts';
import { andList } from '../text/word-lists.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** "An application to the ALCTS Mentoring Program (2027 cycle) from Ada Okafor <ada@example.edu>, as a mentee." */
export function applicationSummary(record: Record<string, unknown>, program: Pick<Program, 'name'>): string[] {
  const name = text(record['name']);
  const email = text(record['email']);
  const roles = Array.isArray(record['roles']) ? record['roles'].filter((role): role is string => typeof role === 'string') : [];
  const cycle = typeof record['cycle'] === 'number' ? ` (${record['cycle']} cycle)` : '';
  const from = name ? ` from ${name}${email ? ` <${email}>` : ''}` : '';
  const as = roles.length > 0 ? `, as ${andList(roles.map((role) => `a ${role}`))}` : '';
  return [`An application to the ${program.name}${cycle}${from}${as}.`];
}

/** "The contract of pairing 2026-lee-okafor in the ALAO Mentoring Program, between Jordan Lee (mentor) and Ada Okafor (mentee)." and its plan. */
export function contractSummary(record: Record<string, unknown>, program: Pick<Program, 'name'>): string[] {
  const pairing = text(record['pairing']);
  const parties = (Array.isArray(record['parties']) ? record['parties'] : [])
    .map((party: unknown) => {
      const { name, role } = (typeof party === 'object' && party !== null ? party : {}) as Record<string, unknown>;
      return text(name) ? `${text(name)}${text(role) ? ` (${text(role)})` : ''}` : undefined;
    })
    .filter((party): party is string => party !== undefined);
  const lines = [
    `The contract${pairing ? ` of pairing ${pairing}` : ''} in the ${program.name}${parties.length > 0 ? `, between ${andList(parties)}` : ''}.`,
  ];
  const goals = Array.isArray(record['goals']) ? record['goals'].length : 0;
  const start = text(record['start']);
  const months = typeof record['durationMonths'] === 'number' ? record['durationMonths'] : undefined;
  const plan = [
    goals > 0 ? `${goals} ${goals === 1 ? 'goal' : 'goals'}` : '',
    start ? `starting ${start}` : '',
    months !== undefined ? `for ${months} ${months === 1 ? 'month' : 'months'}` : '',
  ].filter(Boolean);
  if (plan.length > 0) lines.push(`${plan.join(', ')}.`.replace(/^./, (first) => first.toUpperCase()));
  return lines;
}
