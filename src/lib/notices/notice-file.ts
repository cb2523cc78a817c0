/**
 * One notice text (content/programs/<program>/notices/<notice>.md): a YAML
 * frontmatter block with the subject (YAML only, never code:
 * yaml/frontmatter.ts), then the Markdown body. Read without
 * the Markdown parser, so the validator stays fast: placeholders are found in
 * the raw text, with their line and column.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { validatorFor } from '../schemas.ts';
import type { Notice } from '../types.generated.ts';
import { schemaFindings } from '../validate/schema-errors.ts';
import { placeFinding } from '../validate/yaml-record.ts';
import { decodeFile, type FileContents } from '../yaml/decode.ts';
import { splitFrontmatter } from '../yaml/frontmatter.ts';
import { YamlFile } from '../yaml/index.ts';
import { findPlaceholders } from './placeholders.ts';

export interface PlacedPlaceholder {
  name: string;
  line: number;
  column: number;
}

export interface NoticeText {
  data?: Notice;
  /** The Markdown after the frontmatter. */
  body: string;
  /** Every {{placeholder}} of the subject and the body, placed in the file. */
  placeholders: PlacedPlaceholder[];
  diagnostics: Diagnostic[];
}

/** The line and column of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function loadNoticeFile(file: string, contents: Uint8Array | FileContents): NoticeText {
  const decoded = decodeFile(contents);
  if ('problem' in decoded) {
    const { rule, message, line, column } = decoded.problem;
    return { body: '', placeholders: [], diagnostics: [{ file, line, column, severity: 'error', rule, message }] };
  }
  const text = decoded.text;
  const placeholders = findPlaceholders(text).map(({ name, offset }) => ({ name, ...position(text, offset) }));
  const split = splitFrontmatter(text);
  if (split.kind === 'refused') {
    const { line, column, message } = split.problem;
    return { body: '', placeholders, diagnostics: [{ file, line, column, severity: 'error', rule: 'notice-frontmatter', message }] };
  }
  if (split.kind === 'none') {
    return {
      body: text,
      placeholders,
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'notice-frontmatter',
          message: 'The notice has no frontmatter: start it with a --- block giving its subject.',
        },
      ],
    };
  }
  const body = split.body;
  const yaml = new YamlFile(split.yaml, 'fast');
  const validate = validatorFor('notice');
  if (yaml.problems.length === 0 && validate(yaml.value)) return { data: yaml.value as Notice, body, placeholders, diagnostics: [] };
  // Every problem reported comes from the strict reading, whichever way the notice was first read.
  yaml.useStrict();
  if (yaml.problems.length > 0) {
    return {
      body,
      placeholders,
      diagnostics: yaml.problems.map(({ rule, message, line, column }) => ({ file, line, column, severity: 'error', rule, message })),
    };
  }
  if (validate(yaml.value)) return { data: yaml.value as Notice, body, placeholders, diagnostics: [] };
  return {
    body,
    placeholders,
    diagnostics: schemaFindings('notice', validate.errors ?? []).map((finding) => placeFinding(file, yaml, finding)),
  };
}
