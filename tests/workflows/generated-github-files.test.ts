import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ownedFolders, renderCodeowners } from '../../src/lib/codeowners.ts';
import { reviewChecklist } from '../../src/lib/review-checklist.ts';
import { main as generate } from '../../scripts/generate.ts';
import { runMain } from '../support/run-main.ts';
import { repositoryPrograms } from './programs.ts';

const programs = repositoryPrograms();

describe('the committed files under .github/ that npm run generate writes', () => {
  it('are up to date (npm run generate -- --check exits 0)', async () => {
    const result = await runMain(generate, ['--check']);
    expect(result.stderr.split('\n').filter((line) => line.includes('out of date'))).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("include no participant form (participants send email), only the coordinators' action forms and the config", () => {
    const forms = readdirSync('.github/ISSUE_TEMPLATE').sort();
    expect(forms.filter((name) => name !== 'config.yml' && !name.startsWith('action-'))).toEqual([]);
    expect(forms.filter((name) => name.startsWith('action-')).length).toBeGreaterThan(0);
    expect(parse(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8'))).toEqual({ blank_issues_enabled: false });
  });

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
