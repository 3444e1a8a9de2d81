import { monthPeriod, type AppealPage, type CommunityOverview, type CommunityOverviewRow, type ScopeMeasures, type VisitTaskInfo } from '@lingjuli/shared';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { apiCall, browserContext, eventually, fileAs, launch, logIn, passwordToken, phone, shot } from './support/browser';

/** A PC's window: the desk layout. */
const DESK = { width: 1440, height: 900 };
/** The pages open on the last full month. */
const MONTH = monthPeriod(new Date(), -1).month;

/** The overview's rows as shown, top to bottom: the community and its 满意率 cell. */
const overviewRows = (page: Page) =>
  page.$$eval('#desk-overview tbody tr', (trs) =>
    trs.map((tr) => ({ id: Number(tr.getAttribute('data-id')), satisfaction: tr.querySelector('td[data-key="satisfactionRate"]')?.textContent ?? '' })),
  );

/** The rows in the order 满意率 ascending gives them: the worst first, ties in the server's order, communities without ratings last. */
function bySatisfaction(rows: readonly CommunityOverviewRow[]): CommunityOverviewRow[] {
  const key = (r: CommunityOverviewRow) => r.rates.satisfactionRate ?? Infinity;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => key(a.r) - key(b.r) || a.i - b.i)
    .map((x) => x.r);
}

describe('the measures at the desk and on the phone', () => {
  let browser: Browser;
  let adminToken: string;
  let worst: CommunityOverviewRow;
  let worstCode: string;

  beforeAll(async () => {
    browser = await launch();
    adminToken = await passwordToken('admin');
    const overview = await apiCall<CommunityOverview>('GET', `/measures/overview?month=${MONTH}`, undefined, adminToken);
    const rated = overview.communities.filter((c) => c.rates.satisfactionRate !== null);
    if (rated.length < 2) throw new Error(`the sample data has too few ratings in ${MONTH} for this test`);
    worst = bySatisfaction(overview.communities)[0];
    const communities = await apiCall<{ id: number; code: string }[]>('GET', '/communities');
    worstCode = communities.find((c) => c.id === worst.communityId)!.code;
    // Its queue has something to show: an appeal still open in that community.
    if (worst.open === 0) await fileAs('测度测试居民', { content: '楼道灯坏了一周没人修（测度测试）', communityId: worst.communityId, category: 'power' });
  });
  afterAll(() => browser.close());

  const desk = async () => (await browserContext(browser, { viewport: DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();

  it("lets the street admin sort the communities by satisfaction and open the worst one's queue", async () => {
    const page = await desk();
    await logIn(page, 'admin');
    await page.locator('#desk-nav-overview').click();
    await page.locator('#desk-overview tbody tr').first().waitFor();
    expect(await page.locator('#desk-nav-overview').getAttribute('class')).toContain('desk-shell__link--active');
    expect(await page.locator('#overview-month').inputValue()).toBe(MONTH);
    // The definitions beside the headers and under the table, and the weights in use.
    expect(await page.locator('#desk-overview th[data-key="satisfactionRate"]').getAttribute('title')).toContain('满意 + 基本满意 × 权重');
    expect(await page.locator('#overview-definitions').innerText()).toContain('响应率');
    expect(await page.locator('#overview-weights').innerText()).toContain('响应率 10%');
    // Sparklines drawn for communities with scores.
    expect(await page.locator('#desk-overview td[data-key="trend"] svg path').count()).toBeGreaterThan(0);
    await shot(page, 'measures', 'overview-by-rank');

    await page.locator('#desk-overview th[data-key="satisfactionRate"]').click();
    expect(await page.locator('#desk-overview th[data-key="satisfactionRate"]').getAttribute('aria-sort')).toBe('ascending');
    const overview = await apiCall<CommunityOverview>('GET', `/measures/overview?month=${MONTH}`, undefined, adminToken);
    const rows = await overviewRows(page);
    expect(rows.map((r) => r.id)).toEqual(bySatisfaction(overview.communities).map((c) => c.communityId));
    const shown = rows.map((r) => r.satisfaction).filter((s) => s !== '—');
    expect(shown.map(parseFloat)).toEqual([...shown.map(parseFloat)].sort((a, b) => a - b));
    expect(rows[0].id).toBe(worst.communityId);
    await shot(page, 'measures', 'overview-by-satisfaction');

    // The worst community's queue: its open appeals, each row naming it.
    await page.locator(`#desk-overview tbody tr[data-id="${worst.communityId}"]`).click();
    await page.locator('#desk-community-appeals tbody tr').first().waitFor();
    expect(page.url()).toContain(`communityId=${worst.communityId}`);
    // Opened on top of the overview (still there underneath): the shown page's navigation is the last.
    expect(await page.locator('#desk-nav-overview').last().getAttribute('class')).toContain('desk-shell__link--active');
    await eventually(() => page.locator('#queue-community').innerText(), `${worst.communityName} · 在办诉求`);
    const names = await page.$$eval('#desk-community-appeals tbody td[data-key="community"] div:first-child', (cells) => cells.map((c) => c.textContent));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set([worst.communityName]));
    const open = await apiCall<AppealPage>('GET', `/appeals?communityId=${worst.communityId}&pageSize=100`, undefined, adminToken);
    const ids = await page.$$eval('#desk-community-appeals tbody tr', (trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))));
    expect(ids.sort()).toEqual(open.items.map((a) => a.id).sort());
    await shot(page, 'measures', 'worst-community-queue');

    // Its ledger of the month, as the browser saves it, opened and read: every appeal it received that month, and the summary.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-ledger').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^台账_${worst.communityName}_${MONTH}-01至${MONTH}-\\d{2}\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['诉求台账', '联系记录', '汇总']);
    const [header, ...ledger] = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(header.slice(1, 3)).toEqual(['编号', '社区']);
    const month = await apiCall<ScopeMeasures>('GET', `/measures?scope=community&id=${worst.communityId}&month=${MONTH}`, undefined, adminToken);
    expect(ledger.length).toBe(month.counts.filed);
    expect(new Set(ledger.map((row) => row[2]))).toEqual(new Set([worst.communityName]));
  });

  it("shows a community secretary her community's rates against the street median, with a chart of twelve months", async () => {
    const username = `secretary-${worstCode.toLowerCase()}`;
    const token = await passwordToken(username);
    const figures = await apiCall<ScopeMeasures>('GET', `/measures?month=${MONTH}`, undefined, token);
    expect(figures.scope).toMatchObject({ kind: 'community', id: worst.communityId });
    expect(figures.streetMedian).not.toBeNull();

    const page = await desk();
    await logIn(page, username);
    await page.locator('.desk-shell .queue-item').first().waitFor();
    await page.locator('#desk-nav-measures').click();
    await page.locator('#figure-satisfactionRate').waitFor();
    expect(await page.locator('.desk-shell__title').innerText()).toBe('指标');
    await eventually(() => page.locator('.title').first().innerText(), `指标 · ${worst.communityName}`);

    const tile = await page.locator('#figure-satisfactionRate').innerText();
    expect(tile).toContain(`${Math.round(figures.rates.satisfactionRate! * 1000) / 10}%`);
    expect(tile).toContain(`街道中位数 ${Math.round(figures.streetMedian!.rates.satisfactionRate! * 1000) / 10}%`);
    const diff = figures.rates.satisfactionRate! - figures.streetMedian!.rates.satisfactionRate!;
    expect(tile).toContain(diff > 0 ? '高于街道中位数' : diff < 0 ? '低于街道中位数' : '与街道中位数持平');
    expect(tile).toContain('满意 + 基本满意 × 权重');
    expect(await page.locator('#figure-composite').innerText()).toContain('街道中位数');
    expect(await page.locator('#figures-tiers').innerText()).toContain('首次响应中位用时');
    expect(await page.locator('#figures-where-closed').innerText()).toContain('社区办结');
    // The residents' part in the deliberation hall, as the API counts it, the volunteers' ages as bars.
    const { meetings, volunteers } = figures.participation!;
    expect(await page.locator('#figures-meetings').getAttribute('data-held')).toBe(String(meetings!.held));
    expect(await page.locator('#figures-volunteers').getAttribute('data-liaisons')).toBe(String(volunteers!.liaisons));
    expect(await page.locator('#figures-age-under35').getAttribute('data-count')).toBe(String(volunteers!.byAgeBand.under35));

    // The chart: ECharts' canvas, drawn at a real size.
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#figures-chart canvas');
      return !!canvas && canvas.width > 0 && canvas.height > 0 && canvas.getBoundingClientRect().width > 0 && canvas.getBoundingClientRect().height > 0;
    });
    await page.locator('#figures-chart').scrollIntoViewIfNeeded();
    await shot(page, 'measures', 'secretary-figures');

    // On her phone: from her queue to the same page.
    const mobile = await (await phone(browser)).newPage();
    await logIn(mobile, username);
    await mobile.locator('#open-measures').click();
    await mobile.locator('#figure-responseRate').waitFor();
    expect(await mobile.locator('.desk-shell').count()).toBe(0);
    await mobile.waitForFunction(() => (document.querySelector<HTMLCanvasElement>('#figures-chart canvas')?.width ?? 0) > 0);
    await shot(mobile, 'measures', 'secretary-figures-phone');
  });

  it('sends a liaison to a hot spot: a visit task, and the second time the one already open', async () => {
    // A hot spot: the same building and category three times.
    const buildings = await apiCall<{ id: number; name: string }[]>('GET', `/communities/${worst.communityId}/buildings`);
    const building = buildings[0];
    for (let i = 1; i <= 3; i++)
      await fileAs(`重复诉求测试居民${i}`, {
        content: `楼前垃圾桶满了没人清运（重复诉求测试 ${i}）`,
        communityId: worst.communityId,
        buildingId: building.id,
        category: 'sanitation',
      });
    const openTasks = () => apiCall<VisitTaskInfo[]>('GET', '/visit-tasks?status=open', undefined, adminToken);
    const mine = (tasks: VisitTaskInfo[]) => tasks.filter((t) => t.buildingId === building.id && t.category === 'sanitation').length;
    expect(mine(await openTasks())).toBe(0);

    const page = await desk();
    await logIn(page, 'admin');
    await page.locator('#desk-nav-hot-spots').click();
    const row = page.locator(`.hot-spot[data-building="${building.id}"][data-category="sanitation"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(building.name);
    await page.locator('#growing-categories').waitFor();
    await row.locator('.hot-spot__send').click();
    await eventually(() => row.locator('.hot-spot__outcome').innerText(), '已派');
    expect(mine(await openTasks())).toBe(1);
    await shot(page, 'measures', 'hot-spot-sent');

    // Again after a reload: the task already open is named, no second one made.
    await page.reload();
    await row.waitFor();
    await row.locator('.hot-spot__send').click();
    await eventually(() => row.locator('.hot-spot__outcome').innerText(), '已有待走访任务');
    expect(mine(await openTasks())).toBe(1);
  });

  it('lets the street admin set the weights, showing a wrong value on its field', async () => {
    const page = await desk();
    await logIn(page, 'admin');
    await page.locator('#desk-nav-measure-settings').click();
    const basic = page.locator('#settings-basic input');
    await basic.waitFor();
    expect(await basic.inputValue()).toBe('1');
    await basic.fill('1.5');
    await page.locator('#settings-save').click();
    await page.locator('.field--error').filter({ hasText: '0 到 1' }).waitFor();
    await shot(page, 'measures', 'settings-error');

    await basic.fill('0.9');
    await page.locator('#settings-save').click();
    await page.locator('#settings-saved').waitFor();
    expect((await apiCall<{ basicallySatisfiedWeight: number }>('GET', '/measures/settings', undefined, adminToken)).basicallySatisfiedWeight).toBe(0.9);
    await apiCall(
      'PUT',
      '/measures/settings',
      { basicallySatisfiedWeight: 1, weights: { responseRate: 0.1, resolutionRate: 0.45, satisfactionRate: 0.45 } },
      adminToken,
    );
  });
});
