import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BASE_URL, OUTPUT_DIR, launch, phone, shot } from './support/browser';

describe('the community home, from a stairwell code', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('opens on the building of the scanned code, with the warm-heart card and the city service lines', async () => {
    const page = await (await phone(browser)).newPage();
    await page.goto(`${BASE_URL()}/pages/home/index?scene=b%3DC01-B01`);
    await page.getByText('示例社区01').first().waitFor();
    await page.getByText('1号楼').first().waitFor();
    for (const number of ['96116', '95598', '96777', '96069', '12345', '110', '119', '120']) {
      await page.getByText(number, { exact: true }).first().waitFor();
    }
    await shot(page, 'home', 'home-from-qr');
  });

  it('measures the time to first screen of a cold load (figures in test-output/browser/first-screen.json)', async () => {
    const runs: { firstContentfulPaint: number; communityShown: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await phone(browser); // a fresh profile: nothing cached
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${BASE_URL()}/pages/home/index?scene=b%3DC01-B01`);
      await page.getByText('示例社区01').first().waitFor();
      const communityShown = Date.now() - started;
      const firstContentfulPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
      runs.push({ firstContentfulPaint: Math.round(firstContentfulPaint), communityShown });
      await context.close();
    }
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(join(OUTPUT_DIR, 'first-screen.json'), JSON.stringify(runs, null, 2));
    console.log('first screen (ms):', JSON.stringify(runs));
    for (const run of runs) expect(run.communityShown).toBeLessThan(10_000);
  });

  it('large-text mode makes the type bigger, and is remembered', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${BASE_URL()}/pages/home/index?scene=b%3DC01-B01`);
    const title = page.locator('.title').first();
    await title.waitFor();
    const before = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await shot(page, 'large-text', 'normal');
    await page.locator('#large-text').click();
    await page.locator('.screen--large').waitFor();
    const after = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before * 1.1);
    await shot(page, 'large-text', 'large');
    await page.reload();
    await page.locator('.screen--large').waitFor();
  });
});
