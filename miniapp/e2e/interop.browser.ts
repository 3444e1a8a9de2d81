import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppealPage, CommunitySummary } from '@lingjuli/shared';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, apiCall, browserContext, launch, logIn, passwordToken, shot, urlStatus } from './support/browser';

/** A PC's window: the desk layout, where the street works with the systems around it. */
const DESK = { width: 1440, height: 900 };

describe('the systems around the street, from the desk (12345 batches, Open311 keys)', () => {
  let browser: Browser;
  let communities: CommunitySummary[];
  beforeAll(async () => {
    browser = await launch();
    communities = await apiCall<CommunitySummary[]>('GET', '/communities');
  });
  afterAll(() => browser.close());

  const deskPage = async (username: string): Promise<Page> => {
    const page = await (await browserContext(browser, { viewport: DESK })).newPage();
    await logIn(page, username);
    return page;
  };

  it("the admin maps the batch's columns; the command centre previews a 12345 batch, imports it and exports the replies", async () => {
    // The street admin saves the suggested mapping (the 12345 export's own headers).
    const admin = await deskPage('admin');
    await admin.locator('#desk-nav-work-orders').click();
    await admin.locator('#mapping-workOrderNo input').waitFor();
    expect(await admin.locator('#mapping-workOrderNo input').inputValue()).toBe('工单编号');
    await admin.locator('#mapping-save').click();
    await admin.getByText('请先在下方设置工单文件的列对应').waitFor({ state: 'detached' });

    // The city's batch: two good work orders (one by the community column, one by the address) and one without a number.
    const stamp = Date.now();
    const [first, second] = communities;
    const batch = [
      '工单编号,派单时间,办理时限,诉求内容,所属社区,诉求地址,来电人,联系电话,问题分类',
      `BJ${stamp}-1,2026-12-05 09:30,2026-12-08 09:30,小区门口人行道地砖松动，老人容易绊倒,${first.name},,张女士,13800001111,`,
      `BJ${stamp}-2,2026-12-05 10:00,2026-12-09 10:00,楼下餐馆油烟直排，家里窗户都不敢开,,北京市海淀区${second.name}3号楼,李先生,13900002222,`,
      ',2026-12-05 10:30,2026-12-09 10:30,没有编号的一行,,,,,',
    ].join('\n');
    const file = join(tmpdir(), `12345工单-${stamp}.csv`);
    writeFileSync(file, `\uFEFF${batch}`);

    const page = await deskPage('command-1');
    await page.locator('#desk-nav-work-orders').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#work-orders-choose').click()]);
    await chooser.setFiles(file);
    await page.locator('#work-orders-summary').waitFor();
    expect(await page.locator('#work-orders-summary').textContent()).toContain('共 3 行');
    expect(await page.locator('.work-order-row[data-outcome="refused"]').count()).toBe(1);
    expect(await page.locator('.work-order-row[data-outcome="ready"]').count()).toBe(2);
    await shot(page, 'interop', 'work-orders-preview');

    await page.locator('#work-orders-import').click();
    await page.locator('#work-orders-result').waitFor();
    expect(await page.locator('#work-orders-result').textContent()).toMatch(/已登记 2 行/);
    await shot(page, 'interop', 'work-orders-imported');
    // Filed in the right communities, with their numbers.
    const centreToken = await passwordToken('command-1');
    for (const [no, community] of [
      [`BJ${stamp}-1`, first],
      [`BJ${stamp}-2`, second],
    ] as const) {
      const found = await apiCall<AppealPage>('GET', `/appeals?communityId=${community.id}&sort=recent&pageSize=50`, undefined, centreToken);
      expect(found.items.some((a) => a.workOrderNo === no)).toBe(true);
    }

    // The street's measures of this month's work orders alone, as the city judges it: the two just taken in among its appeals.
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    await page.goto(`${BASE_URL()}/measures/figures/index?month=${month}`);
    const filed = async (source: string) => Number(await page.locator(`#figures-filed[data-source="${source}"]`).textContent());
    await page.locator('#figures-filed[data-source="all"]').waitFor();
    const all = await filed('all');
    await page.locator('#figures-source-city12345').click();
    await page.locator('#figures-filed[data-source="city12345"]').waitFor();
    const transfers = await filed('city12345');
    expect(transfers).toBeGreaterThanOrEqual(2);
    expect(transfers).toBeLessThan(all);
    await shot(page, 'interop', 'measures-city12345');
    await page.locator('#desk-nav-work-orders').click();
    await page.locator('#work-orders-export-csv').waitFor();

    // The replies, for upload back to 12345: today's work orders, in its columns.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#work-orders-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^12345工单回复_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('工单编号');
    expect(csv).toContain('是否满意');
    expect(csv).toContain(`BJ${stamp}-1`);
  });

  it('the admin issues an Open311 key, sees it once, and revokes it', async () => {
    const page = await deskPage('admin');
    await page.locator('#desk-nav-open311').click();
    await page.locator('#open311-name input').fill('市城市管理平台（浏览器测试）');
    await page.locator(`#open311-community-${communities[0].id}`).click();
    await page.locator('#open311-issue').click();
    await page.locator('#open311-key').waitFor();
    const key = (await page.locator('#open311-key').textContent())!.trim();
    await shot(page, 'interop', 'open311-issued');
    // The key reads the community's requests through Open311.
    const services = `/open311/v2/services.json?api_key=${encodeURIComponent(key)}`;
    expect(await urlStatus(services)).toBe(200);

    const row = page.locator('.open311-client', { hasText: '市城市管理平台（浏览器测试）' }).first();
    const id = await row.getAttribute('data-id');
    await page.locator(`#open311-revoke-${id}`).click();
    await page.locator(`#open311-revoke-${id}`).getByText('确认撤销').waitFor();
    await page.locator(`#open311-revoke-${id}`).click();
    await page.locator(`.open311-client[data-id="${id}"]`).getByText('已撤销').waitFor();
    expect(await urlStatus(services)).toBe(403);
    await shot(page, 'interop', 'open311-revoked');
  });
});
