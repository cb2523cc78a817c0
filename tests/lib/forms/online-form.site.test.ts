/**
 * The contract form filled in online, in Chromium, on the test build: checked
 * by the validator's own code with problems at their fields, kept across a
 * reload, cleared on request, saved as a file that `npm run validate` accepts
 * and `contract:new --from` turns into a pull request, printed filled in; light, accessible, keyboard-usable,
 * 390 px wide; and without JavaScript exactly the blank form.
 */
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { text } from 'node:stream/consumers';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveFolder, type ServedFolder } from '../../../scripts/pdf/serve-folder.ts';
import { validatorFor } from '../../../src/lib/schemas.ts';
import { checkContractDraft } from '../../../src/lib/validate/check-draft.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { accessibilityViolations, describeViolations, launchBrowser } from '../../support/browser.ts';
import { main as validateMain } from '../../../scripts/validate.ts';
import { commandEnv, runScript } from '../../support/run-command.ts';
import { runMain } from '../../support/run-main.ts';
import { EXAMPLES_TODAY, examplesDay } from '../../support/examples-today.ts';
import { loadPrograms } from '../../support/form-programs.ts';
import { SITE_BASE } from '../../support/built-site.ts';
import { readPdf } from './pdf-text.ts';

const distDir = inject('distDir');
const alao = loadPrograms().find((program) => program.id === 'alao')!;
const PAIRING = '2026-online-pair';
let server: ServedFolder;
let browser: Browser;

/** The pinned today, the example content's (the repository copy holds it): the browser's clock is set to it (pinnedContext), and the scripts get it as --today. */
const TODAY = EXAMPLES_TODAY;
const iso = examplesDay;

/** A browser context whose clock reads noon of TODAY, in the browser's own time zone, so the form's "today" is TODAY. */
async function pinnedContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
  return context;
}

beforeAll(async () => {
  server = await serveFolder(distDir, SITE_BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function formPage(options: { width?: number } = {}): Promise<Page> {
  const context = await pinnedContext({
    acceptDownloads: true,
    ...(options.width && { viewport: { width: options.width, height: 800 } }),
  });
  const page = await context.newPage();
  await page.goto(`${server.url}alao/contract/`);
  await page.locator('#online-form').waitFor();
  return page;
}

const field = (page: Page, path: string) => page.locator(`#online-${path.replace(/\./g, '-')}`);

async function fillContract(page: Page): Promise<void> {
  await field(page, 'pairing').fill(PAIRING);
  await page.locator('input[name="kind"][value="mentoring"]').check();
  await page.locator('input[name="parties.0.role"][value="mentor"]').check();
  await field(page, 'parties.0.name').fill('Ottoline Vantongeren');
  await page.locator('input[name="parties.1.role"][value="mentee"]').check();
  await field(page, 'parties.1.name').fill('Barnaby Quistgaard');
  await field(page, 'parties.0.email').fill('ottoline.vantongeren@example.edu');
  // Typed with quotes, as the YAML advice once said: read without them.
  await field(page, 'parties.0.phone').fill('"+1 614 555 0142"');
  await field(page, 'parties.0.signed').fill(iso(-5));
  await field(page, 'parties.1.email').fill('barnaby.quistgaard@example.edu');
  await field(page, 'parties.1.signed').fill(iso(-4));
  await field(page, 'goals.0').fill('Prepare a dossier for continuing appointment');
  await field(page, 'goals.1').fill('Present a poster: "Open textbooks in Ohio"');
  await field(page, 'start').fill(iso(3));
  await field(page, 'durationMonths').fill('10');
  // ALAO leaves the frequency to the pair: their own words (a suggestion's word is stored as its value).
  await field(page, 'meetings.frequency').fill('monthly');
  await page.locator('input[name="meetings.methods"][value="phone"]').check();
  await page.locator('input[name="meetings.methods"][value="email"]').check();
}

describe('the contract form online', () => {
  it('loads under 40 KB of JavaScript (gzip), on the form page only', async () => {
    const context = await pinnedContext();
    const page = await context.newPage();
    for (const form of ['alao/contract', 'cala/contract', 'alcts/application']) {
      const scripts: string[] = [];
      const listener = (response: import('playwright-core').Response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.url());
      };
      page.on('response', listener);
      await page.goto(`${server.url}${form}/`, { waitUntil: 'networkidle' });
      page.off('response', listener);
      expect(scripts.length, form).toBeGreaterThan(0);
      let gzipped = 0;
      for (const url of scripts)
        gzipped += gzipSync(await (await fetch(url)).arrayBuffer().then((b) => Buffer.from(b)), { level: 9 }).length;
      expect(gzipped, form).toBeLessThan(40 * 1024);
    }
    const guideline: string[] = [];
    page.removeAllListeners('response');
    page.on('request', (request) => {
      if (request.resourceType() === 'script') guideline.push(request.url());
    });
    await page.goto(`${server.url}alao/setting-goals/`, { waitUntil: 'networkidle' });
    expect(guideline).toEqual([]);
    await context.close();
  });

  it("lists the validator's problems at their fields, marks them and moves focus to the first", async () => {
    const page = await formPage();
    await page.getByRole('button', { name: 'Check' }).click();
    const summary = page.locator('#online-summary');
    await expect.poll(() => summary.locator('h2').textContent()).toMatch(/problems to fix/);
    // The same words the validator gives for the same (empty) contract.
    const expected = checkContractDraft({ program: 'alao', parties: [{}, {}], goals: [], meetings: {} }, alao, {
      today: TODAY,
      validate: validatorFor('contract'),
    }).map((problem) => problem.message);
    const shown = await summary.locator('li').allTextContents();
    expect(shown.sort()).toEqual([...expected].sort());
    expect(shown.length).toBeGreaterThan(3);
    const pairing = field(page, 'pairing');
    expect(await pairing.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await pairing.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ')[0]}`).textContent()).toMatch(/^Problem: Missing Pairing id/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('online-pairing');
    expect(describeViolations(await accessibilityViolations(page))).toBe('');

    // A value the schema refuses is named at its own field.
    await pairing.fill('Lee and Okafor');
    await page.getByRole('button', { name: 'Check' }).click();
    const message = await page.locator(`#${((await pairing.getAttribute('aria-describedby')) ?? '').split(' ')[0]}`).textContent();
    expect(message).toMatch(/^Problem: .*Pairing id/);
    await page.context().close();
  });

  it('keeps what is typed across a reload, and "Clear this form" erases it', async () => {
    const page = await formPage();
    await fillContract(page);
    await page.reload();
    await page.locator('#online-form').waitFor();
    expect(await field(page, 'parties.1.name').inputValue()).toBe('Barnaby Quistgaard');
    expect(await page.locator('input[name="meetings.methods"][value="phone"]').isChecked()).toBe(true);
    expect(await field(page, 'goals.1').inputValue()).toBe('Present a poster: "Open textbooks in Ohio"');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear this form' }).click();
    expect(await field(page, 'parties.1.name').inputValue()).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('tandem:alao:contract'))).toBeNull();
    await page.reload();
    await page.locator('#online-form').waitFor();
    expect(await field(page, 'pairing').inputValue()).toBe('');
    await page.context().close();
  });

  describe('filled in and valid', () => {
    let page: Page;
    let yaml: string;
    let repo: string;

    beforeAll(async () => {
      page = await formPage();
      await fillContract(page);
      await page.getByRole('button', { name: 'Check' }).click();
      await page.locator('#online-summary h2').waitFor();
      expect(await page.locator('#online-summary').textContent()).toMatch(/^No problem found/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as file' }).click()]);
      expect(download.suggestedFilename()).toBe(`${PAIRING}.yaml`);
      yaml = await text(await download.createReadStream());
      // A copy of the repository's content with this pair's pairing on file, as the coordinator has it.
      repo = await mkdtemp(join(tmpdir(), 'tandem-online-'));
      await cp('content', join(repo, 'content'), { recursive: true });
      await writeFile(
        join(repo, 'content/pairings/alao', `${PAIRING}.yaml`),
        [
          'program: alao',
          'kind: mentoring',
          'mentor: { name: Ottoline Vantongeren, email: ottoline.vantongeren@example.edu }',
          'mentee: { name: Barnaby Quistgaard, email: barnaby.quistgaard@example.edu }',
          `notified: "${iso(-10)}"`,
          'status: active',
          '',
        ].join('\n'),
      );
    }, 120_000);

    afterAll(async () => {
      await page?.context().close();
      if (repo) await rm(repo, { recursive: true, force: true });
    });

    it('saves <pairing-id>.yaml that npm run validate accepts unchanged', async () => {
      expect(yaml).toContain('phone: "+1 614 555 0142"');
      expect(yaml).toContain(`pairing: "${PAIRING}"`);
      const path = `content/contracts/alao/${PAIRING}.yaml`;
      await writeFile(join(repo, path), yaml);
      const result = validateFiles(await readRepositoryFiles(repo), { today: TODAY, only: [path] });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // And the command, as `npm run validate` runs it (its main, in this process: the process itself is tested in tests/lib/validate/cli.test.ts).
      const cli = await runMain(validateMain, ['--today', TODAY], { cwd: repo });
      expect(cli.stdout + cli.stderr).not.toContain(`${PAIRING}.yaml`);
      expect(cli.code, cli.stdout + cli.stderr).toBe(0);
      expect(result.repository.contracts.get(`alao/${PAIRING}`)?.data).toMatchObject({
        program: 'alao',
        pairing: PAIRING,
        kind: 'mentoring',
        durationMonths: 10,
        goals: ['Prepare a dossier for continuing appointment', 'Present a poster: "Open textbooks in Ohio"'],
        meetings: { frequency: 'monthly', methods: ['phone', 'email'] },
      });
      await rm(join(repo, path));
    });

    it('is taken by contract:new --from, which opens its pull request', { timeout: 120_000 }, async () => {
      const github = await GitHubTestServer.start({ token: 'test-token', collaborators: {} });
      try {
        const draft = join(repo, 'draft.yaml');
        await writeFile(draft, yaml);
        await mkdir(join(repo, 'content/contracts/alao'), { recursive: true });
        const run = await runScript('contract-new', ['--from', draft, '--today', TODAY], { cwd: repo, env: commandEnv(github.env()) });
        // Warnings may say a coordinator cannot be asked to review on this test server; no error.
        expect(run.code, run.stderr).toBe(0);
        expect(run.stderr).not.toMatch(/error/i);
        expect(github.pulls()).toHaveLength(1);
        const branch = github.pulls()[0]!.pull!.head;
        // The branch name says nothing of the pair; the file is where validate looks for it.
        expect(github.fileOn(branch, `content/contracts/alao/${PAIRING}.yaml`)).toBe(yaml);
      } finally {
        await github.close();
      }
    });

    it('offers no GitHub form, and no sending by email where the program has no intake mailbox', async () => {
      expect(await page.getByRole('button', { name: /GitHub/ }).count()).toBe(0);
      expect(await page.locator('#online-form').textContent()).not.toMatch(/GitHub/);
      // The test build gives ALAO an intake mailbox (tests/global-setup.ts; its sending: send-by-email.site.test.ts); CALA has none.
      const context = await pinnedContext();
      const cala = await context.newPage();
      await cala.goto(`${server.url}cala/contract/`);
      await cala.locator('#online-form').waitFor();
      expect(await cala.getByRole('button', { name: 'Send by email' }).count()).toBe(0);
      expect(await cala.locator('#send-email').count()).toBe(0);
      await context.close();
    });

    it('prints filled in on one or two pages, with its pairing id on each and empty signature lines', async () => {
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', { name: 'Print filled in' }).click();
      await page.emulateMedia({ media: 'print' });
      const pdf = await readPdf(await page.pdf({ format: 'Letter', printBackground: true }));
      await page.emulateMedia({ media: 'screen' });
      expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
      expect(pdf.pages.length).toBeLessThanOrEqual(2);
      for (const text of pdf.pages) expect(text).toContain(`Pairing id: ${PAIRING}`);
      expect(pdf.text).toContain('Barnaby Quistgaard');
      expect(pdf.text).not.toContain('Check, print, save or send');
      expect(pdf.text).not.toContain('You can also fill in this form here');
      const signatureLines = await page.locator('.field--signature .line__blank').allTextContents();
      expect(signatureLines).toEqual(['', '']);
    });
  });

  it('fills an application from empty, problems at their fields, into a file npm run validate accepts', { timeout: 120_000 }, async () => {
    const context = await pinnedContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}alcts/application/`);
    await page.locator('#online-form').waitFor();
    // The page fills in the day it is submitted (today); ALCTS publishes no window, so the cycle is left to the applicant.
    expect(await field(page, 'submitted').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await field(page, 'cycle').inputValue()).toBe('');
    expect(await page.locator('#online-form').textContent()).not.toContain('When both of you');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.locator('#online-summary h2').waitFor();
    expect(await page.locator('#online-summary h2').textContent()).toMatch(/problems to fix/);
    expect(await field(page, 'cycle').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('online-cycle');
    expect(describeViolations(await accessibilityViolations(page))).toBe('');
    const cycle = Number(TODAY.slice(0, 4)) + 1;
    await field(page, 'cycle').fill(String(cycle));
    await field(page, 'name').fill('Seraphina Ledgerwood');
    await field(page, 'email').fill('seraphina.ledgerwood@example.edu');
    await page.locator('input[name="member"]').check();
    await page.locator('input[name="roles"][value="mentee"]').check();
    await field(page, 'interests.0').fill('Serials cataloguing');
    await field(page, 'interests.1').fill('"Leading a working group"');
    await page.locator('input[name="careerStage"][value="early"]').check();
    await page.locator('input[name="methods"]').first().check();
    // Typed as people type it: recorded as YYYY-MM-DD.
    const [year, month, day] = TODAY.split('-').map(Number);
    await field(page, 'submitted').fill(`${month}/${day}/${year}`);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.locator('#online-summary h2').waitFor();
    const summaryText = await page.locator('#online-summary').textContent();
    expect(summaryText, summaryText ?? '').toMatch(/^No problem found/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as file' }).click()]);
    expect(download.suggestedFilename()).toBe(`${cycle}-ledgerwood.yaml`);
    const yaml = await text(await download.createReadStream());
    expect(yaml.split('\n')[0]).toBe('program: "alcts"');
    const repo = await mkdtemp(join(tmpdir(), 'tandem-online-application-'));
    try {
      await cp('content', join(repo, 'content'), { recursive: true });
      const path = `content/applications/alcts/${cycle}/${cycle}-ledgerwood.yaml`;
      await mkdir(join(repo, `content/applications/alcts/${cycle}`), { recursive: true });
      await writeFile(join(repo, path), yaml);
      const result = validateFiles(await readRepositoryFiles(repo), { today: TODAY, only: [path] });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.repository.applications.get(`alcts/${cycle}/${cycle}-ledgerwood`)?.data).toMatchObject({
        program: 'alcts',
        cycle,
        roles: ['mentee'],
        interests: ['Serials cataloguing', 'Leading a working group'],
        member: true,
        submitted: TODAY,
      });
    } finally {
      await rm(repo, { recursive: true, force: true });
      await context.close();
    }
  });

  it('works from the keyboard alone and at 390 px wide', async () => {
    const page = await formPage({ width: 390 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await field(page, 'pairing').focus();
    await page.keyboard.type(PAIRING);
    await page.keyboard.press('Tab');
    // Next stop: the kind of mentoring, a radio group: arrows choose.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('kind');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="kind"]:checked').getAttribute('value')).toBe('peer');
    const check = page.getByRole('button', { name: 'Check' });
    await check.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(describeViolations(await accessibilityViolations(page))).toBe('');
    await page.context().close();
  });

  it('is exactly the blank form without JavaScript', async () => {
    const context = await pinnedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}alao/contract/`);
    expect(await page.locator('#online-form').isVisible()).toBe(false);
    expect(await page.locator('.online-hint').isVisible()).toBe(false);
    expect(await page.locator('.contract-form input, .contract-form textarea').count()).toBe(0);
    const built = await readFile(join(distDir, 'alao/contract/index.html'), 'utf8');
    const article = /<article class="contract-form"[\s\S]*?<\/article>/.exec(built)?.[0];
    // Both through the same HTML serializer, so that only the markup is compared.
    const built2 = await page.evaluate((html) => {
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.content.firstElementChild?.outerHTML;
    }, article ?? '');
    expect(await page.locator('.contract-form').evaluate((element) => element.outerHTML)).toBe(built2);
    await context.close();
  });
});

/** Bytes of a script's source that did not run, from V8's block coverage (nested ranges come after the ones they sit in). */
function unusedBytes(entry: {
  source?: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}): number {
  const ran = new Uint8Array(entry.source?.length ?? 0);
  for (const fn of entry.functions) for (const range of fn.ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
  return ran.length - ran.reduce((sum, byte) => sum + byte, 0);
}

describe('the form pages as they load', () => {
  // Lighthouse measured a cumulative layout shift of 0.118 on the application page (a phone) and about
  // 60 KiB of JavaScript unused at load on the form pages: the hint above the form was revealed by the
  // script, pushing the form down, and the validator was loaded before anyone asked for a check.
  //
  // One page per viewport, shared by the three forms (a browser context costs a renderer process): each
  // form is loaded once in each, so every load is still a first visit, with no draft saved (each form keeps
  // its own) and every script fetched (the test server sends no caching headers).
  const loads: { viewport: { width: number; height: number }; page: Page }[] = [];
  beforeAll(async () => {
    for (const viewport of [
      { width: 412, height: 823 },
      { width: 1350, height: 940 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) shifts.push(shift.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      loads.push({ viewport, page });
    }
  });
  afterAll(() => Promise.all(loads.map(({ page }) => page.context().close())));

  for (const form of ['alao/contract', 'cala/contract', 'alcts/application']) {
    it(`${form}: shifts no layout, and loads the check only once the reader starts on the form`, async () => {
      for (const { viewport, page } of loads) {
        const scripts: string[] = [];
        const listener = (request: Request) => {
          if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
        };
        page.on('request', listener);
        await page.coverage.startJSCoverage();
        await page.goto(`${server.url}${form}/`, { waitUntil: 'load' });
        await page.locator('#online-form').waitFor();
        expect(await page.locator('.online-hint').isVisible(), form).toBe(true);
        // Two frames: a shift is reported once the frame that shows it is drawn.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
        const cls = shifts.reduce((sum, value) => sum + value, 0);
        expect(cls, `${form} at ${viewport.width} px: shifts ${shifts.join(', ')}`).toBeLessThanOrEqual(0.02);

        const coverage = (await page.coverage.stopJSCoverage()).filter((entry) => entry.url.includes('/_astro/'));
        const unused = coverage.reduce((sum, entry) => sum + unusedBytes(entry), 0);
        expect(unused, `${form}: JavaScript loaded and not run, in bytes`).toBeLessThan(24 * 1024);
        expect(
          scripts.filter((path) => /-check\./.test(path)),
          form,
        ).toEqual([]);
        // The reader starts on the form: the check arrives, and works.
        const checkLoaded = page.waitForRequest((request) => /-check\.[^/]*\.js$/.test(request.url()));
        await page.locator('.contract-form input, .contract-form textarea').first().focus();
        await checkLoaded;
        await page.locator('[data-online="check"]').click();
        await page.locator('#online-summary').waitFor({ state: 'visible' });
        page.off('request', listener);
      }
    });
  }
});
