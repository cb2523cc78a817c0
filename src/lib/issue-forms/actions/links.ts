/**
 * Links from the weekly desk issue to the action that settles an item: the
 * action's issue form on GitHub with the program and pairing already filled
 * in (GitHub fills issue form fields from query parameters named by their ids).
 */
import type { DeskItem, DeskItemKind } from '../../desk/items.ts';
import { actionTemplateName, programItemLabel, type ActionId } from './fields.ts';

/** The repository whose issue forms a link opens. */
export interface IssueTarget {
  /** https://github.com, or a GitHub Enterprise server. */
  serverUrl: string;
  /** owner/name */
  repository: string;
}

/** What settles each kind of desk item, and the link's words; kinds the pair settles themselves have none. */
export const DESK_ACTIONS: Partial<Record<DeskItemKind, { action: ActionId; text: string }>> = {
  'check-in-due': { action: 'check-in', text: 'record the check-in' },
  'contact-hours-below-minimum': { action: 'contact-hours', text: 'record the contact hours' },
  'relationship-past-end': { action: 'status-change', text: 'record the status change' },
  'relationship-ending': { action: 'status-change', text: 'record the status change' },
  'step-overdue': { action: 'step-done', text: 'record the step' },
  'evaluation-due': { action: 'evaluation-received', text: 'record the response' },
};

export function actionFormUrl(
  target: IssueTarget,
  action: ActionId,
  programName: string,
  pairingId: string,
  subject?: DeskItem['subject'],
): string {
  const url = new URL(`${target.serverUrl.replace(/\/+$/, '')}/${target.repository}/issues/new`);
  url.searchParams.set('template', actionTemplateName(action));
  url.searchParams.set('program', programName);
  url.searchParams.set('pairing', pairingId);
  if (subject) url.searchParams.set(subject.field, programItemLabel(programName, subject.title));
  // Parentheses would end a Markdown link early.
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
