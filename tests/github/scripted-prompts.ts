/**
 * Prompts that answer from a script, for driving the interactive flows in
 * tests. Every question asked is recorded with its message and choices; an
 * input answer given as a list is "typed" in turn until the prompt's own
 * validation accepts one, and the rejections are recorded, as the real
 * prompt would show them.
 */
import type { PromptChoice, Prompts } from '../../src/lib/prompts/prompts.ts';

export type Answer = string | boolean | string[] | { typed: string[] };

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
  private readonly answers: Answer[];

  constructor(answers: Answer[]) {
    this.answers = [...answers];
  }

  remaining(): number {
    return this.answers.length;
  }

  private next(kind: AskedQuestion['kind'], message: string): Answer {
    if (this.answers.length === 0) throw new Error(`No scripted answer left for ${kind} "${message}"`);
    return this.answers.shift() as Answer;
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
