/**
 * Finds email addresses and phone numbers in public text. Written without
 * backtracking-prone patterns: the text is split on white space and each word
 * is checked on its own.
 */
export interface PersonalDataMatch {
  offset: number;
  message: string;
}

const EMAIL_MESSAGE =
  "An email address in public guideline text; the site is public. Point readers to the program's coordinators, whose contact details the site shows from program.yaml.";
const PHONE_MESSAGE = "A phone number in public guideline text; the site is public. Point readers to the program's coordinators instead.";

function looksLikeEmail(word: string): boolean {
  const at = word.lastIndexOf('@');
  if (at <= 0) return false;
  const domain = word.slice(at + 1).replace(/[.,;:!?)\]}>'"]+$/, '');
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 2 && /^[A-Za-z0-9.-]+$/.test(domain) && /[A-Za-z0-9]$/.test(word.slice(0, at));
}

// Bounded quantifiers only: a phone-like run of digits and separators.
const PHONE_RUN = /\+?\(?\d[\d ().-]{5,22}\d/g;
const DATE_OR_RANGE = /^\d{4}-\d{2}-\d{2}$|^\d{4} ?[-–] ?\d{4}$/;

function looksLikePhone(run: string): boolean {
  const candidate = run.trim();
  if (DATE_OR_RANGE.test(candidate)) return false;
  const digits = candidate.replace(/\D/g, '').length;
  if (digits >= 10 && digits <= 15 && /[ ().-]/.test(candidate)) return true;
  return /(?:^|\D)\d{3}[-. ]\d{4}(?:\D|$)/.test(candidate) && digits >= 7 && digits <= 15;
}

export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const words = /\S+/g;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    if (match[0].length <= 320 && match[0].includes('@') && looksLikeEmail(match[0])) {
      found.push({ offset: match.index, message: EMAIL_MESSAGE });
    }
  }
  for (const match of text.matchAll(PHONE_RUN)) {
    if (looksLikePhone(match[0])) found.push({ offset: match.index, message: PHONE_MESSAGE });
  }
  return found;
}
