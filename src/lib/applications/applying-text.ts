/**
 * What the site says about applying to a program, sentence by sentence, from
 * program.yaml alone: whether everyone applies, in which roles, for members
 * only, the window, and where to apply. A program without `applications`
 * gets nothing: its documents do not describe applying.
 */
import type { Program } from '../types.generated.ts';
import { orList } from '../text/word-lists.ts';
import { applicationWindow, windowSentence, yearlyWindowInWords } from './window.ts';

const ROLE_WORDS: Record<string, string> = { mentor: 'a mentor', mentee: 'a mentee', peer: 'a peer' };

export interface ApplyingText {
  /** Sentences in reading order. */
  sentences: string[];
  /** The window's sentence alone (the home page shows only this), when a window is published. */
  window?: string;
}

export function applyingText(program: Program, today: string): ApplyingText | undefined {
  const settings = program.applications;
  if (!settings) return undefined;
  const sentences: string[] = [];
  sentences.push(settings.required ? 'Everyone who takes part applies first.' : 'You can apply to take part.');
  const roles = settings.roles.map((role) => ROLE_WORDS[role] ?? role);
  const both = program.bothRoles && settings.roles.includes('mentor') && settings.roles.includes('mentee');
  sentences.push(`You apply as ${orList(roles)}${both ? ', or as both' : ''}.`);
  if (program.membersOnly)
    sentences.push(
      `The program is open to members of the ${program.organization} only; the application asks you to confirm that you are one.`,
    );
  const yearly = yearlyWindowInWords(program);
  if (yearly) sentences.push(`Applications are accepted ${yearly}.`);
  const window = windowSentence(applicationWindow(program, today));
  if (window) sentences.push(window);
  if (settings.apply) sentences.push(`Where to apply: ${settings.apply}`);
  return { sentences, ...(window !== undefined && { window }) };
}
