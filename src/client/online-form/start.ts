/**
 * A printed form made fillable online: progressive enhancement of the blank
 * form (the form pages' components load an entry, contract.ts or
 * application.ts, which calls this). Checks with the validator's own code
 * (passed in by the entry), keeps answers in this browser only, and, once
 * valid, prints, saves the record's YAML file or sends it by email (email.ts).
 */
import { pageFooterCss } from '../../lib/forms/page-css.ts';
import { recordYaml } from '../../lib/forms/online/record-yaml.ts';
import type { RecordEmailKind } from '../../lib/mail/compose-record-email.ts';
import { propertiesOf, type JsonSchema } from '../../lib/schema-walk.ts';
import type { Program } from '../../lib/types.generated.ts';
import type { DraftProblem } from '../../lib/validate/check-draft.ts';
import { enhanceForm } from './controls.ts';
import { startEmail } from './email.ts';
import { clearProblems, showProblems } from './problems.ts';
import { readAnswers, readRecord, writeAnswers, type Answers } from './record.ts';

interface PageData {
  program: Program;
  storageKey: string;
  title: string;
  revision?: string;
}

/** The validator's check of a draft record: the problems to show at their fields. */
export type DraftCheck = (record: Record<string, unknown>, program: Program, today: string) => DraftProblem[];

/** What differs between forms: the record's schema, its check, its file name and where it can be sent. */
export interface OnlineFormKind {
  /** The resolved schema of the record: its properties' order is the file's key order. */
  schema: JsonSchema;
  /** Values the page does not ask for (the program's id). */
  fixed?: (program: Program) => Record<string, unknown>;
  /** The record as the form's fields give it, turned into the record's shape (fields drawn apart on paper joined again). */
  shape?: (record: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The check, loaded on first use: the compiled validator, its formats and the rules are most of the
   * form's code, and nothing needs them before the reader starts on the form (Lighthouse counted them as
   * about 60 KiB of JavaScript unused at load).
   */
  loadCheck: () => Promise<DraftCheck>;
  /** The file's id (`<pairing-id>`, `<application-id>`) of a valid record. */
  fileId: (record: Record<string, unknown>) => string;
  /** What the page already knows (the cycle, today's date), filled into empty fields by path. */
  defaults?: (program: Program, today: string) => Record<string, string>;
  /** Whether each printed page carries the pairing id (contracts do; an application belongs to no pair yet). */
  pairingIdOnPages?: boolean;
  /** The kind of record in the email's subject, and the summary lines above the record. */
  email: { kind: RecordEmailKind; summary: (record: Record<string, unknown>, program: Program) => string[] };
}

/** The record's keys in its schema's order, whatever order the page asked in. */
function inSchemaOrder(record: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  const order = propertiesOf(schema).map(([key]) => key);
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/** Today in the reader's own calendar, as the validator's date rules expect it. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function storedAnswers(key: string): Answers | undefined {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Answers) : undefined;
  } catch {
    return undefined;
  }
}

export function startOnlineForm(kind: OnlineFormKind): void {
  const dataElement = document.getElementById('online-form-data');
  const form = document.querySelector<HTMLElement>('.contract-form');
  const panel = document.getElementById('online-form');
  const summary = document.getElementById('online-summary');
  if (!dataElement || !form || !panel || !summary) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as PageData;
  const { controls, fixed } = enhanceForm(form);
  const order = [
    ...new Set([...form.querySelectorAll<HTMLElement>('[data-path]')].map((element) => (element.dataset['path'] ?? '').split('.')[0]!)),
  ];
  const status = document.getElementById('online-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  const saved = storedAnswers(data.storageKey);
  const defaults = kind.defaults?.(data.program, localToday()) ?? {};
  // What the page knows fills only what the applicant left empty; their own answers win.
  const known = Object.fromEntries(Object.entries(defaults).filter(([path]) => !saved || !saved[path]));
  writeAnswers(controls, { ...saved, ...known });
  const save = () => {
    try {
      localStorage.setItem(data.storageKey, JSON.stringify(readAnswers(controls)));
    } catch {
      say('This browser does not let the page keep your answers: they will be lost on reload.');
    }
  };
  form.addEventListener('input', save);
  form.addEventListener('change', save);

  let checker: Promise<DraftCheck> | undefined;
  const loadCheck = (): Promise<DraftCheck> => {
    checker ??= kind.loadCheck().catch((error: unknown) => {
      checker = undefined;
      throw error;
    });
    return checker;
  };
  // Fetched as soon as the reader starts on the form or its buttons, so that "Check" seldom waits for it.
  const prefetch = () => {
    loadCheck().catch(() => undefined);
  };
  for (const type of ['focusin', 'pointerdown'] as const) document.addEventListener(type, prefetch, { once: true });

  const check = async (): Promise<Record<string, unknown> | undefined> => {
    const fields = readRecord(controls, fixed, order);
    const record = inSchemaOrder({ ...kind.fixed?.(data.program), ...(kind.shape ? kind.shape(fields) : fields) }, kind.schema);
    const problems = (await loadCheck())(record, data.program, localToday());
    const shown = showProblems(form, summary, controls, problems);
    if (shown.errors > 0) {
      shown.first?.focus();
      return undefined;
    }
    summary.querySelector('h2')?.setAttribute('tabindex', '-1');
    (summary.querySelector('h2') as HTMLElement | null)?.focus();
    return record;
  };

  const on = (action: string, run: () => Promise<void> | void) => {
    panel.querySelector(`[data-online="${action}"]`)?.addEventListener('click', () => {
      Promise.resolve(run()).catch(() => say('The check could not be loaded: check your connection and try again.'));
    });
  };
  on('check', async () => {
    await check();
  });
  on('print', async () => {
    const record = await check();
    if (!record) return;
    let style = document.getElementById('online-page-style');
    if (!style) {
      style = document.createElement('style');
      style.id = 'online-page-style';
      document.head.append(style);
    }
    style.textContent = pageFooterCss({
      ...(kind.pairingIdOnPages === false && { pairingIdOnPages: false }),
      programName: data.program.name,
      title: data.title,
      ...(data.revision !== undefined && { revision: data.revision }),
      ...(typeof record['pairing'] === 'string' && { pairingId: record['pairing'] }),
    });
    window.print();
  });
  on('save', async () => {
    const record = await check();
    if (!record) return;
    const url = URL.createObjectURL(new Blob([recordYaml(record)], { type: 'application/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${kind.fileId(record)}.yaml`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(`Saved as ${link.download}.`);
  });
  const intake = data.program.intake?.email;
  if (intake) {
    const email = startEmail(panel, say);
    on('email', async () => {
      const record = await check();
      if (!record) return;
      email.send({
        kind: kind.email.kind,
        recordId: kind.fileId(record),
        summary: kind.email.summary(record, data.program),
        yaml: recordYaml(record),
        to: intake,
      });
    });
  }
  on('clear', () => {
    if (!window.confirm('Erase everything typed in this form, in this browser?')) return;
    for (const control of controls) {
      for (const element of control.elements) {
        if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio'))
          element.checked = element.defaultChecked;
        else element.value = '';
        element.dispatchEvent(
          new Event(element instanceof HTMLInputElement && element.type !== 'text' && element.type !== 'email' ? 'change' : 'input'),
        );
      }
      if (control.attached) control.attached.value = '';
    }
    localStorage.removeItem(data.storageKey);
    clearProblems(form, summary);
    say('The form is empty again, and nothing of it is kept in this browser.');
  });

  panel.hidden = false;
  // The hint above the form is shown by CSS wherever scripts run (form.css), so that it takes its place before the first paint.
  // The plain print button (FormToolbar) prints as is; "Print filled in" checks first.
}
