/**
 * A new program from the coordinator's answers to "Coordinator: a new
 * program": its program.yaml, a SOURCES.md with a row to fill for every fact
 * it states, and a first guideline page in the coordinator's own words. Pure:
 * the files are validated and proposed by the caller, as every record is.
 *
 * Nothing is invented: each value is an answer, and where the form was left
 * empty (the term, membership) the key is left out and the site says nothing.
 */
import { yamlPackage } from '../../yaml/yaml-package.ts';
import { factKeys } from '../../program/fact-keys.ts';

export interface Coordinator {
  name: string;
  email: string;
  github?: string;
}

export interface NewProgramAnswers {
  id: string;
  name: string;
  organization: string;
  summary: string;
  kinds: Array<'mentoring' | 'peer'>;
  membersOnly?: boolean;
  term?: { start: string; end: string };
  coordinators: Coordinator[];
}

/** The guideline page every new program starts with. */
const FIRST_PAGE = 'about-the-program';

/** `Name <email> @handle`, one coordinator per line; the handle is optional. */
export function parseCoordinators(text: string): { coordinators: Coordinator[]; problems: string[] } {
  const coordinators: Coordinator[] = [];
  const problems: string[] = [];
  text
    .split('\n')
    .map((line) => line.replace(/^\s*[-*]\s+/, '').trim())
    .filter((line) => line !== '')
    .forEach((line, index) => {
      const match = /^(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*(?:@([A-Za-z0-9-]+))?$/.exec(line);
      if (!match) {
        problems.push(`Coordinator line ${index + 1} is not written as “Name <email> @github-account” (the account may be left out).`);
        return;
      }
      coordinators.push({ name: match[1]!.trim(), email: match[2]!, ...(match[3] ? { github: match[3] } : {}) });
    });
  if (coordinators.length === 0 && problems.length === 0) problems.push('At least one coordinator is needed.');
  return { coordinators, problems };
}

/** program.yaml's data, in the order its keys are written. */
function programData(answers: NewProgramAnswers): Record<string, unknown> {
  return {
    id: answers.id,
    name: answers.name,
    organization: answers.organization,
    summary: answers.summary,
    ...(answers.membersOnly !== undefined ? { membersOnly: answers.membersOnly } : {}),
    kinds: answers.kinds,
    ...(answers.term ? { term: answers.term } : {}),
    coordinators: answers.coordinators,
  };
}

function programYaml(answers: NewProgramAnswers): string {
  const program = programData(answers);
  return `# ${answers.name}: the program's rules, each from its own documents (SOURCES.md says where).\n${yamlPackage().stringify(program, { lineWidth: 0 })}`;
}

/** A row per fact program.yaml states, each to be filled with the document and its words before merging. */
function sourcesMarkdown(answers: NewProgramAnswers, yamlData: unknown): string {
  const rows = factKeys(yamlData).map((key) =>
    key === 'id'
      ? '| `id` | Tandem | The folder name under `content/programs/`; not a program fact. |'
      : `| \`${key}\` | to fill: which document | to fill: what it says, in its words |`,
  );
  return [
    `# Where each fact of \`program.yaml\` comes from: ${answers.name}`,
    '',
    'Every key of `program.yaml` has a row here (a row for a key covers the keys under it; `npm run validate` checks it).',
    "Before this program is published, replace each “to fill” with the program's own document and the words it uses.",
    'Where the documents are silent, leave the key out of `program.yaml`: the site then says nothing.',
    '',
    '| key | source | what the document says |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function firstGuidelinePage(answers: NewProgramAnswers): string {
  const description = answers.summary.replace(/\s+/g, ' ').trim();
  return [
    '---',
    yamlPackage()
      .stringify({ title: `About ${answers.name}`, sidebarLabel: 'About the program', description, order: 1 }, { lineWidth: 0 })
      .trimEnd(),
    '---',
    '',
    // The summary is the coordinator's own words; as MDX, braces and angle brackets would be code, so they are escaped.
    description.replace(/[{}<>]/g, (character) => `&#${character.charCodeAt(0)};`),
    '',
  ].join('\n');
}

/** The three files, by path. */
export function newProgramFiles(answers: NewProgramAnswers): Record<string, string> {
  const yaml = programYaml(answers);
  const folder = `content/programs/${answers.id}`;
  return {
    [`${folder}/program.yaml`]: yaml,
    [`${folder}/SOURCES.md`]: sourcesMarkdown(answers, programData(answers)),
    [`${folder}/guidelines/${FIRST_PAGE}.mdx`]: firstGuidelinePage(answers),
  };
}
