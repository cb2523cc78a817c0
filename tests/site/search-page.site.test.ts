/** The search page is valid HTML: nothing, scripts included, after `</html>` (the Nu checker's "Stray start tag script"). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

describe('the built search page', () => {
  it('ends with </html> and keeps its scripts inside <body>', async () => {
    const html = await readFile(join(inject('distDir'), 'search', 'index.html'), 'utf8');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
    expect((html.match(/<script\b/g) ?? []).length).toBeGreaterThan(0);
    expect((body.match(/<script\b/g) ?? []).length + (html.slice(0, html.indexOf('<body')).match(/<script\b/g) ?? []).length).toBe(
      (html.match(/<script\b/g) ?? []).length,
    );
  });
});
