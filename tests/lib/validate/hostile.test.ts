import { describe, expect, it } from 'vitest';
import { CONTRACT, GUIDELINE, validateWith } from './helpers.ts';

const only = async (text: string | Uint8Array, path = CONTRACT) => (await validateWith(path, text)).diagnostics;

/** Nine levels of ten aliases each: 10^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= 9; level += 1) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('hostile input', () => {
  it('refuses an alias bomb of 10^9 expansions before expanding it', async () => {
    await only('program: alao\n'); // warm up: compile the schemas outside the timing
    const started = performance.now();
    const diagnostics = await only(aliasBomb());
    expect(performance.now() - started).toBeLessThan(500);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'yaml-anchor-alias', line: 1, column: 7 })]);
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

  it('refuses brackets nested thousands deep quickly', async () => {
    const started = performance.now();
    const diagnostics = await only(`program: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'yaml-too-deep', line: 1, column: 74 })]);
  });

  it('checks a 60 KB value against bounded patterns and formats quickly', async () => {
    const long = 'a'.repeat(60_000);
    const started = performance.now();
    const diagnostics = await only(`program: alao\npairing: "2026-${long}"\nkind: mentoring\nparties:\n  - email: "${long.slice(0, 1000)}@${long.slice(0, 2000)}"\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diagnostics.map((d) => d.rule)).toContain('schema-length');
  });

  it('never echoes an unknown key that does not look like a field name', async () => {
    const diagnostics = await only('program: alao\n"ada.okafor@example.edu": 1\n');
    const unknown = diagnostics.find((d) => d.rule === 'schema-unknown-key');
    expect(unknown).toMatchObject({ line: 2, column: 1 });
    expect(unknown!.message).not.toContain('okafor');
  });

  it('never crashes on odd YAML', async () => {
    for (const text of ['', '---\n', '...\n', '? [a, b]\n: c\n', 'a: !!binary aGk=\n', '- - -\n', ': :\n', '"\n', '{a: 1, a: 2}\n', 'a: 1\n...\n---\nb: 2\n']) {
      const diagnostics = await only(text);
      expect(diagnostics.length, JSON.stringify(text)).toBeGreaterThan(0);
      for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    }
  });
});
