/**
 * What a content file is, from its path alone (the layout is fixed by the
 * design): the path decides which schema and which rules apply.
 */
export type FileRole =
  | { kind: 'program'; program: string }
  | { kind: 'guideline'; program: string; slug: string }
  | { kind: 'pairing'; program: string; id: string }
  | { kind: 'contract'; program: string; id: string }
  | { kind: 'stats'; program: string }
  | { kind: 'statistics'; program: string }
  | { kind: 'application'; program: string; cycle: string; id: string }
  | { kind: 'notice'; program: string; notice: string }
  | { kind: 'sources'; program: string }
  | { kind: 'unknown'; hint: string };

const LAYOUT_HINT =
  'Tandem reads content/programs/<program>/program.yaml, content/programs/<program>/guidelines/<page>.mdx, content/programs/<program>/notices/<notice>.md, content/programs/<program>/statistics.yaml, content/programs/<program>/SOURCES.md, content/pairings/<program>/<pairing-id>.yaml, content/contracts/<program>/<pairing-id>.yaml, content/stats/<program>.yaml and content/applications/<program>/<cycle>/<application-id>.yaml.';

const PAIRINGS = 'content/pairings/';
const CONTRACTS = 'content/contracts/';

/**
 * A pairing's or a contract's role, the same as classifyPath gives, without
 * splitting the path: the validator classifies 100,000 such paths in a big
 * repository. Undefined for any other path.
 */
function recordRole(path: string): FileRole | undefined {
  const prefix = path.startsWith(PAIRINGS) ? PAIRINGS : path.startsWith(CONTRACTS) ? CONTRACTS : undefined;
  if (prefix === undefined || !path.endsWith('.yaml')) return undefined;
  const slash = path.indexOf('/', prefix.length);
  if (slash < 0 || path.indexOf('/', slash + 1) >= 0) return undefined;
  return {
    kind: prefix === PAIRINGS ? 'pairing' : 'contract',
    program: path.slice(prefix.length, slash),
    id: path.slice(slash + 1, -'.yaml'.length),
  };
}

export function classifyPath(path: string): FileRole {
  const record = recordRole(path);
  if (record) return record;
  const parts = path.split('/');
  if (path.endsWith('.yml')) {
    return { kind: 'unknown', hint: 'YAML files end in .yaml in Tandem; rename this file from .yml to .yaml.' };
  }
  if (parts[0] === 'content' && parts.length === 4 && parts[1] === 'programs' && parts[3] === 'program.yaml') {
    return { kind: 'program', program: parts[2]! };
  }
  if (parts[0] === 'content' && parts.length === 4 && parts[1] === 'programs' && parts[3] === 'statistics.yaml') {
    return { kind: 'statistics', program: parts[2]! };
  }
  if (parts[0] === 'content' && parts.length === 5 && parts[1] === 'programs' && parts[3] === 'guidelines' && parts[4]!.endsWith('.mdx')) {
    return { kind: 'guideline', program: parts[2]!, slug: parts[4]!.slice(0, -'.mdx'.length) };
  }
  if (parts[0] === 'content' && parts.length === 4 && parts[1] === 'programs' && parts[3] === 'SOURCES.md') {
    return { kind: 'sources', program: parts[2]! };
  }
  if (parts[0] === 'content' && parts.length === 5 && parts[1] === 'programs' && parts[3] === 'notices' && parts[4]!.endsWith('.md')) {
    return { kind: 'notice', program: parts[2]!, notice: parts[4]!.slice(0, -'.md'.length) };
  }
  if (
    parts[0] === 'content' &&
    parts.length === 4 &&
    (parts[1] === 'pairings' || parts[1] === 'contracts') &&
    parts[3]!.endsWith('.yaml')
  ) {
    return { kind: parts[1] === 'pairings' ? 'pairing' : 'contract', program: parts[2]!, id: parts[3]!.slice(0, -'.yaml'.length) };
  }
  if (parts[0] === 'content' && parts.length === 3 && parts[1] === 'stats' && parts[2]!.endsWith('.yaml')) {
    return { kind: 'stats', program: parts[2]!.slice(0, -'.yaml'.length) };
  }
  if (parts[0] === 'content' && parts.length === 5 && parts[1] === 'applications' && parts[4]!.endsWith('.yaml')) {
    return { kind: 'application', program: parts[2]!, cycle: parts[3]!, id: parts[4]!.slice(0, -'.yaml'.length) };
  }
  return { kind: 'unknown', hint: `Tandem does not know what this file is for. ${LAYOUT_HINT}` };
}
