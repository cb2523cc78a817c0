/**
 * The content both sites are built from in the site-build benchmark: `count`
 * guideline pages made from the programs' own pages in content/programs, each
 * used again under a numbered slug once all have been used, so that every
 * size has the same mix of page lengths and the originals (which other pages
 * link to) are always there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/yaml/frontmatter.ts';
import { YamlFile } from '../../src/lib/yaml/index.ts';

export interface BenchPage {
  program: string;
  slug: string;
  title: string;
  description: string;
  order: number;
  /** The MDX body, without frontmatter. */
  body: string;
}

/** A page of the programs' own, before it is numbered and placed. */
type SourcePage = Omit<BenchPage, 'order'>;

function sourcePages(root: string): SourcePage[] {
  const programs = join(root, 'content/programs');
  return readdirSync(programs)
    .sort()
    .flatMap((program) => {
      const folder = join(programs, program, 'guidelines');
      return readdirSync(folder)
        .filter((file) => file.endsWith('.mdx'))
        .sort()
        .map((file) => {
          const path = join(folder, file);
          // The pages are read as the validator reads them: YAML frontmatter only, never run as code.
          const split = splitFrontmatter(readFileSync(path, 'utf8'));
          if (split.kind !== 'yaml') throw new Error(`${path}: the page has no YAML frontmatter; run npm run validate.`);
          const data = new YamlFile(split.yaml).value as Record<string, unknown>;
          const content = split.body;
          return {
            program,
            slug: file.replace(/\.mdx$/, ''),
            title: String(data['title']),
            description: String(data['description']),
            body: content,
          };
        });
    });
}

/** `count` pages (at least as many as the programs have, so that every link between them resolves). */
export function benchPages(root: string, count: number): BenchPage[] {
  const sources = sourcePages(root);
  if (count < sources.length) throw new Error(`The benchmark needs at least ${sources.length} pages (the programs' own), not ${count}.`);
  return Array.from({ length: count }, (_, index) => {
    const source = sources[index % sources.length]!;
    const round = Math.floor(index / sources.length);
    return {
      program: source.program,
      slug: round === 0 ? source.slug : `${source.slug}-${round + 1}`,
      title: round === 0 ? source.title : `${source.title} (${round + 1})`,
      description: source.description,
      order: index + 1,
      body: source.body,
    };
  });
}
