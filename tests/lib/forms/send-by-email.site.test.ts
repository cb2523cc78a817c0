/**
 * "Send by email" on the online forms, in Chromium, on the test build, whose
 * copy of ALAO's and ALCTS's program.yaml gives each an intake mailbox (the
 * real programs' documents name none; tests/global-setup.ts): the page shows the address, hands a `mailto:` link with To, subject
 * and body to the mail app (caught here, never followed), and shows the same
 * message with a Copy button; a message too long for a link is only copied;
 * where the clipboard is refused, the message is selected for the person to
 * copy. Status messages go to the live region; the panel passes axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { serveFolder, type ServedFolder } from '../../../scripts/pdf/serve-folder.ts';
import { MAILTO_URL_LIMIT } from '../../../src/lib/mail/compose-record-email.ts';
import { EXAMPLES_TODAY, examplesDay } from '../../support/examples-today.ts';
import { RECORD_BEGIN, RECORD_END } from '../../../src/lib/mail/record-message.ts';
import { INTAKE_MAILBOXES, SITE_BASE, underBase } from '../../support/built-site.ts';
import { accessibilityViolations, describeViolations, launchBrowser } from '../../support/browser.ts';

const ALAO_INTAKE = INTAKE_MAILBOXES.alao;
const ALCTS_INTAKE = INTAKE_MAILBOXES.alcts;

let server: ServedFolder;
let browser: Browser;

/** The pinned today (the example content's): the browser's clock is set to it, so the form's "today" is TODAY. */
const TODAY = EXAMPLES_TODAY;
const iso = examplesDay;

beforeAll(async () => {
  server = await serveFolder(inject('distDir'), SITE_BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose mailto links are recorded in `window.mailtoOpened` instead of being handed to a mail app. */
async function openForm(
  path: string,
  options: { clipboard?: 'granted' | 'refused' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
  if (options.clipboard === 'granted') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await context.addInitScript((refuse: boolean) => {
    const opened: string[] = [];
    (window as unknown as { mailtoOpened: string[] }).mailtoOpened = opened;
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.('a');
        if (link?.href.startsWith('mailto:')) {
          opened.push(link.href);
          event.preventDefault();
        }
      },
      true,
    );
    if (refuse && navigator.clipboard)
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  }, options.clipboard === 'refused');
  const page = await context.newPage();
  await page.goto(`${server.origin}${underBase(path)}`);
  await page.locator('#online-form').waitFor();
  return { context, page };
}

const field = (page: Page, path: string) => page.locator(`#online-${path.replace(/\./g, '-')}`);
const opened = (page: Page) => page.evaluate(() => (window as unknown as { mailtoOpened: string[] }).mailtoOpened);

/** To, subject and body as a mail app reads them from the link. */
function readLink(url: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(url);
  if (!match) throw new Error(`not a mailto link with a subject and a body: ${url.slice(0, 100)}`);
  return { to: decodeURIComponent(match[1]!), subject: decodeURIComponent(match[2]!), body: decodeURIComponent(match[3]!) };
}

function recordOf(body: string): unknown {
  const start = body.indexOf(`${RECORD_BEGIN}\n`);
  const end = body.indexOf(`${RECORD_END}\n`);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return parse(body.slice(start + RECORD_BEGIN.length + 1, end));
}

async function fillApplication(page: Page, notes = ''): Promise<number> {
  const cycle = Number(TODAY.slice(0, 4)) + 1;
  await field(page, 'cycle').fill(String(cycle));
  await field(page, 'name').fill('Ottilie Brønsted');
  await field(page, 'email').fill('ottilie@example.edu');
  await page.locator('input[name="member"]').check();
  await page.locator('input[name="roles"][value="mentee"]').check();
  await field(page, 'interests.0').fill('Serials');
  await page.locator('input[name="careerStage"][value="early"]').check();
  await page.locator('input[name="methods"]').first().check();
  await field(page, 'submitted').fill(TODAY);
  if (notes) await field(page, 'notes').fill(notes);
  return cycle;
}

describe('Send by email', () => {
  it('shows the intake address where the forms are sent, without JavaScript too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}alcts/application/`);
    expect(await page.getByRole('link', { name: ALCTS_INTAKE }).first().getAttribute('href')).toBe(`mailto:${ALCTS_INTAKE}`);
    await page.goto(`${server.url}alao/contract/`);
    expect(await page.getByRole('link', { name: ALAO_INTAKE }).first().isVisible()).toBe(true);
    await page.goto(`${server.url}alcts/`);
    expect(await page.locator('#applying ~ p').allTextContents()).toContainEqual(
      expect.stringContaining(`Send it by email to ${ALCTS_INTAKE}.`),
    );
    await context.close();
  });

  it('opens the mail app with To, subject and the application between the markers, and copies the same text', async () => {
    const { context, page } = await openForm('/alcts/application/', { clipboard: 'granted' });
    const cycle = await fillApplication(page);
    const send = page.getByRole('button', { name: 'Send by email' });
    // From the keyboard: the button takes Enter.
    await send.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => opened(page)).toHaveLength(1);
    const [url = ''] = await opened(page);
    expect(url.length).toBeLessThanOrEqual(MAILTO_URL_LIMIT);
    const mail = readLink(url);
    expect(mail.to).toBe(ALCTS_INTAKE);
    expect(mail.subject).toBe(`Application: ${cycle}-bronsted`);
    const body = mail.body.replace(/\r\n/g, '\n');
    expect(body.split('\n')[0]).toBe(
      `An application to the ALCTS Mentoring Program (${cycle} cycle) from Ottilie Brønsted <ottilie@example.edu>, as a mentee.`,
    );
    expect(recordOf(body)).toMatchObject({ program: 'alcts', cycle, name: 'Ottilie Brønsted', roles: ['mentee'], member: true });
    // The same message is on the page, with its subject, to copy.
    const panel = page.getByRole('region', { name: `Your email to ${ALCTS_INTAKE}` });
    expect(await panel.isVisible()).toBe(true);
    expect(await page.locator('[data-email-subject]').textContent()).toBe(mail.subject);
    expect(await page.locator('#send-email-body').inputValue()).toBe(body);
    expect(await page.locator('#online-status').textContent()).toMatch(`Opening your mail app with the message to ${ALCTS_INTAKE}`);
    expect(await page.locator('#online-status').getAttribute('role')).toBe('status');
    await page.getByRole('button', { name: 'Copy the message' }).click();
    await expect.poll(() => page.locator('#online-status').textContent()).toMatch(/^Copied the message/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    expect(describeViolations(await accessibilityViolations(page))).toBe('');
    await context.close();
  });

  it('sends nothing and opens nothing while the form has problems', async () => {
    const { context, page } = await openForm('/alcts/application/');
    await page.getByRole('button', { name: 'Send by email' }).click();
    await page.locator('#online-summary h2').waitFor();
    expect(await page.locator('#online-summary h2').textContent()).toMatch(/problems to fix/);
    expect(await opened(page)).toEqual([]);
    expect(await page.locator('#send-email').isVisible()).toBe(false);
    await context.close();
  });

  it('a message too long for a link is shown to copy, with the address and subject; a refused clipboard selects it', async () => {
    const { context, page } = await openForm('/alcts/application/', { clipboard: 'refused' });
    const cycle = await fillApplication(page, 'I would like to learn about serials work. '.repeat(20).trim());
    await page.getByRole('button', { name: 'Send by email' }).click();
    await expect.poll(() => page.locator('#online-status').textContent()).toMatch(/too long to open in your mail app/);
    expect(await opened(page)).toEqual([]);
    expect(await page.getByRole('link', { name: 'Open it in your mail app' }).count()).toBe(0);
    expect(await page.locator('[data-email-note]').textContent()).toContain(
      `send it to ${ALCTS_INTAKE} with the subject “Application: ${cycle}-bronsted”`,
    );
    const body = await page.locator('#send-email-body').inputValue();
    expect(recordOf(body)).toMatchObject({ name: 'Ottilie Brønsted', notes: expect.stringMatching(/^I would like/) });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send-email-title');
    await page.getByRole('button', { name: 'Copy the message' }).click();
    await expect.poll(() => page.locator('#online-status').textContent()).toMatch(/did not let the page copy.*selected/);
    const selection = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return { id: area.id, start: area.selectionStart, end: area.selectionEnd, length: area.value.length };
    });
    expect(selection).toEqual({ id: 'send-email-body', start: 0, end: body.length, length: body.length });
    expect(describeViolations(await accessibilityViolations(page))).toBe('');
    await context.close();
  });

  it('sends a contract with the pairing id in the subject and both parties in the summary', async () => {
    const { context, page } = await openForm('/alao/contract/');
    await field(page, 'pairing').fill('2026-brightwater-quill');
    await page.locator('input[name="kind"][value="mentoring"]').check();
    await page.locator('input[name="parties.0.role"][value="mentor"]').check();
    await field(page, 'parties.0.name').fill('Ines Brightwater');
    await field(page, 'parties.0.email').fill('ines@example.edu');
    await page.locator('input[name="parties.1.role"][value="mentee"]').check();
    await field(page, 'parties.1.name').fill('Olu Quill');
    await field(page, 'parties.1.email').fill('olu@example.edu');
    // The contract's schema asks for the dates signed today (signing by reply is the inbox's).
    await field(page, 'parties.0.signed').fill(iso(-2));
    await field(page, 'parties.1.signed').fill(iso(-1));
    await field(page, 'goals.0').fill('Write a grant');
    await field(page, 'start').fill(iso(3));
    await field(page, 'durationMonths').fill('6');
    await field(page, 'meetings.frequency').fill('monthly');
    await page.locator('input[name="meetings.methods"][value="phone"]').check();
    await page.getByRole('button', { name: 'Send by email' }).click();
    await page.locator('#online-summary h2').waitFor();
    expect(await page.locator('#online-summary').textContent()).toMatch(/^No problem found/);
    await expect.poll(() => page.locator('[data-email-subject]').textContent()).toBe('Contract: 2026-brightwater-quill');
    const body = await page.locator('#send-email-body').inputValue();
    expect(body.split('\n').slice(0, 2)).toEqual([
      'The contract of pairing 2026-brightwater-quill in the ALAO Mentoring Program, between Ines Brightwater (mentor) and Olu Quill (mentee).',
      `1 goal, starting ${iso(3)}, for 6 months.`,
    ]);
    expect(recordOf(body)).toMatchObject({ program: 'alao', pairing: '2026-brightwater-quill', durationMonths: 6 });
    // A short contract fits in a link (the example contracts' links are 1,628 to 1,781 characters).
    const links = await opened(page);
    expect(links).toHaveLength(1);
    expect(readLink(links[0]!)).toEqual({
      to: ALAO_INTAKE,
      subject: 'Contract: 2026-brightwater-quill',
      body: body.replace(/\n/g, '\r\n'),
    });
    await context.close();
  });
});
