/**
 * The four questions the interactive commands ask, as an interface: the real
 * one is @inquirer/prompts (passed in by the scripts), tests pass scripted
 * answers. The shapes are the subset of @inquirer/prompts' configs we use,
 * so the library module itself satisfies this interface.
 */
import { unquote } from '../text/unquote.ts';
export interface PromptChoice<Value> {
  value: Value;
  name: string;
  description?: string;
  checked?: boolean;
  disabled?: boolean | string;
}

export interface Prompts {
  select<Value>(config: { message: string; choices: readonly PromptChoice<Value>[]; default?: Value }): Promise<Value>;
  checkbox<Value>(config: {
    message: string;
    choices: readonly PromptChoice<Value>[];
    required?: boolean;
    validate?: (choices: readonly { value: Value }[]) => boolean | string;
  }): Promise<Value[]>;
  input(config: { message: string; default?: string; required?: boolean; validate?: (value: string) => boolean | string }): Promise<string>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
}

/** The same prompts, with every typed answer read without surrounding quotes (see text/unquote.ts), when checked and when returned. */
export function withUnquotedAnswers(prompts: Prompts): Prompts {
  return {
    select: (config) => prompts.select(config),
    checkbox: (config) => prompts.checkbox(config),
    confirm: (config) => prompts.confirm(config),
    input: async (config) => {
      const { validate } = config;
      const answer = await prompts.input(validate ? { ...config, validate: (value) => validate(unquote(value)) } : config);
      return unquote(answer);
    },
  };
}
