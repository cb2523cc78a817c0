/**
 * The fields of one program's contract issue form, derived from the contract
 * schema (labels and help from `title`/`description`) and the program's rules
 * (the same rule table the printable form uses). The generator renders them as
 * a GitHub issue form; the parser reads a filled form back through the same
 * list, so the two can never disagree.
 */
import { ruleFor, type FieldRule } from '../forms/program-rules.ts';
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
import { resolvedSchema } from '../schema-files.ts';
import type { Program } from '../types.generated.ts';

/** Where an answer goes in the contract: property names and array indexes. */
export type ContractPath = readonly (string | number)[];

/** How the text of an answer becomes a value. */
type AnswerKind =
  | 'text' // a string as written (line breaks kept)
  | 'integer' // a whole number
  | 'number' // a number
  | 'choice' // one option of a dropdown
  | 'choices' // the ticked options of a checkbox group
  | 'list'; // a list typed in a text area, one item per line or list item

type FormOption = EnumOption;

export interface FormField {
  id: string; // the issue form's field id
  type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  label: string; // the section heading GitHub renders: unique within a form
  description: string;
  required: boolean;
  path: ContractPath;
  answer: AnswerKind;
  options?: readonly FormOption[]; // dropdowns and checkboxes
  placeholder?: string;
  /** Index of the preselected dropdown option. */
  defaultOption?: number;
}

/** Keeps the options a program allows, in the program's order; plain values (topics) label themselves. */
function allowedOptions(options: readonly FormOption[] | undefined, allowed: readonly string[] | undefined): FormOption[] {
  if (!allowed) return [...(options ?? [])];
  return allowed.map((value) => options?.find((option) => option.value === value) ?? { value, label: value });
}

const fieldId = (path: ContractPath): string => path.map((part) => (typeof part === 'number' ? part + 1 : part)).join('-');

const describe = (node: JsonSchema, rule: FieldRule | undefined, extra?: string): string =>
  [helpOf(node), rule?.note, extra].filter(Boolean).join(' ');

function leafFields(program: Program, node: JsonSchema, path: ContractPath, label: string, required: boolean): FormField[] {
  const rule = ruleFor(program, path.join('.'));
  if (rule?.omit) return [];
  const base = { id: fieldId(path), label, description: describe(node, rule), required, path };

  if (path.length === 1 && path[0] === 'program') {
    // Fixed per form and preselected, so that the body names its program.
    return [{ ...base, type: 'dropdown', answer: 'choice', options: [{ value: program.id, label: program.name }], defaultOption: 0 }];
  }
  const kind = kindOf(node);
  if (kind === 'enum') {
    const options = allowedOptions(enumOptions(node), rule?.options);
    return [{ ...base, type: 'dropdown', answer: 'choice', options, ...(options.length === 1 ? { defaultOption: 0 } : {}) }];
  }
  if (kind === 'array') {
    const items = itemsOf(node);
    const itemOptions = enumOptions(items);
    if (itemOptions || rule?.options) {
      return [{ ...base, type: 'checkboxes', answer: 'choices', options: allowedOptions(itemOptions, rule?.options) }];
    }
    if (rule?.blanks !== undefined) {
      // One text area per numbered item (Goal 1 to Goal 3), the first required when the list is.
      const minimum = Math.max(numberKeyword(node, 'minItems') ?? 0, required ? 1 : 0);
      return Array.from({ length: rule.blanks }, (_, index) => ({
        id: fieldId([...path, index]),
        type: 'textarea' as const,
        label: `${labelOf(items, label)} ${index + 1}`,
        description: index === 0 ? describe(node, rule, helpOf(items)) : (helpOf(items) ?? ''),
        required: index < minimum,
        path: [...path, index],
        answer: 'text' as const,
      }));
    }
    return [{ ...base, type: 'textarea', answer: 'list', description: describe(node, undefined, 'One per line, or as a list.') }];
  }
  if (kind === 'number') {
    return [{ ...base, type: 'input', answer: node['type'] === 'integer' ? 'integer' : 'number' }];
  }
  return [{ ...base, type: 'input', answer: 'text', ...(kind === 'date' ? { placeholder: 'YYYY-MM-DD' } : {}) }];
}

function objectFields(program: Program, node: JsonSchema, path: ContractPath, prefix: string): FormField[] {
  const required = Array.isArray(node['required']) ? (node['required'] as string[]) : [];
  return propertiesOf(node).flatMap(([key, child]) => {
    const childPath = [...path, key];
    if (kindOf(child) === 'object') return objectFields(program, child, childPath, prefix);
    const items = itemsOf(child);
    const length = numberKeyword(child, 'minItems');
    if (kindOf(child) === 'array' && kindOf(items) === 'object' && length !== undefined && length === numberKeyword(child, 'maxItems')) {
      // A fixed number of records (the two parties): one group of fields each, labelled "Party 1: Name".
      return Array.from({ length }, (_, index) =>
        objectFields(program, items, [...childPath, index], `${labelOf(items, key)} ${index + 1}: `),
      ).flat();
    }
    return leafFields(program, child, childPath, `${prefix}${labelOf(child, key)}`, required.includes(key));
  });
}

/** Every field of the program's contract form, in the schema's order. */
export function contractFormFields(program: Program): FormField[] {
  return objectFields(program, resolvedSchema('contract'), [], '');
}

/** The label of the field that names the program, read first to know which form a body came from. */
export function programFieldLabel(): string {
  const program = propertiesOf(resolvedSchema('contract')).find(([key]) => key === 'program');
  return program ? labelOf(program[1], 'program') : 'Program';
}
