/**
 * Turns the printed form's blanks and tick boxes into form controls, in place,
 * so that the page keeps the printed layout: an input inside each writing
 * line, a real checkbox or radio button where each box is drawn. Nothing here
 * runs without JavaScript: the page is then exactly the blank form.
 */
import { typedDate } from '../../lib/forms/online/typed-date.ts';

/** One value of the contract the person types or ticks, at a dotted data path. */
export interface Control {
  path: string;
  kind: 'text' | 'integer' | 'number' | 'date' | 'email' | 'lines' | 'choice' | 'choices' | 'tick';
  /** The elements that hold the answer: one input, or the group's radios or checkboxes. */
  elements: (HTMLInputElement | HTMLTextAreaElement)[];
  /** The element problems are shown in (the field's own box). */
  container: HTMLElement;
  /** For a tick box with attached items (further goals): the text area of the items. */
  attached?: HTMLTextAreaElement;
}

export interface Enhanced {
  controls: Control[];
  /** Values the program fixes (its id): part of the record, never typed. */
  fixed: Map<string, string>;
}

const idFor = (path: string, suffix = ''): string => `online-${path.replace(/[^a-zA-Z0-9]+/g, '-')}${suffix}`;

function labelFrom(span: Element | null, id: string): void {
  if (!span) return;
  const label = document.createElement('label');
  label.className = span.className;
  label.htmlFor = id;
  label.append(...span.childNodes);
  span.replaceWith(label);
}

function textControl(kind: Control['kind'], rows: number, id: string, path: string): HTMLInputElement | HTMLTextAreaElement {
  if (rows > 1) {
    const area = document.createElement('textarea');
    area.rows = rows;
    area.id = id;
    area.name = path;
    return area;
  }
  const input = document.createElement('input');
  input.id = id;
  input.name = path;
  input.type = kind === 'email' ? 'email' : 'text';
  if (kind === 'integer') input.inputMode = 'numeric';
  if (kind === 'number') input.inputMode = 'decimal';
  // A date is typed as people type it (8/20/2026, August 20, 2026) or picked beside it.
  if (kind === 'date') input.autocomplete = 'off';
  if (kind === 'email') input.autocomplete = 'email';
  input.spellcheck = kind === 'text';
  return input;
}

/**
 * Beside a date's text control, the browser's own date picker: a date can be
 * typed as people type it (8/20/2026, August 20, 2026) or picked; either way
 * the record holds YYYY-MM-DD (record.ts reads what was typed).
 */
function datePicker(text: HTMLInputElement, label: string): HTMLInputElement {
  const picker = document.createElement('input');
  picker.type = 'date';
  picker.className = 'online-date-picker';
  picker.tabIndex = -1; // the text control is the field; the picker is a shortcut for the pointer
  picker.setAttribute('aria-label', `Pick ${label} from a calendar`);
  picker.addEventListener('change', () => {
    if (!picker.value) return;
    text.value = picker.value;
    text.dispatchEvent(new Event('input', { bubbles: true }));
  });
  text.addEventListener('input', () => {
    const typed = typedDate(text.value);
    picker.value = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : '';
  });
  return picker;
}

/** A writing line (or a numbered item) becomes a text control inside its blank. */
function lineControl(
  field: HTMLElement,
  path: string,
  kind: Control['kind'],
  rows: number,
  seen: Map<string, Control>,
): Control | undefined {
  const blank = field.querySelector(':scope > .line > .line__blank, :scope > .line__blank');
  if (!blank) return undefined;
  const existing = seen.get(path);
  if (existing) {
    // The same value asked twice (a signer's printed name on the signature page): shown, typed once.
    const source = existing.elements[0]!;
    const echo = () => {
      blank.textContent = source.value;
    };
    source.addEventListener('input', echo);
    blank.setAttribute('data-echo', path);
    return undefined;
  }
  const id = idFor(path);
  const control = textControl(kind, rows, id, path);
  for (const row of field.querySelectorAll(':scope > .line__blank--row')) (row as HTMLElement).hidden = true;
  blank.replaceChildren(control);
  const labelText = field.querySelector('.line__label')?.textContent?.trim().toLowerCase() ?? 'the date';
  if (kind === 'date' && control instanceof HTMLInputElement) blank.append(datePicker(control, labelText));
  labelFrom(field.querySelector('.line__label'), id);
  const made: Control = { path, kind, elements: [control], container: field };
  seen.set(path, made);
  return made;
}

function choiceControl(container: HTMLElement, path: string): Control {
  const multiple = container.hasAttribute('data-multiple') || container.classList.contains('form-section--choices');
  const list = container.querySelector('ul.choices');
  const heading = container.querySelector(':scope > .field__label, :scope > h2');
  if (heading && !heading.id) heading.id = idFor(path, '-label');
  // The group's name for assistive technology; the list inside stays a list.
  if (list && heading) {
    container.setAttribute('role', multiple ? 'group' : 'radiogroup');
    container.setAttribute('aria-labelledby', heading.id);
  }
  const elements: HTMLInputElement[] = [];
  container.querySelectorAll<HTMLElement>('li.choice').forEach((item, index) => {
    const id = idFor(path, `-${index}`);
    const input = document.createElement('input');
    input.type = multiple ? 'checkbox' : 'radio';
    input.name = path;
    input.value = item.dataset['value'] ?? '';
    input.id = id;
    const box = item.querySelector('.box');
    input.defaultChecked = box?.classList.contains('box--checked') ?? false;
    input.checked = input.defaultChecked;
    item.querySelector('.sr-only')?.remove();
    box?.replaceWith(input);
    labelFrom(item.querySelector('.choice__label'), id);
    elements.push(input);
  });
  return { path, kind: multiple ? 'choices' : 'choice', elements, container };
}

function tickControl(field: HTMLElement, path: string): Control {
  const id = idFor(path);
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = id;
  input.name = path;
  const box = field.querySelector('.box');
  input.checked = box?.classList.contains('box--checked') ?? false;
  field.querySelector('.sr-only')?.remove();
  box?.replaceWith(input);
  labelFrom(field.querySelector('.field__label'), id);
  // A yes/no box (a member's statement) is all there is; a box standing for a list (further goals) asks for its items.
  if (field.dataset['list'] !== 'true') return { path, kind: 'tick', elements: [input], container: field };
  const wrapper = document.createElement('p');
  wrapper.className = 'online-attached';
  const label = document.createElement('label');
  label.htmlFor = idFor(path, '-items');
  label.textContent = 'Write them here, one per line:';
  const area = document.createElement('textarea');
  area.id = idFor(path, '-items');
  area.name = `${path}.items`;
  area.rows = 3;
  wrapper.append(label, area);
  wrapper.hidden = !input.checked;
  input.addEventListener('change', () => {
    wrapper.hidden = !input.checked;
  });
  field.append(wrapper);
  return { path, kind: 'tick', elements: [input], container: field, attached: area };
}

const LINE_KINDS = new Set(['integer', 'number', 'date', 'email', 'text']);

/** Enhances the form inside `form` and lists its controls in reading order. */
export function enhanceForm(form: HTMLElement): Enhanced {
  const controls: Control[] = [];
  const fixed = new Map<string, string>();
  const seen = new Map<string, Control>();
  for (const element of form.querySelectorAll<HTMLElement>('[data-path]')) {
    const path = element.dataset['path'] ?? '';
    if (element.matches('.field--line')) {
      if (element.dataset['fixed'] !== undefined) {
        fixed.set(path, element.dataset['fixed']);
        continue;
      }
      const kind = LINE_KINDS.has(element.dataset['input'] ?? '') ? (element.dataset['input'] as Control['kind']) : 'text';
      const rows = element.querySelectorAll(':scope > .line__blank--row').length + 1;
      const control = lineControl(element, path, rows > 1 ? 'lines' : kind, rows, seen);
      if (control) controls.push(control);
    } else if (element.matches('li[data-rows]')) {
      const control = lineControl(element, path, 'lines', Number(element.dataset['rows'] ?? 1), seen);
      if (control) controls.push(control);
    } else if (element.matches('.field--choices, .form-section--choices')) {
      controls.push(choiceControl(element, path));
    } else if (element.matches('.field--tick')) {
      controls.push(tickControl(element, path));
    }
  }
  form.classList.add('contract-form--online');
  return { controls, fixed };
}
