/** A printed PDF as poppler's pdfinfo reads it: title, XMP metadata and structure tree (PDF/UA checks). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface StructNode {
  type: string;
  children: StructNode[];
}

/** `pdfinfo -struct`'s indented listing as a tree (attribute lines, which start with `/`, left out). */
export function structTree(listing: string): StructNode[] {
  const roots: StructNode[] = [];
  const stack: { depth: number; node: StructNode }[] = [];
  for (const line of listing.split('\n')) {
    const match = /^( *)([A-Za-z][A-Za-z0-9]*)\b/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length;
    const node = { type: match[2]!, children: [] };
    while (stack.length > 0 && stack.at(-1)!.depth >= depth) stack.pop();
    (stack.at(-1)?.node.children ?? roots).push(node);
    stack.push({ depth, node });
  }
  return roots;
}

export const all = (nodes: StructNode[]): StructNode[] => nodes.flatMap((node) => [node, ...all(node.children)]);

/** Every list item whose children are not one optional `Lbl` and one `LBody`, described. */
export function badListItems(tree: StructNode[]): string[] {
  return all(tree)
    .filter((node) => node.type === 'LI')
    .map((item) => item.children.map((child) => child.type).join(','))
    .filter((kids) => !/^(Lbl,)?LBody$/.test(kids));
}

/** pdfinfo's reading of a PDF: its metadata stream, its structure tree, and what it complained of. */
export async function readWithPdfinfo(file: string) {
  const meta = await run('pdfinfo', ['-meta', file]);
  const info = await run('pdfinfo', [file]);
  const struct = await run('pdfinfo', ['-struct', file]);
  return {
    title: /^Title:\s+(.*)$/m.exec(info.stdout)?.[1],
    xmp: meta.stdout,
    tree: structTree(struct.stdout),
    complaints: `${meta.stderr}${struct.stderr}`,
  };
}
