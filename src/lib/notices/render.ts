/**
 * A notice text with its placeholders filled in, as a subject, plain text and
 * HTML. The Markdown is parsed first and the values go into its text and link
 * addresses afterwards, so a value is always text: a name holding * or <
 * cannot become markup. Only the Markdown a notice needs is rendered
 * (paragraphs, headings, emphasis, links, lists, quotes); raw HTML is shown as text.
 */
import { createRequire } from 'node:module';
import type { Nodes, Root } from 'mdast';
import { PLACEHOLDER } from './placeholders.ts';
import type { PlaceholderValues } from './values.ts';

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
}

/** A placeholder with no value for this pair (a peer pair has no mentee, a pair without contract no start date). */
export class MissingValueError extends Error {
  override name = 'MissingValueError';
  readonly placeholders: string[];
  constructor(placeholders: string[]) {
    super(`no value for ${placeholders.map((name) => `{{${name}}}`).join(', ')}`);
    this.placeholders = placeholders;
  }
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * remark (micromark, mdast: ~130 modules), loaded on the first notice rendered
 * rather than with every script that can send one (as ../validate/guideline.ts
 * loads it): a run with nothing due, and `--help`, never parse Markdown.
 */
let remarkModule: typeof import('remark') | undefined;
function loadRemark(): typeof import('remark') {
  remarkModule ??= createRequire(import.meta.url)('remark') as typeof import('remark');
  return remarkModule;
}

const SAFE_URL = /^(https?:|mailto:)/i;

export function renderNotice(notice: { subject: string; body: string }, values: PlaceholderValues): RenderedNotice {
  const missing = new Set<string>();
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const value = values.get(name);
      if (value === undefined) missing.add(name);
      return value ?? '';
    });

  const tree: Root = loadRemark().remark().parse(notice.body);
  const subject = fill(notice.subject).replace(/\s+/g, ' ').trim();
  const html = toHtml(tree, fill, false);
  const text = `${toText(tree, fill).trim()}\n`;
  if (missing.size > 0) throw new MissingValueError([...missing].sort());
  return {
    subject,
    text,
    html: `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${html}\n</body>\n</html>\n`,
  };
}

type Fill = (text: string) => string;

function children(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : [];
}

function toHtml(node: Nodes, fill: Fill, tight: boolean): string {
  const inner = (asTight = false): string =>
    children(node)
      .map((child) => toHtml(child, fill, asTight))
      .join(node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' ? '\n' : '');
  switch (node.type) {
    case 'root':
      return inner();
    case 'paragraph':
      return tight ? inner() : `<p>${inner()}</p>`;
    case 'heading':
      return `<h${node.depth}>${inner()}</h${node.depth}>`;
    case 'text':
      return escapeHtml(fill(node.value));
    case 'emphasis':
      return `<em>${inner()}</em>`;
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'inlineCode':
      return `<code>${escapeHtml(fill(node.value))}</code>`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>\n${inner()}\n</blockquote>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const items = node.children.map(
        (item) =>
          `<li>${children(item)
            .map((child) => toHtml(child, fill, !node.spread && !item.spread))
            .join('\n')}</li>`,
      );
      return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
    }
    case 'link': {
      const url = fill(node.url);
      return SAFE_URL.test(url) ? `<a href="${escapeHtml(url)}">${inner()}</a>` : inner();
    }
    case 'html':
    case 'code':
      return node.type === 'code' ? `<pre>${escapeHtml(fill(node.value))}</pre>` : escapeHtml(fill(node.value));
    default:
      return 'value' in node && typeof node.value === 'string' ? escapeHtml(fill(node.value)) : inner();
  }
}

function inlineText(node: Nodes, fill: Fill): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return fill(node.value);
    case 'break':
      return '\n';
    case 'link': {
      const label = children(node)
        .map((child) => inlineText(child, fill))
        .join('');
      const url = fill(node.url);
      return label === url || !SAFE_URL.test(url) ? label : `${label} (${url})`;
    }
    default:
      return children(node)
        .map((child) => inlineText(child, fill))
        .join('');
  }
}

function toText(node: Nodes, fill: Fill, indent = ''): string {
  switch (node.type) {
    case 'root':
      return children(node)
        .map((child) => toText(child, fill, indent))
        .join('\n\n');
    case 'list':
      return node.children
        .map((item, index) => {
          const bullet = node.ordered ? `${(node.start ?? 1) + index}. ` : '- ';
          const body = children(item)
            .map((child) => toText(child, fill, `${indent}${' '.repeat(bullet.length)}`))
            .join('\n');
          return `${indent}${bullet}${body.slice(indent.length + bullet.length)}`;
        })
        .join('\n');
    case 'blockquote':
      return children(node)
        .map((child) => toText(child, fill, `${indent}> `))
        .join('\n');
    case 'thematicBreak':
      return `${indent}---`;
    case 'code':
      return fill(node.value)
        .split('\n')
        .map((line) => `${indent}    ${line}`)
        .join('\n');
    default:
      return inlineText(node, fill)
        .split('\n')
        .map((line) => `${indent}${line}`)
        .join('\n');
  }
}
