/**
 * The values of one email's placeholders: the pair's own data only, the
 * program's public facts, the coordinator who answers, and links to the site.
 */
import { dateInWords } from '../text/date-words.ts';
import { contractDeadline } from '../program/contract-due.ts';
import { relationshipPeriod } from '../lifecycle/relationship.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { membersOf } from './members.ts';
import type { DueNotice } from './schedule.ts';

export type PlaceholderValues = ReadonlyMap<string, string>;

export interface ValuesInput {
  program: Program;
  pairing: Pairing;
  contract?: Contract;
  notice: DueNotice;
  /** The public site's address, ending in a slash (https://org.github.io/mentoring/). */
  siteUrl: string;
  /** The program's guideline pages, by file name. */
  guidelinePages: readonly string[];
}

export function placeholderValues({ program, pairing, contract, notice, siteUrl, guidelinePages }: ValuesInput): PlaceholderValues {
  const values = new Map<string, string>();
  const members = membersOf(pairing);
  values.set('pair.names', members.map((member) => member.name).join(' and '));
  values.set('pair.id', notice.pairing);
  if (pairing.mentor) values.set('mentor.name', pairing.mentor.name);
  if (pairing.mentee) values.set('mentee.name', pairing.mentee.name);
  values.set('program.name', program.name);
  values.set('program.organization', program.organization);
  const coordinator = program.coordinators.find((person) => person.email === program.notices?.replyTo) ?? program.coordinators[0]!;
  values.set('coordinator.name', coordinator.name);
  values.set('coordinator.email', coordinator.email);
  if (coordinator.role) values.set('coordinator.role', coordinator.role);
  values.set('dates.due', dateInWords(notice.due));
  if (pairing.notified !== undefined) values.set('dates.notified', dateInWords(pairing.notified));
  const deadline = pairing.notified !== undefined ? contractDeadline(program, pairing.notified) : undefined;
  if (deadline) values.set('dates.contractDue', dateInWords(deadline.due));
  const period = relationshipPeriod(program, pairing, contract);
  if (period) {
    values.set('dates.start', dateInWords(period.start));
    values.set('dates.end', dateInWords(period.end));
  }
  if (notice.itemTitle) values.set('item.title', notice.itemTitle);
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  values.set('links.program', `${base}${program.id}/`);
  values.set('links.contractForm', `${base}${program.id}/contract/`);
  for (const page of guidelinePages) values.set(`links.guidelines.${page}`, `${base}${program.id}/${page}/`);
  return values;
}
