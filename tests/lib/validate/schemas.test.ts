import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../../src/lib/schema-walk.ts';
import { recordSchemaNames, resolvedSchema, schemaRegistry } from '../../../src/lib/schema-files.ts';

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every field schema (object properties and list items) with its path. */
function fields(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = [];
  if (isObject(schema.properties)) {
    for (const [name, child] of Object.entries(schema.properties)) {
      if (!isObject(child)) continue;
      found.push([`${path}/${name}`, child], ...fields(child, `${path}/${name}`));
    }
  }
  if (isObject(schema.items)) found.push([`${path}/items`, schema.items], ...fields(schema.items, `${path}/items`));
  return found;
}

/** Every schema node with `type: string`, wherever it sits. */
function stringNodes(node: unknown, path = ''): [string, JsonSchema][] {
  if (Array.isArray(node)) return node.flatMap((item, index) => stringNodes(item, `${path}/${index}`));
  if (!isObject(node)) return [];
  const own: [string, JsonSchema][] = node.type === 'string' ? [[path, node]] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => stringNodes(child, `${path}/${key}`))];
}

describe('the JSON Schemas', () => {
  it('are valid draft 2020-12 schemas (the validator skips this check at run time)', () => {
    const ajv = new Ajv2020({ strict: false });
    for (const [file, schema] of schemaRegistry) expect(ajv.validateSchema(schema), `${file}: ${ajv.errorsText()}`).toBe(true);
    expect(ajv.validateSchema({ type: 'strin' })).toBe(false);
  });

  for (const name of recordSchemaNames) {
    it(`${name}: every field has a title and a description`, () => {
      const missing = fields(resolvedSchema(name)).filter(
        ([, field]) => typeof field.title !== 'string' || typeof field.description !== 'string',
      );
      expect(missing.map(([path]) => path)).toEqual([]);
    });

    it(`${name}: every string is bounded by maxLength`, () => {
      const unbounded = stringNodes(resolvedSchema(name)).filter(([, node]) => typeof node.maxLength !== 'number');
      expect(unbounded.map(([path]) => path)).toEqual([]);
    });
  }

  it('never use $data, and no pattern nests a quantifier inside a repeated group', () => {
    for (const [file, schema] of schemaRegistry) {
      const text = JSON.stringify(schema);
      expect(text, file).not.toContain('$data');
      for (const [, node] of stringNodes(schema)) {
        if (typeof node.pattern !== 'string') continue;
        // A repeated group whose body repeats and does not start with a separator is the backtracking shape.
        expect(node.pattern, file).not.toMatch(/\((?![-.\\])[^()]*[+*]\)[+*]/);
        expect(node.pattern.startsWith('^') && node.pattern.endsWith('$'), node.pattern).toBe(true);
      }
    }
  });
});
