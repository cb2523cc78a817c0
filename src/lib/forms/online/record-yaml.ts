/**
 * A record (a contract filled in online) written as the YAML file a
 * coordinator would write: keys in the order given (the schema's), block
 * style, every text in double quotes so that a phone number, a date or a
 * word like `no` stays text exactly as typed. Double-quoted JSON strings are
 * valid YAML 1.2 double-quoted scalars, so no escaping of our own is needed.
 * Small on purpose: it ships to the browser, where the `yaml` package would
 * triple the form's code.
 */
type Value = string | number | boolean | readonly Value[] | { readonly [key: string]: Value | undefined };

const isRecord = (value: unknown): value is { readonly [key: string]: Value | undefined } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function scalar(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `lines` of `value` at `indent` spaces, after `key:` or `-` that the caller writes. */
function block(value: Value, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item: Value) => {
      if (isRecord(item)) {
        const [first = '', ...rest] = mapping(item, indent + 2);
        return [`${pad}- ${first.trimStart()}`, ...rest];
      }
      if (Array.isArray(item)) return [`${pad}-`, ...block(item, indent + 2)];
      return [`${pad}- ${scalar(item as string | number | boolean)}`];
    });
  }
  return isRecord(value) ? mapping(value, indent) : [`${pad}${scalar(value as string | number | boolean)}`];
}

function mapping(record: { readonly [key: string]: Value | undefined }, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return Object.entries(record).flatMap(([key, value]) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value.length === 0 ? [`${pad}${key}: []`] : [`${pad}${key}:`, ...block(value, indent + 2)];
    if (isRecord(value)) return [`${pad}${key}:`, ...mapping(value, indent + 2)];
    return [`${pad}${key}: ${scalar(value as string | number | boolean)}`];
  });
}

export function recordYaml(record: { readonly [key: string]: unknown }): string {
  return `${mapping(record as { readonly [key: string]: Value | undefined }, 0).join('\n')}\n`;
}
