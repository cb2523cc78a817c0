/**
 * The one schema walker (src/lib/schema-walk.ts): $ref inlining, paths,
 * reading a node, rewriting node by node; and that it reads the real schemas.
 */
import { describe, expect, it } from 'vitest';
import { commonDefinition, resolvedSchema } from '../../src/lib/schema-files.ts';
import {
  childSchema,
  definitionOf,
  derefSchema,
  enumOptions,
  inSchemaOrder,
  kindOf,
  labelOf,
  mapSchema,
  schemaAtPath,
  type JsonSchema,
} from '../../src/lib/schema-walk.ts';

const common: JsonSchema = {
  $id: 'common.schema.json',
  $defs: {
    email: { title: 'Email', type: 'string', format: 'email' },
    person: { type: 'object', properties: { email: { $ref: '#/$defs/email' } } },
    loop: { $ref: '#/$defs/loop' },
    kind: { anyOf: [{ const: 'mentoring', title: 'Mentor and mentee' }, { const: 'peer' }] },
  },
};
const record: JsonSchema = {
  type: 'object',
  properties: {
    parties: { type: 'array', items: { $ref: 'common.schema.json#/$defs/person', title: 'Party' } },
    title: { type: 'string', title: 'Title of the page' },
  },
};
const registry = new Map<string, JsonSchema>([
  ['common.schema.json', common],
  ['record.schema.json', record],
]);

describe('derefSchema', () => {
  it('inlines references across documents, and sibling keywords win over the definition', () => {
    const tree = derefSchema(record, registry, 'record.schema.json');
    expect(schemaAtPath(tree, ['parties', 0])).toMatchObject({ title: 'Party', type: 'object' });
    expect(schemaAtPath(tree, ['parties', '1', 'email'])).toEqual({ title: 'Email', type: 'string', format: 'email' });
  });

  it('refuses a cycle and a reference to an unknown document', () => {
    expect(() => derefSchema({ $ref: 'common.schema.json#/$defs/loop' }, registry, 'x')).toThrow(/cycle/);
    expect(() => derefSchema({ $ref: 'nowhere.json#/a' }, registry, 'x')).toThrow(/unknown document nowhere.json/);
    expect(() => derefSchema({ $ref: '#/$defs/none' }, registry, 'common.schema.json')).toThrow(/points at nothing/);
  });
});

describe('paths', () => {
  const tree = derefSchema(record, registry, 'record.schema.json');
  it('steps into properties and, for an index, into items', () => {
    expect(childSchema(tree, 'title')).toMatchObject({ title: 'Title of the page' });
    expect(childSchema(tree, 3)).toBeUndefined(); // an object has no items
    expect(schemaAtPath(tree, [])).toBe(tree);
  });
  it('is undefined for a place the schema does not describe, including inherited names', () => {
    expect(schemaAtPath(tree, ['nothing'])).toBeUndefined();
    expect(schemaAtPath(tree, ['parties', 0, 'email', 'deeper'])).toBeUndefined();
    expect(schemaAtPath(tree, ['toString'])).toBeUndefined();
  });
});

describe('reading a node', () => {
  it('labels options by their titles, or by their value', () => {
    expect(enumOptions(definitionOf(registry, 'common.schema.json', 'kind')!)).toEqual([
      { value: 'mentoring', label: 'Mentor and mentee' },
      { value: 'peer', label: 'Peer' },
    ]);
    expect(enumOptions({ enum: ['a', 'b'] })).toEqual([
      { value: 'a', label: 'a' },
      { value: 'b', label: 'b' },
    ]);
    expect(enumOptions({ anyOf: [{ const: 'a' }, { type: 'string' }] })).toBeUndefined();
  });
  it('tells the kind of a node and labels an untitled property from its name', () => {
    expect(kindOf({ type: 'string', format: 'date' })).toBe('date');
    expect(kindOf({ properties: {} })).toBe('object');
    expect(kindOf({ anyOf: [{ const: 'x' }] })).toBe('enum');
    expect(labelOf({}, 'goalCount')).toBe('Goal count');
  });
});

describe('mapSchema', () => {
  it('rewrites every schema node but never takes a property name for a keyword', () => {
    const tree = derefSchema(record, registry, 'record.schema.json');
    const untitled = mapSchema(tree, ({ title: _title, ...rest }) => rest);
    expect(Object.keys(untitled['properties'] as object)).toEqual(['parties', 'title']);
    expect(JSON.stringify(untitled)).not.toContain('"title":"');
    expect(schemaAtPath(untitled, ['parties', 0, 'email'])).toEqual({ type: 'string', format: 'email' });
  });
  it('reaches nodes under anyOf, if/then and additionalProperties', () => {
    const marked = mapSchema(
      { anyOf: [{ type: 'string' }], if: { type: 'object' }, then: {}, additionalProperties: { type: 'number' } },
      (node) => ({ ...node, seen: true }),
    );
    expect(marked).toMatchObject({
      seen: true,
      anyOf: [{ seen: true }],
      if: { seen: true },
      then: { seen: true },
      additionalProperties: { seen: true },
    });
  });
});

describe('the real schemas', () => {
  it('have the definitions and fields the code reads', () => {
    expect(commonDefinition('recordId')['pattern']).toMatch(/^\^.*\$$/);
    expect(() => commonDefinition('nothing')).toThrow(/no definition nothing/);
    expect(labelOf(schemaAtPath(resolvedSchema('contract'), ['parties', 0, 'email'])!, 'email')).toBeTruthy();
  });
});

describe('inSchemaOrder', () => {
  it("puts every object's keys in its schema's order, in lists too, and keys the schema does not name last", () => {
    const schema = {
      properties: {
        a: { type: 'string' },
        list: { type: 'array', items: { properties: { x: {}, y: {} } } },
        b: { type: 'object', properties: { p: {}, q: {} } },
      },
    };
    const ordered = inSchemaOrder({ extra: 1, b: { q: 1, p: 2 }, list: [{ y: 1, x: 2 }], a: 'x' }, schema);
    expect(JSON.stringify(ordered)).toBe('{"a":"x","list":[{"x":2,"y":1}],"b":{"p":2,"q":1},"extra":1}');
  });
});
