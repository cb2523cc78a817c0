/**
 * What an action does to the repository, as the pairing file it proposes:
 * a new pairing file, or the pairing on file with a status change, a check-in,
 * the contact hours so far, a step done or an evaluation received written into it (comments and layout kept).
 * The validator then judges the result, exactly as for `pairing:new`.
 */
import type { parseDocument as parseYamlDocument, Scalar } from 'yaml';
import { yamlPackage } from '../../yaml/yaml-package.ts';
import { applyStatusChange } from '../../lifecycle/status-change.ts';
import { StatusChangeError } from '../../lifecycle/status-change-error.ts';
import { defaultStart } from '../../lifecycle/activation.ts';
import type { Pairing, Program } from '../../types.generated.ts';
import type { SourceFile } from '../../repository/read-files.ts';
import { recordPath } from '../../submit/record-location.ts';
import type { PairingActionId } from './fields.ts';
import type { ActionRequest } from './parse.ts';

export type ActionDraft = { status: 'draft'; draftText: string; id?: string; amend: boolean } | { status: 'problems'; problems: string[] };

type Answers = ActionRequest['answers'];

/** Dates are written quoted, as in every YAML file Tandem writes. */
function quoted(value: string | undefined): Scalar | undefined {
  if (value === undefined) return undefined;
  const scalar = new (yamlPackage().Scalar)(value);
  scalar.type = 'QUOTE_DOUBLE';
  return scalar;
}

const text = (answers: Answers, id: string): string | undefined => {
  const value = answers.get(id);
  return value === undefined ? undefined : String(value);
};

function pairingFile(files: readonly SourceFile[], program: string, id: string): string | undefined {
  const path = recordPath('pairing', program, id);
  const file = files.find((candidate) => candidate.path === path);
  return file ? new TextDecoder().decode(file.bytes) : undefined;
}

function newPairing(program: string, answers: Answers): ActionDraft {
  const kind = text(answers, 'kind');
  const people = [1, 2].map((position) => ({
    name: text(answers, `person-${position}-name`),
    email: text(answers, `person-${position}-email`),
  }));
  const document = yamlPackage().parseDocument('{}', { schema: 'core' });
  document.set('program', program);
  document.set('kind', kind);
  if (kind === 'peer') document.set('peers', people);
  else {
    document.set('mentor', people[0]);
    document.set('mentee', people[1]);
  }
  document.set('notified', quoted(text(answers, 'notified')));
  document.set('status', text(answers, 'status'));
  const draftText = document.toString({ lineWidth: 0 }).replace(/^\{\}\n?/, '');
  const id = text(answers, 'pairing');
  return { status: 'draft', draftText, ...(id !== undefined && { id }), amend: false };
}

function amended(files: readonly SourceFile[], program: string, answers: Answers, change: (current: string) => string): ActionDraft {
  const id = text(answers, 'pairing') ?? '';
  const current = pairingFile(files, program, id);
  if (current === undefined) {
    return {
      status: 'problems',
      problems: [
        `There is no pairing “${id}” in this program (${recordPath('pairing', program, id)} does not exist): check the pairing id.`,
      ],
    };
  }
  try {
    return { status: 'draft', draftText: change(current), id, amend: true };
  } catch (error) {
    if (error instanceof StatusChangeError) return { status: 'problems', problems: [error.message] };
    throw error;
  }
}

function edited(current: string, edit: (document: ReturnType<typeof parseYamlDocument>) => void): string {
  const document = yamlPackage().parseDocument(current, { schema: 'core' });
  if (document.errors.length > 0)
    throw new StatusChangeError('The pairing file is not valid YAML: a coordinator must fix it first (npm run validate says where).');
  edit(document);
  return document.toString({ lineWidth: 0 });
}

export function actionDraft(
  action: PairingActionId,
  program: string,
  answers: Answers,
  files: readonly SourceFile[],
  contractStart?: string,
  /** The program's rules, for the start an activation records (the start of the pair's term or cohort). */
  rules?: Program,
): ActionDraft {
  const { isMap, isScalar, isSeq, parseDocument } = yamlPackage();
  switch (action) {
    case 'pairing-new':
      return newPairing(program, answers);
    case 'status-change':
      return amended(files, program, answers, (current) => {
        const date = text(answers, 'date') ?? '';
        const informed = text(answers, 'coordinatorInformed');
        const next = text(answers, 'newPairing');
        const document = parseDocument(current, { schema: 'core' });
        const notified = document.get('notified');
        const cycle = document.get('cycle');
        const cohort = document.get('cohort');
        const placed: Pick<Pairing, 'cycle' | 'cohort'> = {};
        if (typeof cycle === 'number') placed.cycle = cycle;
        if (typeof cohort === 'string') placed.cohort = cohort;
        const noticeDay = typeof notified === 'string' ? notified : date;
        return applyStatusChange(current, {
          status: text(answers, 'status') as never,
          date,
          requestedBy: text(answers, 'requestedBy') as never,
          note: text(answers, 'note') ?? '',
          ...(informed !== undefined && { coordinatorInformed: informed }),
          ...(next !== undefined && { newPairing: next }),
          activeSince: contractStart ?? noticeDay,
          start: defaultStart(rules, placed, noticeDay),
        }).text;
      });
    case 'check-in':
      return amended(files, program, answers, (current) =>
        edited(current, (document) => {
          const date = text(answers, 'date') ?? '';
          const list: unknown = document.get('checkIns');
          if (isSeq(list)) {
            if (list.items.some((item) => isScalar(item) && String(item.value) === date)) {
              throw new StatusChangeError(`A check-in on ${date} is already recorded for this pairing.`);
            }
            list.add(quoted(date));
          } else {
            document.set('checkIns', [quoted(date)]);
          }
        }),
      );
    case 'contact-hours':
      return amended(files, program, answers, (current) =>
        edited(current, (document) => {
          document.set('hoursLogged', answers.get('hours'));
        }),
      );
    case 'step-done': {
      const step = ofProgram(program, text(answers, 'step'));
      if (step === undefined) return otherProgram('step');
      return amended(files, program, answers, (current) =>
        edited(current, (document) => {
          const date = text(answers, 'date') ?? '';
          const recorded: unknown = document.getIn(['steps', step]);
          if (recorded !== undefined) {
            const on = typeof recorded === 'string' ? ` (on ${recorded})` : '';
            throw new StatusChangeError(`This step is already recorded for this pairing${on}: correct the pairing file instead.`);
          }
          if (isMap(document.get('steps'))) document.setIn(['steps', step], quoted(date));
          else document.set('steps', { [step]: quoted(date) });
        }),
      );
    }
    case 'evaluation-received': {
      const evaluation = ofProgram(program, text(answers, 'evaluation'));
      if (evaluation === undefined) return otherProgram('evaluation');
      return amended(files, program, answers, (current) =>
        edited(current, (document) => {
          const entry = { evaluation, role: text(answers, 'role'), received: quoted(text(answers, 'received')) };
          const list: unknown = document.get('evaluations');
          const node = document.createNode(entry);
          node.flow = isSeq(list) && list.items.some((item) => isMap(item) && item.flow);
          if (isSeq(list)) list.add(node);
          else document.set('evaluations', [node]);
        }),
      );
    }
  }
}

/** The id of a step or evaluation chosen in the form (`<program>/<id>`), when it is the chosen program's. */
function ofProgram(program: string, value: string | undefined): string | undefined {
  const prefix = `${program}/`;
  return value?.startsWith(prefix) ? value.slice(prefix.length) : undefined;
}

const otherProgram = (what: 'step' | 'evaluation'): ActionDraft => ({
  status: 'problems',
  problems: [`The ${what} chosen is not one of the chosen program's: choose the program's own ${what}.`],
});
