/**
 * What the controls hold, as a contract record (the shape of a contract file)
 * and as saved answers (what local storage keeps). A number that is not one
 * stays text, so that the validator names it, as it would in a file.
 */
import { typedDate } from '../../lib/forms/online/typed-date.ts';
import { unquote } from '../../lib/text/unquote.ts';
import type { Control } from './controls.ts';

export type Answers = Record<string, string | string[] | boolean>;

export function readAnswers(controls: readonly Control[]): Answers {
  const answers: Answers = {};
  for (const control of controls) {
    const inputs = control.elements as HTMLInputElement[];
    if (control.kind === 'choices') answers[control.path] = inputs.filter((input) => input.checked).map((input) => input.value);
    else if (control.kind === 'choice') answers[control.path] = inputs.find((input) => input.checked)?.value ?? '';
    else if (control.kind === 'tick') {
      answers[control.path] = inputs[0]?.checked ?? false;
      if (control.attached) answers[`${control.path}.items`] = control.attached.value;
    } else answers[control.path] = control.elements[0]?.value ?? '';
  }
  return answers;
}

export function writeAnswers(controls: readonly Control[], answers: Answers): void {
  for (const control of controls) {
    const value = answers[control.path];
    if (value === undefined) continue;
    const inputs = control.elements as HTMLInputElement[];
    if (control.kind === 'choices' || control.kind === 'choice') {
      const chosen = Array.isArray(value) ? value : [String(value)];
      for (const input of inputs) input.checked = chosen.includes(input.value);
    } else if (control.kind === 'tick') {
      const input = inputs[0];
      if (input) {
        input.checked = value === true;
        input.dispatchEvent(new Event('change'));
      }
      const items = answers[`${control.path}.items`];
      if (control.attached && typeof items === 'string') control.attached.value = items;
    } else if (typeof value === 'string') {
      const element = control.elements[0];
      if (element) {
        element.value = value;
        element.dispatchEvent(new Event('input'));
      }
    }
  }
}

function typed(control: Control, raw: string): string | number | undefined {
  // Quotes typed around a whole answer are not part of it (text/unquote.ts).
  const text = unquote(raw);
  if (text === '') return undefined;
  if (control.kind === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  if (control.kind === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  // A date typed as people type it (8/20/2026, August 20, 2026) is recorded as YYYY-MM-DD.
  if (control.kind === 'date') return typedDate(text);
  return text;
}

type Node = Record<string, unknown> | unknown[];

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Node = root;
  parts.forEach((part, index) => {
    const key: string | number = /^\d+$/.test(part) ? Number(part) : part;
    const last = index === parts.length - 1;
    const holder = node as Record<string | number, unknown>;
    if (last) {
      if (value !== undefined) holder[key] = value;
      return;
    }
    holder[key] ??= /^\d+$/.test(parts[index + 1]!) ? [] : {};
    node = holder[key] as Node;
  });
}

/** Lists of plain values (goals) close their gaps; lists of records (parties) keep their places. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = Array.from(value, (item) => compact(item));
    return items.every((item) => item === undefined || typeof item !== 'object')
      ? items.filter((item) => item !== undefined)
      : items.map((item) => item ?? {});
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, compact(child)]));
}

/** The contract record: keys in the form's order (the schema's), empty answers left out. */
export function readRecord(
  controls: readonly Control[],
  fixed: ReadonlyMap<string, string>,
  order: readonly string[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of order) {
    for (const [path, value] of fixed) if (path === key) record[key] = value;
    for (const control of controls) {
      if (control.path.split('.')[0] !== key) continue;
      const inputs = control.elements as HTMLInputElement[];
      if (control.kind === 'choices') {
        const chosen = inputs.filter((input) => input.checked).map((input) => input.value);
        setAt(record, control.path, chosen.length > 0 ? chosen : undefined);
      } else if (control.kind === 'choice') {
        setAt(record, control.path, inputs.find((input) => input.checked)?.value);
      } else if (control.kind === 'tick' && !control.attached) {
        setAt(record, control.path, inputs[0]?.checked ? true : undefined);
      } else if (control.kind === 'tick') {
        const items = (control.attached?.value ?? '')
          .split('\n')
          .map((line) => unquote(line))
          .filter(Boolean);
        setAt(record, control.path, inputs[0]?.checked ? items : undefined);
      } else {
        setAt(record, control.path, typed(control, control.elements[0]?.value ?? ''));
      }
    }
  }
  return compact(record) as Record<string, unknown>;
}
