import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { handleContractRequest, type DraftVerdict } from '../../src/lib/issue-forms/contract-request.ts';
import type { RepositoryRole } from '../../src/lib/github/permission.ts';
import type { ContractRequestIssue } from '../../src/lib/issue-forms/event.ts';
import { readIssueEvent } from '../../src/lib/issue-forms/event.ts';
import { fieldLabelAtLine } from '../../src/lib/issue-forms/locate.ts';
import { contractDraftYaml, parseContractRequest } from '../../src/lib/issue-forms/parse.ts';
import { fixture, repositoryPrograms } from './programs.ts';

const programs = repositoryPrograms();
const request = parseContractRequest(fixture('alao-mentoring.md'), programs);
const yaml = contractDraftYaml(request.contract);
const lineOf = (needle: string): number => yaml.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('fieldLabelAtLine', () => {
  it('names the form field behind a line of the generated YAML', () => {
    expect(fieldLabelAtLine(yaml, lineOf('kwame.osei@example.edu'), request.fields)).toBe('Party 2: Email');
    expect(fieldLabelAtLine(yaml, lineOf('signed: 2026-02-03'), request.fields)).toBe('Party 1: Date signed');
    expect(fieldLabelAtLine(yaml, lineOf('Present a poster'), request.fields)).toBe('Goal 2');
    expect(fieldLabelAtLine(yaml, lineOf('Shadow a reference shift'), request.fields)).toBe('Additional goals attached');
    expect(fieldLabelAtLine(yaml, lineOf('frequency: monthly'), request.fields)).toBe('Frequency of meetings');
  });

  it('names none for a line that is no single field (a parent mapping, a line past the end)', () => {
    expect(fieldLabelAtLine(yaml, lineOf('meetings:'), request.fields)).toBeUndefined();
    expect(fieldLabelAtLine(yaml, 999, request.fields)).toBeUndefined();
  });
});

const issue = (overrides: Partial<ContractRequestIssue> = {}): ContractRequestIssue => ({
  number: 7,
  body: fixture('alao-mentoring.md'),
  author: 'casey-coord',
  labels: ['contract-request'],
  ...overrides,
});

describe('handleContractRequest', () => {
  const warning: Diagnostic = {
    file: 'content/contracts/alao/2026-brightwater-osei.yaml',
    line: lineOf('durationMonths'),
    column: 17,
    severity: 'warning',
    rule: 'contract-duration',
    message: 'The duration is longer than the 12 months ALAO suggests.',
  };

  const roleIs = (role: RepositoryRole) => vi.fn(async (_login: string) => role);

  it.each([
    ['none', /@casey-coord is not a collaborator of this repository/],
    ['read', /@casey-coord can read this repository but not change it/],
    ['triage', /@casey-coord can sort this repository's issues but not change its files/],
  ] as const)('never submits a form whose author has the %s role, and says why', async (role, why) => {
    const submit = vi.fn<(text: string) => Promise<DraftVerdict>>();
    const comment = vi.fn(async (_body: string) => {});
    const authorRole = roleIs(role);
    const result = await handleContractRequest(issue(), { programs, submit, comment, authorRole });
    expect(authorRole).toHaveBeenCalledWith('casey-coord');
    expect(result.outcome).toBe('untrusted-author');
    expect(submit).not.toHaveBeenCalled();
    expect(comment).toHaveBeenCalledTimes(1);
    expect(result.comment).toMatch(why);
    expect(result.comment).toMatch(
      /only people who can change it \(its write, maintain or admin role\) can turn a form into a pull request/,
    );
  });

  it('refuses an event that names no author without asking GitHub', async () => {
    const authorRole = roleIs('admin');
    const result = await handleContractRequest(issue({ author: '' }), { programs, submit: vi.fn(), comment: async () => {}, authorRole });
    expect(result.outcome).toBe('untrusted-author');
    expect(authorRole).not.toHaveBeenCalled();
    expect(result.comment).toMatch(/The author of this issue is not a collaborator/);
  });

  it('submits the YAML the form gives and reports the pull request with its warnings by form label', async () => {
    const submit = vi.fn(async (): Promise<DraftVerdict> => ({
      status: 'opened',
      url: 'https://example.test/pull/3',
      number: 3,
      updated: false,
      warnings: [warning],
    }));
    const comments: string[] = [];
    const result = await handleContractRequest(issue(), {
      programs,
      authorRole: roleIs('maintain'),
      submit,
      comment: async (body) => void comments.push(body),
    });
    expect(submit).toHaveBeenCalledWith(yaml);
    expect(result.outcome).toBe('opened');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain('pull request #3: https://example.test/pull/3');
    expect(comments[0]).toContain('passed validation with 1 warning');
    expect(comments[0]).toContain('- **Duration of commitment (months)**: The duration is longer than the 12 months ALAO suggests.');
  });

  it('does not submit a form it could not read completely', async () => {
    const submit = vi.fn<(text: string) => Promise<DraftVerdict>>();
    const body = fixture('alao-mentoring.md').replace('- [X] Email', '- [X] Carrier pigeon');
    const result = await handleContractRequest(issue({ body }), { programs, submit, comment: async () => {}, authorRole: roleIs('write') });
    expect(result.outcome).toBe('invalid');
    expect(result.comment).toContain('“Communication methods” has a ticked box “Carrier pigeon”');
    expect(submit).not.toHaveBeenCalled();
  });
});

describe('readIssueEvent', () => {
  it("reads number, body, the author's login and label names from an issues event, and not author_association", () => {
    expect(
      readIssueEvent({
        action: 'edited',
        issue: {
          number: 4,
          body: null,
          user: { login: 'casey-coord' },
          author_association: 'COLLABORATOR',
          labels: [{ name: 'contract-request' }, { id: 1 }],
        },
      }),
    ).toEqual({ number: 4, body: '', author: 'casey-coord', labels: ['contract-request'] });
  });

  it('reads no author from a login that is not one (it would be written into a comment)', () => {
    for (const login of ['**bold**', 'a b', '', 42]) expect(readIssueEvent({ issue: { number: 1, user: { login } } }).author).toBe('');
    expect(readIssueEvent({ issue: { number: 1, user: { login: 'dependabot[bot]' } } }).author).toBe('dependabot[bot]');
  });

  it('refuses an event that is not about an issue, in a sentence', () => {
    expect(() => readIssueEvent({ pull_request: { number: 1 } })).toThrow(/not an issues event/);
  });
});
