/**
 * Builds a contract's form model by walking the contract schema's properties
 * in order: each becomes a field by its type (line, tick boxes, numbered
 * blanks, group), shaped by the program's rules where the program supplies
 * options or limits. A filled contract, when given, supplies the values.
 */
import type { Contract, Program } from '../types.generated.ts';
import type { ChoiceOption, FormField, FormModel, GroupField, SignatureBlock } from './model.ts';
import { ruleFor, type FieldRule } from './program-rules.ts';
import { contractRulesOf } from '../program/contract-rules.ts';
import {
  enumOptions,
  helpOf,
  itemsOf,
  kindOf,
  labelOf,
  numberKeyword,
  propertiesOf,
  type EnumOption,
  type JsonSchema,
} from '../schema-walk.ts';

export interface BuildFormInput {
  /** The resolved contract schema (`resolvedSchema('contract')`, or a test's variant of it). */
  contractSchema: JsonSchema;
  /** The resolved program schema: labels of the agreement and who to submit to. */
  programSchema: JsonSchema;
  program: Program;
  /** A contract to print filled in; leave out for the blank form. */
  contract?: Contract;
}

/** The contract property holding the people who sign: drawn as names up front and signature blocks at the end. */
const SIGNERS = 'parties';
/** The party details written next to each name at the top; the rest goes into the signature block. */
const PARTY_IDENTITY = new Set(['role', 'name']);

type Values = (path: string) => unknown;

/** How a date is written on the form, as in the contract file. */
const DATE_HINT = 'YYYY-MM-DD';

function valueReader(contract: Contract | undefined): Values {
  return (path) => {
    let node: unknown = contract;
    for (const key of path.split('.')) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

function choiceOptions(all: EnumOption[] | undefined, rule: FieldRule | undefined, value: unknown): ChoiceOption[] {
  const labelFor = (option: string) => all?.find((candidate) => candidate.value === option)?.label ?? option;
  const offered = rule?.options ?? all?.map((option) => option.value) ?? [];
  const chosen = Array.isArray(value) ? value.map((item) => text(item) ?? '') : value === undefined ? [] : [text(value) ?? ''];
  // A filled value outside the program's options (data written before the rules changed) is still shown.
  const values = [...offered, ...chosen.filter((option) => !offered.includes(option))];
  const options = values.map((option) => ({ value: option, label: labelFor(option), checked: chosen.includes(option) }));
  // A single possible answer is already given: tick it.
  if (options.length === 1 && options[0]) options[0].checked = true;
  return options;
}

function defaultBlanks(node: JsonSchema): number {
  const min = numberKeyword(node, 'minItems') ?? 1;
  const max = numberKeyword(node, 'maxItems') ?? 3;
  return Math.min(max, Math.max(min, 2));
}

function buildField(path: string, key: string, node: JsonSchema, program: Program, values: Values): FormField | undefined {
  const rule = ruleFor(program, path);
  if (rule?.omit) return undefined;
  const value = values(path);
  // A value the program gives (its own name) needs no help on how to write it.
  const help = rule?.value === undefined ? helpOf(node) : undefined;
  const base = {
    path,
    label: labelOf(node, key),
    ...(help !== undefined && { help }),
    ...(rule?.note !== undefined && { note: rule.note }),
  };
  switch (kindOf(node)) {
    case 'enum':
      return { ...base, type: 'choices', multiple: false, options: choiceOptions(enumOptions(node), rule, value) };
    case 'boolean':
      return { ...base, type: 'tick', checked: value === true, attached: [] };
    case 'object':
      return { ...base, type: 'group', fields: buildFields(path, node, program, values) };
    case 'array': {
      const items = itemsOf(node);
      const list = Array.isArray(value) ? value.map(String) : [];
      if (rule?.tick) return { ...base, type: 'tick', checked: list.length > 0, attached: list, list: true };
      const itemOptions = enumOptions(items);
      if (rule?.options || itemOptions) {
        return { ...base, type: 'choices', multiple: true, options: choiceOptions(itemOptions, rule, value) };
      }
      if (kindOf(items) === 'object') return { ...base, type: 'group', fields: itemGroups(path, key, node, program, values) };
      const blanks = Math.max(rule?.blanks ?? defaultBlanks(node), list.length);
      const itemLabel = labelOf(items, key);
      return {
        ...base,
        type: 'numbered',
        // Few blanks get room for a few sentences each (the form's second page has room to spare).
        rowsPerItem: blanks <= 3 ? 3 : blanks <= 5 ? 2 : 1,
        items: Array.from({ length: blanks }, (_, index) => ({
          label: `${itemLabel} #${index + 1}`,
          ...(list[index] !== undefined && { value: list[index] }),
        })),
      };
    }
    case 'number':
    case 'date':
    case 'string': {
      const kind = kindOf(node);
      const maxLength = numberKeyword(node, 'maxLength') ?? 1000;
      // The program's own name stands for its id, on a blank form and a filled one alike.
      const filled = rule?.value ?? text(value);
      const unit = rule?.unit ?? (kind === 'date' ? DATE_HINT : undefined);
      const input =
        kind === 'number'
          ? node['type'] === 'integer'
            ? 'integer'
            : 'number'
          : kind === 'date'
            ? 'date'
            : node['format'] === 'email'
              ? 'email'
              : 'text';
      return {
        ...base,
        type: 'line',
        size: kind === 'number' ? 'short' : kind === 'date' || maxLength <= 80 ? 'medium' : 'long',
        // Room for a sentence or two (a free-text answer); names, emails and numbers fit on one line.
        rows: kind === 'string' && maxLength >= 400 ? 2 : 1,
        // A date says how to write it: the way the contract file records it.
        ...(unit !== undefined && { unit }),
        ...(filled !== undefined && { value: filled }),
        input,
        ...(rule?.fixed !== undefined && { fixed: rule.fixed }),
      };
    }
  }
}

function buildFields(parent: string, node: JsonSchema, program: Program, values: Values, only?: (key: string) => boolean): FormField[] {
  return propertiesOf(node)
    .filter(([key]) => only?.(key) ?? true)
    .map(([key, child]) => buildField(parent ? `${parent}.${key}` : key, key, child, program, values))
    .filter((field): field is FormField => field !== undefined);
}

/** An array of objects: one group per item, as many as the schema allows (or the contract has). */
function itemGroups(
  path: string,
  key: string,
  node: JsonSchema,
  program: Program,
  values: Values,
  only?: (key: string) => boolean,
): GroupField[] {
  const items = itemsOf(node);
  const present = values(path);
  const count = Math.max(numberKeyword(node, 'maxItems') ?? defaultBlanks(node), Array.isArray(present) ? present.length : 0);
  return Array.from({ length: count }, (_, index) => ({
    path: `${path}.${index}`,
    label: `${labelOf(items, key)} ${index + 1}`,
    type: 'group' as const,
    fields: buildFields(`${path}.${index}`, items, program, values, only),
  }));
}

function signatureBlocks(node: JsonSchema, program: Program, values: Values): SignatureBlock[] {
  return itemGroups(SIGNERS, SIGNERS, node, program, values, (key) => !PARTY_IDENTITY.has(key)).map((group) => {
    const name = text(values(`${group.path}.name`));
    if (name) return { heading: `${group.label}: ${name}`, signatureLabel: 'Signature', fields: group.fields };
    // A blank form's signature page names its signers too, so that it still belongs to its pair when separated.
    const printed: FormField = { path: `${group.path}.name`, label: 'Printed name', type: 'line', size: 'long', rows: 1, input: 'text' };
    return { heading: group.label, signatureLabel: 'Signature', fields: [printed, ...group.fields] };
  });
}

export function buildContractForm({ contractSchema, programSchema, program, contract }: BuildFormInput): FormModel {
  const values = valueReader(contract);
  const fields: FormField[] = [];
  let signatures: SignatureBlock[] = [];
  for (const [key, node] of propertiesOf(contractSchema)) {
    if (key === SIGNERS && kindOf(itemsOf(node)) === 'object') {
      const help = helpOf(node);
      fields.push({
        path: key,
        label: labelOf(node, key),
        ...(help !== undefined && { help }),
        type: 'group',
        fields: itemGroups(key, key, node, program, values, (child) => PARTY_IDENTITY.has(child)),
      });
      signatures = signatureBlocks(node, program, values);
      continue;
    }
    const field = buildField(key, key, node, program, values);
    if (field) fields.push(field);
  }
  const contractRules = propertiesOf(programSchema).find(([key]) => key === 'contract')?.[1] ?? {};
  const ruleLabel = (key: string) => labelOf(propertiesOf(contractRules).find(([name]) => name === key)?.[1] ?? {}, key);
  return {
    programId: program.id,
    programName: program.name,
    organization: program.organization,
    title: contractRulesOf(program).title,
    ...(program.contract?.revision && { revision: program.contract.revision.id }),
    filled: contract !== undefined,
    ...(contract?.pairing !== undefined && { pairingId: contract.pairing }),
    fields,
    agreement: {
      heading: ruleLabel('statement'),
      ...(program.contract?.statement !== undefined && { statement: program.contract.statement }),
      ...(program.contract?.submitTo !== undefined && { submitTo: { label: ruleLabel('submitTo'), text: program.contract.submitTo } }),
    },
    signatures: { heading: 'Signatures', blocks: signatures },
  };
}
