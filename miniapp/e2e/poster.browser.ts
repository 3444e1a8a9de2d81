import type { Browser } from 'playwright-core';
import { BASE_URL, browserContext, launch, shot } from './support/browser';
import { decodeQr } from './support/qr';

describe('the stairwell poster', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('prints on A4 with readable Chinese and a QR code that decodes to the building’s page', async () => {
    const context = await browserContext(browser, { viewport: { width: 794, height: 1123 }, locale: 'zh-CN' }); // A4 at 96 dpi
    const page = await context.newPage();
    await page.goto(`${BASE_URL()}/api/buildings/by-code/C01-B01/poster`);
    for (const text of ['示例社区01', '扫码反映问题', '民情窗口', '96116', '95598', '96777', '96069', '12345']) {
      await page.getByText(text, { exact: false }).first().waitFor();
    }
    // Chinese must render with a CJK font, not as boxes: the glyphs are about as wide as they are tall.
    const glyph = await page.evaluate(() => {
      const span = document.createElement('span');
      span.style.fontSize = '40px';
      span.textContent = '社';
      document.body.appendChild(span);
      const { width, height } = span.getBoundingClientRect();
      span.remove();
      return { width, height };
    });
    expect(glyph.width).toBeGreaterThan(30);
    const file = await shot(page, 'poster', 'C01-B01');
    const qr = await page.locator('img').first().screenshot();
    expect(decodeQr(qr)).toBe(`${BASE_URL()}/pages/home/index?scene=b%3DC01-B01`);
    expect(file).toMatch(/\.png$/);
  });
});
