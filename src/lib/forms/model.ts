/**
 * The form model: what a printed contract asks for, in order, with its labels,
 * help and the program's options, independent of how it is drawn. One model
 * feeds both the blank form on the site and a filled contract printed for the
 * file, so the two cannot drift apart.
 */

/** One tick box with its text. */
export interface ChoiceOption {
  value: string;
  label: string;
  checked: boolean;
}

interface FieldBase {
  /** Where the value lives in a contract, dotted, with item numbers (for example `meetings.frequency`, `parties.0.email`). */
  path: string;
  /** The schema's `title`. */
  label: string;
  /** The schema's `description`, shown under the field. */
  help?: string;
  /** What the program says about this field (its suggestion, limits or term). */
  note?: string;
}

/** A line (or several) to write on. */
export interface LineField extends FieldBase {
  type: 'line';
  /** How wide the blank is: short fields share a row with their neighbours. */
  size: 'short' | 'medium' | 'long';
  /** Written after the blank (for example `months`). */
  unit?: string;
  /** How many writing lines the blank has. */
  rows: number;
  /** The value printed on the line: a filled contract's data, or the program's name. */
  value?: string;
  /** What the line holds, for the online form's control (a number, a date, an email address, or text). */
  input?: 'integer' | 'number' | 'date' | 'email' | 'text';
  /** The data value of a line the program fills in itself (its id, printed as its name): not typed. */
  fixed?: string;
}

/** Tick boxes: one to tick, or all that apply. */
export interface ChoicesField extends FieldBase {
  type: 'choices';
  multiple: boolean;
  options: ChoiceOption[];
}

/** One tick box that stands for a yes/no (or "attached") answer. */
export interface TickField extends FieldBase {
  type: 'tick';
  checked: boolean;
  /** Values written out under the box in a filled contract (for example the attached goals). */
  attached: string[];
  /** The box stands for a list (ticked: items attached), not a yes/no; the online form asks for the items. */
  list?: boolean;
}

/** Numbered blanks, one per item (for example Goal #1 to Goal #3). */
export interface NumberedField extends FieldBase {
  type: 'numbered';
  items: { label: string; value?: string }[];
  rowsPerItem: number;
}

/** Fields that belong together under a heading (for example Meetings, or one party). */
export interface GroupField extends FieldBase {
  type: 'group';
  fields: FormField[];
}

export type FormField = LineField | ChoicesField | TickField | NumberedField | GroupField;

/** The signature block of one party: a signature line and the party's remaining details. */
export interface SignatureBlock {
  heading: string;
  signatureLabel: string;
  fields: FormField[];
}

export interface FormModel {
  programId: string;
  programName: string;
  organization: string;
  /** The form's title, from the program (for example Mentoring Duo Agreement). */
  title: string;
  /** The form's current revision (program.yaml contract.revision), for the footer, when the program names one. */
  revision?: string;
  /** Whether the model carries a contract's data. */
  filled: boolean;
  /** The pairing id of a filled contract; a blank form leaves room to write it on every page. */
  pairingId?: string;
  /** False for a form that belongs to no pair (an application): its pages carry no pairing id line. */
  pairingIdOnPages?: boolean;
  /** The body of the form, in the order of the contract schema's properties. */
  fields: FormField[];
  /** The statement the parties sign, where the program's documents give one. */
  agreement: { heading: string; statement?: string; submitTo?: { label: string; text: string } };
  signatures: { heading: string; blocks: SignatureBlock[] };
}
