import { describe, expect, it } from 'vitest';
import { aliasBomb } from '../../../bench/alias-bomb.ts';
import { CONTRACT, GUIDELINE, validateWith } from './helpers.ts';

const only = async (text: string | Uint8Array, path = CONTRACT) => (await validateWith(path, text)).diagnostics;

/**
 * Timing figures live in `npm run bench` (line (c) for the alias bomb); here a
 * bound ten times anything a refusal needs, which only an actual expansion or
 * catastrophic backtracking (minutes, gigabytes) would break on a busy machine.
 */
const NEVER_EXPANDED_MS = 10_000;
const NEVER_EXPANDED_BYTES = 200 * 1024 * 1024;

describe('hostile input', () => {
  it.each(['fast', 'strict'] as const)('refuses an alias bomb of 10^9 expansions without expanding it (%s reading)', async (mode) => {
    const bomb = aliasBomb();
    expect(bomb.match(/\*[a-i]/g)).toHaveLength(90); // 10 strings x 10^9 paths: the bomb is real
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { diagnostics, ok } = await validateWith(CONTRACT, bomb, mode);
    expect(performance.now() - started).toBeLessThan(NEVER_EXPANDED_MS);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(NEVER_EXPANDED_BYTES);
    expect(ok).toBe(false);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: CONTRACT, rule: 'yaml-anchor-alias', line: 1, column: 7, severity: 'error' }),
    ]);
    expect(diagnostics[0]!.message).toMatch(/Anchors \(&\) and aliases \(\*\) are not allowed/);
  });

  it('refuses a 5 MB file unread', async () => {
    const diagnostics = await only('goals:\n' + '  - a goal that goes on\n'.repeat(220_000));
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'file-too-large', line: 1, column: 1 })]);
    expect(diagnostics[0]!.message).toMatch(/over 64 KB/);
  });

  it('lets a __proto__ key pollute nothing', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const diagnostics = await only('program: alao\n__proto__:\n  polluted: true\n  toString: 1\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(typeof {}.toString).toBe('function');
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'schema-unknown-key', line: 2, column: 1 }));
  });

  it('reports NUL bytes as a binary file at their line', async () => {
    const diagnostics = await only(new Uint8Array([...new TextEncoder().encode('program: alao\nkind: '), 0, 0x0a]));
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'file-binary', line: 2, column: 7 })]);
  });

  it('reports bytes that are not UTF-8', async () => {
    const diagnostics = await only(new Uint8Array([0x70, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'file-not-utf8' })]);
  });

  it('reports binary MDX the same way', async () => {
    expect(await only(new Uint8Array([0x23, 0, 0x0a]), GUIDELINE)).toEqual([expect.objectContaining({ rule: 'file-binary' })]);
  });

  it('refuses brackets nested thousands deep without overflowing the stack', async () => {
    const started = performance.now();
    const diagnostics = await only(`program: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n`);
    expect(performance.now() - started).toBeLessThan(NEVER_EXPANDED_MS);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'yaml-too-deep', line: 1, column: 74 })]);
  });

  it('checks a 60 KB value against bounded patterns and formats without catastrophic backtracking', async () => {
    const long = 'a'.repeat(60_000);
    const started = performance.now();
    const diagnostics = await only(
      `program: alao\npairing: "2026-${long}"\nkind: mentoring\nparties:\n  - email: "${long.slice(0, 1000)}@${long.slice(0, 2000)}"\n`,
    );
    expect(performance.now() - started).toBeLessThan(NEVER_EXPANDED_MS);
    expect(diagnostics.map((d) => d.rule)).toContain('schema-length');
  });

  it('never echoes an unknown key that does not look like a field name', async () => {
    const diagnostics = await only('program: alao\n"ada.okafor@example.edu": 1\n');
    const unknown = diagnostics.find((d) => d.rule === 'schema-unknown-key');
    expect(unknown).toMatchObject({ line: 2, column: 1 });
    expect(unknown!.message).not.toContain('okafor');
  });

  it('never crashes on odd YAML', async () => {
    for (const text of [
      '',
      '---\n',
      '...\n',
      '? [a, b]\n: c\n',
      'a: !!binary aGk=\n',
      '- - -\n',
      ': :\n',
      '"\n',
      '{a: 1, a: 2}\n',
      'a: 1\n...\n---\nb: 2\n',
    ]) {
      const diagnostics = await only(text);
      expect(diagnostics.length, JSON.stringify(text)).toBeGreaterThan(0);
      for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    }
  });
});
