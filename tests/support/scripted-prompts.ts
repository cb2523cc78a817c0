/**
 * Prompts that answer from a script, for driving the interactive flows in
 * tests. The script is keyed by question, not by position: each key is the
 * beginning of a question's message ("Start date", "Mentor Jordan Lee: Date
 * signed"), and a question takes the answer of the longest key it starts
 * with, once. A question no key answers, or a key answered twice, fails the
 * test naming the question; `unused()` lists the keys no question took. So a
 * field added to a schema (a new question) or a question that moved does not
 * shift every answer after it.
 *
 * Every question asked is recorded with its message and choices; an input
 * answer given as `{ typed: [...] }` is "typed" in turn until the prompt's own
 * validation accepts one, and the rejections are recorded, as the real prompt
 * would show them.
 */
import type { PromptChoice, Prompts } from '../../src/lib/prompts/prompts.ts';

export type Answer = string | boolean | string[] | { typed: string[] };

/** Answers by the beginning of their question's message. */
export type Script = Readonly<Record<string, Answer>>;

export interface AskedQuestion {
  kind: 'select' | 'checkbox' | 'input' | 'confirm';
  message: string;
  choices?: { value: unknown; name: string }[];
  default?: unknown;
  rejected?: string[];
  answer: unknown;
}

export class ScriptedPrompts implements Prompts {
  readonly asked: AskedQuestion[] = [];
  private readonly script: Script;
  private readonly used = new Set<string>();

  constructor(script: Script) {
    this.script = { ...script };
  }

  /** The keys of the script no question took. */
  unused(): string[] {
    return Object.keys(this.script).filter((key) => !this.used.has(key));
  }

  private next(kind: AskedQuestion['kind'], message: string): Answer {
    const key = Object.keys(this.script)
      .filter((candidate) => message.startsWith(candidate))
      .sort((a, b) => b.length - a.length)[0];
    if (key === undefined) throw new Error(`No scripted answer for ${kind} "${message}"`);
    if (this.used.has(key)) throw new Error(`The scripted answer "${key}" was taken already; ${kind} "${message}" needs its own key`);
    this.used.add(key);
    return this.script[key] as Answer;
  }

  async select<Value>(config: { message: string; choices: readonly PromptChoice<Value>[]; default?: Value }): Promise<Value> {
    const answer = this.next('select', config.message);
    const choice = config.choices.find((candidate) => candidate.value === answer);
    if (!choice)
      throw new Error(
        `${JSON.stringify(answer)} is not among the choices of "${config.message}": ${config.choices.map((c) => String(c.value)).join(', ')}`,
      );
    this.asked.push({
      kind: 'select',
      message: config.message,
      choices: config.choices.map(({ value, name }) => ({ value, name })),
      default: config.default,
      answer,
    });
    return choice.value;
  }

  async checkbox<Value>(config: {
    message: string;
    choices: readonly PromptChoice<Value>[];
    required?: boolean;
    validate?: (choices: readonly { value: Value }[]) => boolean | string;
  }): Promise<Value[]> {
    const answer = this.next('checkbox', config.message);
    if (!Array.isArray(answer)) throw new Error(`Checkbox "${config.message}" needs a list as its answer`);
    const picked = config.choices.filter((choice) => answer.includes(String(choice.value)));
    if (picked.length !== answer.length) throw new Error(`Some of ${answer.join(', ')} are not choices of "${config.message}"`);
    if (config.required && picked.length === 0) throw new Error(`"${config.message}" requires at least one choice`);
    this.asked.push({
      kind: 'checkbox',
      message: config.message,
      choices: config.choices.map(({ value, name }) => ({ value, name })),
      answer,
    });
    return picked.map((choice) => choice.value);
  }

  async input(config: { message: string; default?: string; validate?: (value: string) => boolean | string }): Promise<string> {
    const answer = this.next('input', config.message);
    const typed = typeof answer === 'object' && !Array.isArray(answer) ? answer.typed : [String(answer)];
    const rejected: string[] = [];
    for (const attempt of typed) {
      // An empty line takes the default, as the real prompt does.
      const value = attempt === '' && config.default !== undefined ? config.default : attempt;
      const verdict = config.validate ? config.validate(value) : true;
      if (verdict === true) {
        this.asked.push({ kind: 'input', message: config.message, default: config.default, rejected, answer: value });
        return value;
      }
      rejected.push(typeof verdict === 'string' ? verdict : 'invalid');
    }
    throw new Error(`"${config.message}" rejected every typed answer: ${rejected.join(' / ')}`);
  }

  async confirm(config: { message: string; default?: boolean }): Promise<boolean> {
    const answer = this.next('confirm', config.message);
    if (typeof answer !== 'boolean') throw new Error(`Confirm "${config.message}" needs true or false`);
    this.asked.push({ kind: 'confirm', message: config.message, default: config.default, answer });
    return answer;
  }
}
