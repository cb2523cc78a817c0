/**
 * A program's guideline pages in reading order (`order`, then title), with
 * their URLs: the one list the sidebar, the overview and the pager share.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sitePath } from './site-path.ts';

export interface GuidelinePage {
  entry: CollectionEntry<'guidelines'>;
  program: string;
  /** The page's last URL segment (its file name without .mdx). */
  slug: string;
  title: string;
  /** The sidebar's name for the page. */
  label: string;
  href: string;
}

export function toGuidelinePage(entry: CollectionEntry<'guidelines'>): GuidelinePage {
  const [program = '', slug = ''] = entry.id.split('/');
  return {
    entry,
    program,
    slug,
    title: entry.data.title,
    label: entry.data.sidebarLabel ?? entry.data.title,
    href: sitePath(`${program}/${slug}/`),
  };
}

export async function guidelinePagesOf(program: string): Promise<GuidelinePage[]> {
  const entries = await getCollection('guidelines', (entry) => entry.id.startsWith(`${program}/`));
  return entries.map(toGuidelinePage).sort((a, b) => a.entry.data.order - b.entry.data.order || a.title.localeCompare(b.title));
}
