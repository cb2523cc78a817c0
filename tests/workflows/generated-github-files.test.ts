import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ownedFolders, renderCodeowners } from '../../src/lib/codeowners.ts';
import { contractDraftYaml, parseContractRequest } from '../../src/lib/issue-forms/parse.ts';
import { issueFormPath } from '../../src/lib/issue-forms/render.ts';
import { reviewChecklist } from '../../src/lib/review-checklist.ts';
import { main as generate } from '../../scripts/generate.ts';
import { runMain } from '../support/run-main.ts';
import { repositoryPrograms } from './programs.ts';

const programs = repositoryPrograms();
type WithContract = (typeof programs)[number] & { contract: NonNullable<(typeof programs)[number]['contract']> };
const contractPrograms = programs.filter((program): program is WithContract => program.contract !== undefined);
const common = JSON.parse(readFileSync('schemas/common.schema.json', 'utf8')) as {
  $defs: { method: { anyOf: { const: string; title: string }[] } };
};
/** A method's value from the label the form shows. */
const methodValue = (label: string): string => common.$defs.method.anyOf.find((option) => option.title === label)?.const ?? label;

interface FormElement {
  type: string;
  id?: string;
  attributes: { label?: string; options?: (string | { label: string })[]; default?: number };
  validations?: { required?: boolean };
}
interface IssueForm {
  name: string;
  labels: string[];
  body: FormElement[];
}

const readForm = (programId: string): IssueForm => parse(readFileSync(issueFormPath(programId), 'utf8')) as IssueForm;

/**
 * The body GitHub writes for a submitted form: `### label`, a blank line, the
 * answer (or _No response_), and every checkbox option as `- [X]`/`- [ ]`.
 * Answers are given by field id; a dropdown answer is the option's text.
 */
function renderSubmittedBody(form: IssueForm, answers: Record<string, string | string[]>): string {
  return form.body
    .filter((element) => element.type !== 'markdown')
    .map((element) => {
      const answer = answers[element.id ?? ''];
      let text: string;
      if (element.type === 'checkboxes') {
        const ticked = new Set(Array.isArray(answer) ? answer : []);
        text = (element.attributes.options ?? [])
          .map((option) => {
            const label = typeof option === 'string' ? option : option.label;
            return `- [${ticked.has(label) ? 'X' : ' '}] ${label}`;
          })
          .join('\n');
      } else if (element.type === 'dropdown' && answer === undefined && element.attributes.default !== undefined) {
        const option = element.attributes.options?.[element.attributes.default];
        text = typeof option === 'object' ? option.label : String(option);
      } else {
        text = typeof answer === 'string' && answer !== '' ? answer : '_No response_';
      }
      return `### ${element.attributes.label}\n\n${text}`;
    })
    .join('\n\n');
}

describe('the committed files under .github/ that npm run generate writes', () => {
  it('are up to date (npm run generate -- --check exits 0)', async () => {
    const result = await runMain(generate, ['--check']);
    expect(result.stderr.split('\n').filter((line) => line.includes('out of date'))).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('include one contract form per program with a written contract, none for a program without one (ALCTS) or that is gone', () => {
    const forms = readdirSync('.github/ISSUE_TEMPLATE')
      .filter((name) => name.startsWith('contract-'))
      .sort();
    expect(forms).toEqual(contractPrograms.map((program) => `contract-${program.id}.yml`).sort());
    expect(forms).not.toContain('contract-alcts.yml');
    expect(parse(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8'))).toEqual({ blank_issues_enabled: false });
  });

  it.each(contractPrograms.map((program) => [program.id, program] as const))(
    "%s: the form applies the IssueOps labels and offers only the program's options",
    (id, program) => {
      const form = readForm(id);
      expect(form.labels).toEqual(['contract-request', `program:${id}`]);
      const element = (elementId: string) => form.body.find((candidate) => candidate.id === elementId);
      expect(element('program')?.attributes).toMatchObject({ options: [program.name], default: 0 });
      expect(form.body.filter((candidate) => /^goals-\d+$/.test(candidate.id ?? ''))).toHaveLength(program.contract.goals?.max ?? 0);
      // The frequency is the pair's own words (ALAO's free field, CALA's "set up the method and frequency"): a text input.
      expect(element('meetings-frequency')?.type).toBe('input');
      if (program.meetings?.methods) expect(element('meetings-methods')?.attributes.options).toHaveLength(program.meetings.methods.length);
      expect(element('additionalGoals') !== undefined).toBe(program.contract.additionalGoals === true);
      expect(element('durationMonths') !== undefined).toBe(program.contract.durationMonths !== undefined);
      expect(element('activities')?.attributes.options?.length).toBe(program.contract.activityTopics?.length);
      expect(element('contactHours') !== undefined).toBe(program.contactHours !== undefined);
    },
  );

  it.each(contractPrograms.map((program) => [program.id, program] as const))(
    '%s: no field claims a `required` GitHub ignores in private repositories; needed ones say so, help for YAML authors stays out',
    (id, program) => {
      const text = readFileSync(issueFormPath(id), 'utf8');
      const form = readForm(id);
      const fields = form.body.filter((element) => element.type !== 'markdown');
      for (const element of fields) expect(element.validations, element.id).toBeUndefined();
      const descriptions = new Map(
        fields.map((element) => [element.id, String((element.attributes as { description?: string }).description ?? '')]),
      );
      expect(descriptions.get('pairing')).toMatch(/^Needed\. /);
      expect(descriptions.get('parties-1-phone')).not.toMatch(/^Needed/);
      expect(text).toContain('GitHub does not enforce this in a private repository');
      expect(text).not.toMatch(/in quotes/i);
      expect(program.id).toBe(id);
    },
  );

  it.each(contractPrograms.map((program) => [program.id] as const))("%s: the form keeps GitHub's issue form rules", (id) => {
    const form = readForm(id);
    expect(typeof form.name === 'string' && form.name.length > 0).toBe(true);
    const fields = form.body.filter((element) => element.type !== 'markdown');
    for (const element of form.body) expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
    // Unique ids of letters, digits, - and _; unique labels (the parser reads the body back by label).
    for (const element of fields) expect(element.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(fields.map((element) => element.id)).size).toBe(fields.length);
    expect(new Set(fields.map((element) => element.attributes.label)).size).toBe(fields.length);
    for (const element of fields.filter((candidate) => candidate.type === 'dropdown' || candidate.type === 'checkboxes')) {
      const labels = (element.attributes.options ?? []).map((option) => (typeof option === 'string' ? option : option.label));
      expect(labels.length, element.id).toBeGreaterThan(0);
      expect(new Set(labels).size, element.id).toBe(labels.length);
      expect(labels, element.id).not.toContain('None'); // reserved by GitHub for "no answer"
      if (element.attributes.default !== undefined) expect(element.attributes.default).toBeLessThan(labels.length);
    }
  });

  it.each(contractPrograms.map((program) => [program.id, program] as const))(
    '%s: a body GitHub renders from the committed form parses back into the contract',
    (id, program) => {
      const form = readForm(id);
      const options = (elementId: string): string[] =>
        (form.body.find((candidate) => candidate.id === elementId)?.attributes.options ?? []).map((option) =>
          typeof option === 'string' ? option : option.label,
        );
      const kindLabel = options('kind')[0] ?? '';
      const answers: Record<string, string | string[]> = {
        pairing: '2026-roundtrip-pair',
        kind: kindLabel,
        'parties-1-role': options('parties-1-role')[0] ?? '',
        'parties-1-name': 'Imogen Test-Mentor',
        'parties-1-email': 'imogen@example.edu',
        'parties-1-signed': '2026-02-01',
        'parties-2-role': options('parties-2-role')[0] ?? '',
        'parties-2-name': 'Tobias Test-Mentee',
        'parties-2-email': 'tobias@example.edu',
        'parties-2-phone': '+1 555 0100',
        'parties-2-signed': '2026-02-02',
        'goals-1': 'A first goal',
        ...((program.contract.goals?.max ?? 0) > 1 ? { 'goals-2': 'A second goal\nwritten on two lines' } : {}),
        ...(program.contract.additionalGoals ? { additionalGoals: '- one more\n- and another' } : {}),
        start: '2026-03-01',
        ...(program.contract.durationMonths ? { durationMonths: '14' } : {}),
        'meetings-frequency': 'twice a month',
        'meetings-methods': options('meetings-methods').slice(0, 2),
        ...(program.contract.activityTopics ? { activities: options('activities').slice(-1) } : {}),
        ...(program.contactHours ? { contactHours: '3' } : {}),
      };
      const request = parseContractRequest(renderSubmittedBody(form, answers), programs);
      expect(request.problems).toEqual([]);
      expect(request.contract).toMatchObject({
        program: id,
        pairing: '2026-roundtrip-pair',
        kind: program.kinds[0],
        parties: [
          { name: 'Imogen Test-Mentor', email: 'imogen@example.edu', signed: '2026-02-01' },
          { name: 'Tobias Test-Mentee', email: 'tobias@example.edu', phone: '+1 555 0100', signed: '2026-02-02' },
        ],
        start: '2026-03-01',
        meetings: {
          frequency: 'twice a month',
          methods: options('meetings-methods')
            .slice(0, 2)
            .map((label) => methodValue(label)),
        },
      });
      if (program.contract.durationMonths) expect(request.contract['durationMonths']).toBe(14);
      if (program.contract.goals)
        expect(request.contract['goals']).toEqual(
          program.contract.goals.max > 1 ? ['A first goal', 'A second goal\nwritten on two lines'] : ['A first goal'],
        );
      if (program.contract.additionalGoals) expect(request.contract['additionalGoals']).toEqual(['one more', 'and another']);
      if (program.contract.activityTopics) expect(request.contract['activities']).toEqual(program.contract.activityTopics.slice(-1));
      if (program.contactHours) expect(request.contract['contactHours']).toBe(3);
      expect(contractDraftYaml(request.contract)).toContain(`program: ${id}\n`);
    },
  );

  it("CODEOWNERS makes each program's coordinators (their github handles) the owners of its contracts and pairings", () => {
    const rules = readFileSync('.github/CODEOWNERS', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const owners = new Map(
      rules.map((line) => {
        const [pattern = '', ...handles] = line.split(/\s+/);
        return [pattern, handles] as const;
      }),
    );
    for (const program of programs) {
      const handles = program.coordinators.flatMap((coordinator) => (coordinator.github ? [`@${coordinator.github}`] : []));
      for (const folder of ownedFolders(program.id)) {
        expect(owners.get(`/${folder}`), `${program.id} ${folder}`).toEqual(handles.length > 0 ? handles : undefined);
      }
    }
  });

  it('CODEOWNERS asks for a review of every path: program.yaml, stats, .github/, scripts/, schemas/ and the rest', () => {
    const rules = readFileSync('.github/CODEOWNERS', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => {
        const [pattern = '', ...handles] = line.split(/\s+/);
        return { pattern, handles };
      });
    /** GitHub's rule: the last matching line wins (patterns here: `*`, /folder/ and /file). */
    const ownersOf = (path: string): string[] => {
      const matching = rules.filter(
        ({ pattern }) => pattern === '*' || (pattern.endsWith('/') ? `/${path}`.startsWith(pattern) : `/${path}` === pattern),
      );
      return matching.at(-1)?.handles ?? [];
    };
    const handlesOf = (id: string) =>
      programs.find((program) => program.id === id)!.coordinators.flatMap((c) => (c.github ? [`@${c.github}`] : []));
    const everyone = new Set(programs.flatMap((program) => handlesOf(program.id)));
    for (const program of programs) {
      for (const path of [
        `content/programs/${program.id}/program.yaml`,
        `content/stats/${program.id}.yaml`,
        `content/pairings/${program.id}/2026-a-b.yaml`,
      ]) {
        expect(ownersOf(path), path).toEqual(handlesOf(program.id));
      }
    }
    for (const path of [
      '.github/workflows/validate.yml',
      '.github/CODEOWNERS',
      'scripts/validate.ts',
      'schemas/program.schema.json',
      'src/lib/stats/suppress.ts',
      'package.json',
      'astro.config.mjs',
      'content/stats/new-program.yaml',
    ]) {
      expect(ownersOf(path).length, path).toBeGreaterThan(0);
      expect(new Set(ownersOf(path)), path).toEqual(everyone);
    }
  });

  it("makes a new program's coordinators owners of their program's paths only, not of the shared code", () => {
    const added = {
      ...programs[0]!,
      id: 'newprog',
      name: 'New Program',
      coordinators: [{ name: 'Nova Coordinator', email: 'nova@example.org', github: 'newprog-coordinator' }],
    };
    const text = renderCodeowners([...programs, added]);
    const lines = text.split('\n').filter((line) => line.includes('@newprog-coordinator'));
    expect(lines.map((line) => line.split(' ')[0])).toEqual(ownedFolders('newprog').map((folder) => `/${folder}`));
    for (const shared of ['*', '/.github/', '/scripts/', '/schemas/', '/src/']) {
      expect(text.split('\n').find((line) => line.startsWith(`${shared} `))).not.toContain('@newprog-coordinator');
    }
  });

  it('the pull request template carries every item of the review checklist', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    expect(reviewChecklist.length).toBeGreaterThan(0);
    for (const item of reviewChecklist) expect(template).toContain(`- [ ] ${item}`);
  });
});
