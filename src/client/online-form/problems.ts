/**
 * Shows the validator's problems at their fields: each message under its
 * field, tied to the control with aria-describedby, the control marked
 * aria-invalid, and a list at the top linking to each; focus goes to the
 * first. The messages are the validator's own words, unchanged.
 */
import type { DraftProblem } from '../../lib/validate/check-draft.ts';
import type { Control } from './controls.ts';

const MARK = 'data-online-problem';

export function clearProblems(form: HTMLElement, summary: HTMLElement): void {
  for (const message of form.querySelectorAll(`[${MARK}]`)) message.remove();
  for (const element of form.querySelectorAll('[aria-invalid]')) {
    element.removeAttribute('aria-invalid');
    const rest = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('online-problem-'));
    if (rest.length > 0) element.setAttribute('aria-describedby', rest.join(' '));
    else element.removeAttribute('aria-describedby');
  }
  summary.replaceChildren();
  summary.hidden = true;
}

/** The dotted path of the field a problem is about: a missing key is about that key. */
function problemPath(problem: DraftProblem): string {
  const path = problem.path.map(String);
  const missing = problem.rule === 'schema-missing-key' ? /\("([A-Za-z][A-Za-z0-9_-]*)"\)/.exec(problem.message)?.[1] : undefined;
  return [...path, ...(missing ? [missing] : [])].join('.');
}

/** The control a path belongs to: its own, else the first inside it (a list's first item), else the nearest around it. */
function controlFor(controls: readonly Control[], path: string): Control | undefined {
  const exact = controls.find((control) => control.path === path);
  if (exact) return exact;
  const inside = controls.find((control) => path !== '' && control.path.startsWith(`${path}.`));
  if (inside) return inside;
  const parts = path.split('.');
  for (let length = parts.length - 1; length > 0; length -= 1) {
    const around = controls.find((control) => control.path === parts.slice(0, length).join('.'));
    if (around) return around;
  }
  return undefined;
}

export interface Shown {
  errors: number;
  warnings: number;
  first?: HTMLElement;
}

export function showProblems(
  form: HTMLElement,
  summary: HTMLElement,
  controls: readonly Control[],
  problems: readonly DraftProblem[],
): Shown {
  clearProblems(form, summary);
  const items: HTMLLIElement[] = [];
  let first: HTMLElement | undefined;
  problems.forEach((problem, index) => {
    const id = `online-problem-${index}`;
    const control = controlFor(controls, problemPath(problem));
    const message = document.createElement('p');
    message.id = id;
    message.className = `online-problem online-problem--${problem.severity}`;
    message.setAttribute(MARK, '');
    message.textContent = `${problem.severity === 'error' ? 'Problem' : 'Note'}: ${problem.message}`;
    const item = document.createElement('li');
    if (control) {
      control.container.append(message);
      for (const element of control.elements) {
        if (problem.severity === 'error') element.setAttribute('aria-invalid', 'true');
        const described = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        element.setAttribute('aria-describedby', [...described, id].join(' '));
      }
      const target = control.elements.find((element) => (element as HTMLInputElement).checked) ?? control.elements[0]!;
      if (problem.severity === 'error') first ??= target;
      const link = document.createElement('a');
      link.href = `#${target.id}`;
      link.textContent = problem.message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        target.focus();
      });
      item.append(link);
    } else {
      item.textContent = problem.message;
    }
    items.push(item);
  });
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const heading = document.createElement('h2');
  heading.textContent =
    errors > 0
      ? `${errors === 1 ? '1 problem' : `${errors} problems`} to fix before this form can be saved or sent`
      : `No problem found${warnings > 0 ? ' (please read the notes)' : ''}: it can be printed, saved or sent.`;
  const list = document.createElement('ul');
  list.append(...items);
  summary.append(heading, ...(items.length > 0 ? [list] : []));
  summary.hidden = false;
  summary.classList.toggle('online-summary--ok', errors === 0);
  return { errors, warnings, ...(first && { first }) };
}
