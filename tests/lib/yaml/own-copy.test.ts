import { describe, expect, it } from 'vitest';
import { YamlFile } from '../../../src/lib/yaml/index.ts';

// A fast reading that drops its text (retext given) keeps a copy of the value: through JSON where
// that is exact, else structuredClone. Numbers JSON cannot hold must come through unchanged.
describe('YamlFile fast reading with retext', () => {
  const read = (text: string) => new YamlFile(text, 'fast', () => text);

  it('keeps .inf, .nan and -0 exactly', () => {
    const file = read('a: .inf\nb: -.inf\nc: .nan\nd: -0\ne: [1, -0]\n');
    expect(file.readingBy).toBe('fast');
    const value = file.value as { a: number; b: number; c: number; d: number; e: number[] };
    expect(value.a).toBe(Infinity);
    expect(value.b).toBe(-Infinity);
    expect(value.c).toBeNaN();
    expect(Object.is(value.d, -0)).toBe(true);
    expect(Object.is(value.e[1], -0)).toBe(true);
  });

  it('keeps plain values, key order and nesting', () => {
    const text = 'z: 1\na: "x"\nlist:\n  - { name: Ada, n: 2.5 }\n  - null\nflag: true\n"10": ten\n';
    const file = read(text);
    expect(file.readingBy).toBe('fast');
    expect(file.value).toEqual(new YamlFile(text, 'fast').value);
    expect(Object.keys(file.value as object)).toEqual(Object.keys(new YamlFile(text, 'fast').value as object));
  });
});
