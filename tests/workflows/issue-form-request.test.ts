import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { handleContractRequest, type DraftVerdict } from '../../src/lib/issue-forms/contract-request.ts';
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
  authorAssociation: 'MEMBER',
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

  it.each(['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR'])('never submits a form whose author is %s', async (association) => {
    const submit = vi.fn<(text: string) => Promise<DraftVerdict>>();
    const comment = vi.fn(async () => {});
    const result = await handleContractRequest(issue({ authorAssociation: association }), { programs, submit, comment });
    expect(result.outcome).toBe('untrusted-author');
    expect(submit).not.toHaveBeenCalled();
    expect(comment).toHaveBeenCalledTimes(1);
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
    const result = await handleContractRequest(issue({ authorAssociation: 'OWNER' }), {
      programs,
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
    const result = await handleContractRequest(issue({ body }), { programs, submit, comment: async () => {} });
    expect(result.outcome).toBe('invalid');
    expect(result.comment).toContain('“Communication methods” has a ticked box “Carrier pigeon”');
    expect(submit).not.toHaveBeenCalled();
  });
});

describe('readIssueEvent', () => {
  it('reads number, body, author association and label names from an issues event', () => {
    expect(
      readIssueEvent({
        action: 'edited',
        issue: { number: 4, body: null, author_association: 'COLLABORATOR', labels: [{ name: 'contract-request' }, { id: 1 }] },
      }),
    ).toEqual({ number: 4, body: '', authorAssociation: 'COLLABORATOR', labels: ['contract-request'] });
  });

  it('refuses an event that is not about an issue, in a sentence', () => {
    expect(() => readIssueEvent({ pull_request: { number: 1 } })).toThrow(/not an issues event/);
  });
});
