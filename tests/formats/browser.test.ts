/**
 * The HTML view as a browser renders it: headless Chromium (playwright-core) loads the page from
 * a file, offline, and we read the DOM back. Chromium is a system package (/usr/bin/chromium):
 * absent, this test fails under CI=true and is skipped with a message elsewhere.
 */
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { createFormatter } from '../../src/formats/index.js';
import { SCHEMA_VERSION, type ErrorRecord, type ExtraitRecord } from '../../src/types.js';
import { RecordBuilder, seed001, seed003 } from './seedRecords.js';
import { testIf } from '../skip.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCI = process.env.CI === 'true';
const run = testIf(available || inCI, `${CHROMIUM} not found (apt-get install -y chromium); it fails under CI=true`);

const BUILD = join(process.cwd(), 'build');

function render(docs: [ExtraitRecord | ErrorRecord, string | null][]): string {
  const f = createFormatter('html', { color: false });
  return f.header() + docs.map(([r, t]) => f.record(r, t)).join('') + f.footer();
}

describe('html view in headless Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!available) return;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  run('renders highlighted entities with hover details, runs no script from the text, screenshot', async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing: install the chromium package (CI=true requires the browser test)`);
    const a = seed001();
    const b = seed003();
    const evilText =
      'Communiqué <script>window.__pwned = 1</script> du "colonel" & <img src=x onerror="window.__pwned = 2"> ' +
      'Sadio </mark><script>window.__pwned=3</script> Camara à Bamako.';
    const evil = new RecordBuilder('evil-<script>window.__pwned=4</script>.txt', evilText)
      .person('Sadio </mark><script>window.__pwned=3</script> Camara', {
        name: 'Sadio Camara',
        rank: 'colonel"><script>window.__pwned=5</script>',
        title: null,
      })
      .place('Bamako', { country: 'ML' })
      .build();
    const err: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: 'unreadable.txt', error: { message: 'invalid UTF-8 <script>window.__pwned=6</script>' } };
    const html = render([[a.rec, a.text], [b.rec, b.text], [evil, evilText], [err, null]]);
    mkdirSync(BUILD, { recursive: true });
    const file = join(BUILD, 'html-view.html');
    writeFileSync(file, html);

    const page = await browser!.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(file).href);

    // No script ran, none is in the DOM, nothing was fetched beyond the page itself.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);

    // Highlighted spans per type, per article, as in the records.
    const articles = page.locator('article.doc');
    expect(await articles.count()).toBe(4);
    for (const [i, rec] of [a.rec, b.rec, evil].entries()) {
      for (const type of ['person', 'rank', 'place', 'date', 'organization']) {
        const want = rec.entities.filter((e) => e.type === type).length;
        expect([i, type, await articles.nth(i).locator(`mark.e-${type}`).count()]).toEqual([i, type, want]);
      }
    }
    // The article text reads back exactly, line breaks included.
    expect(await articles.nth(0).locator('.text').evaluate((el) => el.textContent)).toBe(a.text);
    expect(await articles.nth(2).locator('.text').evaluate((el) => el.textContent)).toBe(evilText);

    const evilPerson = articles.nth(2).locator('mark.e-person');
    expect(await evilPerson.textContent()).toBe('Sadio </mark><script>window.__pwned=3</script> Camara');
    expect(await evilPerson.getAttribute('title')).toContain('rank: colonel"><script>window.__pwned=5</script>');

    const person = articles.nth(0).locator('mark.e-person').first();
    expect(await person.textContent()).toBe('Assimi GOÏTA');
    expect(await person.getAttribute('title')).toContain('rank: Général d’Armée');
    expect(await person.getAttribute('title')).toContain('title: Président de la Transition');
    // The CSS tooltip shows on hover.
    await person.scrollIntoViewIfNeeded();
    await person.hover();
    const tip = await person.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tip).toContain('rank: Général d’Armée');

    // Table of contents: four links to the four articles; the error record in its box.
    const links = page.locator('nav.toc a');
    expect(await links.count()).toBe(4);
    expect(await links.nth(3).getAttribute('href')).toBe('#doc-4');
    expect(await page.locator('#doc-4 .error-box').textContent()).toBe('invalid UTF-8 <script>window.__pwned=6</script>');

    await page.screenshot({ path: join(BUILD, 'html-view.png') });
    await page.close();
  });
});
