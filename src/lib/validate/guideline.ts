/**
 * One guideline page (.mdx): its frontmatter read as YAML only (never as
 * code: yaml/frontmatter.ts) and checked against guideline.schema.json; its body parsed with remark + remark-mdx and
 * checked for headings that skip a level and for email addresses or phone
 * numbers in public text. Links are collected here and checked against the
 * site's pages by the guideline-link rule, which knows every page.
 */
import { createRequire } from 'node:module';
import type { Heading, Link, Nodes, Root, Text } from 'mdast';
import type { Diagnostic } from '../diagnostics.ts';
import { validatorFor } from '../schemas.ts';
import type { Guideline } from '../types.generated.ts';
import { decodeFile, type FileContents } from '../yaml/decode.ts';
import { splitFrontmatter } from '../yaml/frontmatter.ts';
import { YamlFile } from '../yaml/index.ts';
import { findPersonalData } from './personal-data.ts';
import { schemaFindings } from './schema-errors.ts';
import { placeFinding, yamlProblemMessage } from './yaml-record.ts';

export interface PageLink {
  url: string;
  line: number;
  column: number;
}

export interface GuidelineFile {
  data?: Guideline;
  body: string;
  links: PageLink[];
  diagnostics: Diagnostic[];
}

/**
 * The MDX stack (remark, micromark, acorn, unist-util-visit:
 * hundreds of modules) is loaded on the first page only, synchronously (Node >= 22.12 requires ES
 * modules), so that a run over YAML files alone does not pay for it.
 */
interface MdxStack {
  parser: { parse(text: string): Root };
  visit: typeof import('unist-util-visit').visit;
}
let mdxStack: MdxStack | undefined;
function loadMdxStack(): MdxStack {
  if (mdxStack) return mdxStack;
  const require = createRequire(import.meta.url);
  const { remark } = require('remark') as typeof import('remark');
  const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
  const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
  mdxStack = {
    parser: remark().use(remarkFrontmatter).use(remarkMdx),
    visit: (require('unist-util-visit') as typeof import('unist-util-visit')).visit,
  };
  return mdxStack;
}

interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface ReadFrontmatter {
  data?: Guideline;
  body: string;
  diagnostics: Diagnostic[];
  /** The frontmatter is not YAML: the rest of the page is not read. */
  refused?: true;
}

function readFrontmatter(file: string, text: string): ReadFrontmatter {
  const split = splitFrontmatter(text);
  if (split.kind === 'refused') {
    const { line, column, message } = split.problem;
    return { body: '', refused: true, diagnostics: [{ file, line, column, severity: 'error', rule: 'guideline-frontmatter', message }] };
  }
  if (split.kind === 'none' || split.yaml.trim() === '') {
    return {
      body: split.kind === 'none' ? text : split.body,
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'guideline-frontmatter',
          message: 'The page has no frontmatter: start it with a --- block giving its title, description and order.',
        },
      ],
    };
  }
  const body = split.body;
  // The fast reading first, as for records: a page that fails its schema is read again strictly below.
  const loaded = new YamlFile(split.yaml, 'fast');
  const validate = validatorFor('guideline');
  if (loaded.problems.length === 0 && validate(loaded.value)) return { data: loaded.value as Guideline, body, diagnostics: [] };
  // Every problem reported comes from the strict reading, whichever way the page was first read.
  loaded.useStrict();
  if (loaded.problems.length > 0) {
    return {
      body,
      // A guideline's frontmatter is public text with no personal data: a repeated key is always named.
      diagnostics: loaded.problems.map((problem) => ({
        file,
        line: problem.line,
        column: problem.column,
        severity: 'error',
        rule: problem.rule,
        message: yamlProblemMessage(problem, () => true),
      })),
    };
  }
  if (validate(loaded.value)) return { data: loaded.value as Guideline, body, diagnostics: [] };
  const diagnostics = schemaFindings('guideline', validate.errors ?? []).map((finding) => placeFinding(file, loaded, finding));
  return { body, diagnostics };
}

function checkHeadings(file: string, tree: Root): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let previous = 1; // the page's h1 is its frontmatter title
  loadMdxStack().visit(tree, 'heading', (node: Heading) => {
    const { line = 1, column = 1 } = node.position?.start ?? {};
    if (node.depth === 1) {
      diagnostics.push({
        file,
        line,
        column,
        severity: 'error',
        rule: 'guideline-heading-level',
        message: 'A top-level heading (#) in the body: the page title comes from the frontmatter, so sections start at ##.',
      });
    } else if (node.depth > previous + 1) {
      diagnostics.push({
        file,
        line,
        column,
        severity: 'error',
        rule: 'guideline-heading-level',
        message: `This heading skips a level: a level-${node.depth} heading (${'#'.repeat(node.depth)}) follows a level-${previous} one; use ${'#'.repeat(previous + 1)}.`,
      });
    }
    previous = node.depth;
  });
  return diagnostics;
}

function collectLinksAndText(tree: Root): { links: PageLink[]; texts: Text[] } {
  const links: PageLink[] = [];
  const texts: Text[] = [];
  loadMdxStack().visit(tree, (node: Nodes) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: (node as Link).url, line: start.line, column: start.column });
    } else if (node.type === 'text') {
      texts.push(node);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes as MdxJsxAttribute[]) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
          links.push({ url: attribute.value, line: start.line, column: start.column });
        }
      }
    }
  });
  return { links, texts };
}

/**
 * What `npm run build` would reject in a page that parses: guideline pages are
 * plain Markdown, so MDX code (an expression in braces, an import or export, a
 * component) has nothing to run with and stops the build with a stack trace.
 * Reported here first, at the page's own line, in plain words. A comment in
 * braces, {/* like this *\/}, is harmless and allowed.
 */
function checkMdxCode(file: string, tree: Root): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  loadMdxStack().visit(tree, (node: Nodes) => {
    const { line = 1, column = 1 } = node.position?.start ?? {};
    const at = { file, line, column, severity: 'error' as const, rule: 'guideline-mdx-code' as const };
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const value = (node as { value?: unknown }).value;
      const code = typeof value === 'string' ? value.trim() : '';
      if (code === '' || /^\/\*[\s\S]*\*\/$/.test(code)) return;
      diagnostics.push({
        ...at,
        message: `A brace starts code in a guideline page: {${code.length > 40 ? `${code.slice(0, 40)}…` : code}} would stop the build. Write \\{ to show a brace (and \\} to close it).`,
      });
    } else if (node.type === 'mdxjsEsm') {
      diagnostics.push({
        ...at,
        message:
          'A line starting with import or export is code in a guideline page and would stop the build; reword the sentence so that it does not start with that word.',
      });
    } else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      /^[A-Z]/.test((node as { name?: string | null }).name ?? '')
    ) {
      diagnostics.push({
        ...at,
        message: `<${(node as { name?: string }).name}> is a component, which guideline pages do not have: it would stop the build. Write \\< to show a "<".`,
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes as MdxJsxAttribute[]) {
        if (attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null)) {
          diagnostics.push({
            ...at,
            message: 'An attribute in braces is code in a guideline page and would stop the build; write the value in quotes.',
          });
        }
      }
    }
  });
  return diagnostics;
}

/**
 * Pages already read, by path and text. A page's findings depend on nothing
 * else, and parsing MDX is most of what validating a repository costs: a
 * process that validates the same repository again (each draft a command or
 * the inbox submits, the notices run, a long-lived test worker) reads each
 * unchanged page once. Bounded: the oldest entry goes first.
 */
const readPages = new Map<string, GuidelineFile>();
const READ_PAGES_KEPT = 200;

export function loadGuidelineFile(file: string, contents: Uint8Array | FileContents): GuidelineFile {
  const decoded = decodeFile(contents);
  if ('problem' in decoded) {
    const { rule, message, line, column } = decoded.problem;
    return { body: '', links: [], diagnostics: [{ file, line, column, severity: 'error', rule, message }] };
  }
  const key = `${file}\0${decoded.text}`;
  let page = readPages.get(key);
  if (!page) {
    page = readGuideline(file, decoded.text);
    if (readPages.size >= READ_PAGES_KEPT) readPages.delete(readPages.keys().next().value as string);
    readPages.set(key, page);
  }
  // A copy each time: a caller may change what it was given.
  return structuredClone(page);
}

function readGuideline(file: string, text: string): GuidelineFile {
  const frontmatter = readFrontmatter(file, text);
  if (frontmatter.refused) return { body: '', links: [], diagnostics: frontmatter.diagnostics };
  let tree: Root;
  try {
    tree = loadMdxStack().parser.parse(text);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string };
    const reason = typeof place.reason === 'string' ? place.reason.slice(0, 200) : 'the page could not be read';
    const diagnostic: Diagnostic = {
      file,
      line: place.line ?? 1,
      column: place.column ?? 1,
      severity: 'error',
      rule: 'mdx-syntax',
      message: `MDX syntax error: ${reason}`,
    };
    return { ...frontmatter, links: [], diagnostics: [...frontmatter.diagnostics, diagnostic] };
  }
  const { links, texts } = collectLinksAndText(tree);
  const diagnostics = [...frontmatter.diagnostics, ...checkHeadings(file, tree), ...checkMdxCode(file, tree)];
  for (const node of texts) {
    for (const found of findPersonalData(node.value)) {
      const position = textPosition(node, found.offset);
      diagnostics.push({ file, ...position, severity: 'error', rule: 'guideline-personal-data', message: found.message });
    }
  }
  for (const link of links) {
    const scheme = /^(mailto|tel):/i.exec(link.url)?.[1]?.toLowerCase();
    if (scheme) {
      const what = scheme === 'mailto' ? 'an email address' : 'a phone number';
      diagnostics.push({
        file,
        line: link.line,
        column: link.column,
        severity: 'error',
        rule: 'guideline-personal-data',
        message: `This link holds ${what}; guideline pages are public. Point readers to the program's coordinators instead, whose contact details the site shows from program.yaml.`,
      });
    }
  }
  return { ...frontmatter, links: links.filter((link) => !/^(mailto|tel):/i.test(link.url)), diagnostics };
}

/** The file position of a character inside a text node (its value may span lines). */
function textPosition(node: Text, offset: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + offset };
  return { line: start.line + newlines, column: offset - before.lastIndexOf('\n') };
}
