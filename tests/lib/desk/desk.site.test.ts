import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { serveFolder } from '../../../scripts/pdf/serve-folder.ts';
import { launchBrowser, openPage } from '../../support/browser.ts';
import { SITE_BASE, underBase } from '../../support/built-site.ts';

const distDir = inject('distDir');

/** Every name and email in content/pairings and content/contracts: none may reach the public pages. */
async function personalValues(): Promise<string[]> {
  const values = new Set<string>();
  for (const folder of ['content/pairings', 'content/contracts']) {
    for (const program of await readdir(folder).catch(() => [])) {
      for (const file of await readdir(join(folder, program))) {
        const data: unknown = parse(await readFile(join(folder, program, file), 'utf8'));
        const visit = (node: unknown, key?: string): void => {
          if (Array.isArray(node)) node.forEach((item) => visit(item));
          else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, k);
          else if (typeof node === 'string' && (key === 'name' || key === 'email' || key === 'phone')) values.add(node);
        };
        visit(data);
      }
    }
  }
  return [...values];
}

async function programs(): Promise<string[]> {
  const ids = (await readdir('content/programs', { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  expect(ids.length, 'programs in content/programs').toBeGreaterThan(0);
  return ids;
}

describe('the statistics pages', () => {
  it('exist for every program, show no count below 3 and no name or email', async () => {
    const personal = await personalValues();
    expect(personal.length).toBeGreaterThan(0);
    for (const program of await programs()) {
      const html = await readFile(join(distDir, program, 'statistics', 'index.html'), 'utf8');
      const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1]!.trim());
      expect(cells.length, `${program}/statistics has no table cells`).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell === 'fewer than 3' || (/^\d+$/.test(cell) && Number(cell) >= 3), `${program}: cell "${cell}"`).toBe(true);
      }
      for (const value of personal) expect(html, `${program}/statistics holds personal data`).not.toContain(value);
      // Every example program has evaluations: its page counts the responses received, under the same rule.
      expect(html, program).toContain('Evaluation responses');
      // The page shows the committed monthly snapshot, cell for cell, and nothing counted at build time.
      const snapshot = parse(await readFile(join('content/programs', program, 'statistics.yaml'), 'utf8')) as {
        taken: string;
        cycles: Record<string, unknown>[];
        responses?: { count: unknown }[];
      };
      const expected = [
        ...snapshot.cycles.flatMap((row) => [row['completed'], row['endedEarly'], row['reassigned']]),
        ...(snapshot.responses ?? []).map((entry) => entry.count),
      ].map(String);
      expect(cells, program).toEqual(expected);
      // One date style across the site (src/lib/text/date-words.ts): "1 December 2026".
      expect(html, program).toMatch(/Counts as of \d{1,2} [A-Z][a-z]+ \d{4}\./);
    }
  });
});

describe('the statistics page on a phone', () => {
  it('scrolls its table inside a focusable region instead of the whole page sideways', async () => {
    const server = await serveFolder(distDir, SITE_BASE);
    const browser = await launchBrowser();
    try {
      const { page } = await openPage(browser);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${server.url}alcts/statistics/`);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(360);
      // The outcomes table, and the evaluation responses table below it: each scrolls on its own.
      const regions = page.locator('.table-scroll');
      expect(await regions.count()).toBe(2);
      for (const [index, caption] of ['statistics-caption', 'responses-caption'].entries()) {
        const region = regions.nth(index);
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.getAttribute('aria-labelledby')).toBe(caption);
        expect(await region.locator('table').count()).toBe(1);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('the program calendars', () => {
  it('parse as iCalendar with the yearly program dates and nothing personal', async () => {
    const personal = await personalValues();
    expect(personal.length).toBeGreaterThan(0);
    let eventCount = 0;
    for (const program of await programs()) {
      const text = await readFile(join(distDir, program, 'calendar.ics'), 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      // RFC 5545: a calendar holds at least one component; a program without dates has no calendar file at all.
      expect(events.length, `${program}/calendar.ics`).toBeGreaterThan(0);
      eventCount += events.length;
      for (const event of events) {
        expect(event.uid).toMatch(new RegExp(`^${program}-[a-z0-9-]+@tandem$`));
        expect(event.startDate.isDate).toBe(true);
      }
      for (const value of personal) expect(text).not.toContain(value);
      expect(text).not.toMatch(/content\/(pairings|contracts)|\d{4}-[a-z]+-[a-z]+/);
    }
    expect(eventCount).toBeGreaterThan(0);
    const alcts = await readFile(join(distDir, 'alcts', 'calendar.ics'), 'utf8');
    expect(alcts).toContain('UID:alcts-term-start@tandem');
    expect(alcts).toContain('RRULE:FREQ=YEARLY');
  });

  it('are offered on a program overview exactly when the program has one', async () => {
    const offered: boolean[] = [];
    for (const program of await programs()) {
      const exists = await readFile(join(distDir, program, 'calendar.ics')).then(
        () => true,
        () => false,
      );
      const overview = await readFile(join(distDir, program, 'index.html'), 'utf8');
      expect(overview.includes(`"${underBase(`/${program}/calendar.ics`)}"`), program).toBe(exists);
      offered.push(exists);
    }
    // The example programs include one with dates and one without (ALAO's documents give none).
    expect(offered).toContain(true);
    expect(offered).toContain(false);
  });
});
