import type { AppealDetail, AppealSummary, CurrentUser } from '@lingjuli/shared';
import type { Browser, Page } from 'playwright-core';
import { apiCall, browserContext, fileAs, launch, logIn, passwordToken, phone, shot } from './support/browser';

/** A PC's window: the desk layout. */
const DESK = { width: 1440, height: 900 };

interface Row {
  id: number;
  overdue: boolean;
  community: string;
}

/** The desk table's rows as shown, top to bottom. */
const tableRows = (page: Page, table: string): Promise<Row[]> =>
  page.$$eval(`#${table} tbody tr`, (trs) =>
    trs.map((tr) => ({
      id: Number(tr.getAttribute('data-id')),
      overdue: tr.classList.contains('desk-row--overdue'),
      community: tr.querySelector('td[data-key="community"] div')?.textContent ?? '',
    })),
  );

/** Until every row's order has been read (its source shown). */
const ordersRead = (page: Page) =>
  page.waitForFunction(() => {
    const cells = Array.from(document.querySelectorAll('#desk-orders tbody td[data-key="source"]'));
    return cells.length > 0 && cells.every((c) => !c.textContent?.includes('读取中'));
  });

describe('the street desk at a PC', () => {
  let browser: Browser;
  let centreToken: string;
  let mine: { id: number; communityId: number; communityName: string };

  beforeAll(async () => {
    browser = await launch();
    centreToken = await passwordToken('command-1');

    // An order still in time: community staff of C01 accept an appeal and send it up, the grid secretary consulted.
    const community = (await apiCall<{ id: number; code: string; name: string }[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const filed = await fileAs('工作台测试居民', {
      content: '楼下商户私搭彩钢棚，占用消防通道（工作台测试）',
      communityId: community.id,
      category: 'illegalStructure',
    });
    const staffToken = await passwordToken('staff-c01-1');
    await apiCall('POST', `/appeals/${filed.id}/accept`, {}, staffToken);
    const [gridSecretary] = await apiCall<CurrentUser[]>('GET', '/users?role=gridSecretary', undefined, staffToken);
    await apiCall(
      'POST',
      `/appeals/${filed.id}/escalate`,
      { reason: '彩钢棚涉及违法建设，需执法队拆除（工作台测试）', consultedWithId: gridSecretary.id, consultationNote: '已与网格书记会商' },
      staffToken,
    );
    mine = { id: filed.id, communityId: community.id, communityName: community.name };

    // Overdue ones: the sample street's forgotten appeals, which the heartbeat escalates with the system's dispatch order once the server runs.
    const deadline = Date.now() + 30_000;
    while (!(await pendingByOverdue()).some((a) => a.overdue)) {
      if (Date.now() > deadline) throw new Error('no overdue dispatch order came from the sample data');
      await new Promise((r) => setTimeout(r, 500));
    }
  });
  afterAll(() => browser.close());

  const pendingByOverdue = () => apiCall<AppealSummary[]>('GET', '/dispatch-orders/pending?sort=overdue', undefined, centreToken);

  it('the command centre sees the side navigation and the orders as a table, sorts them by overdue and filters them by community', async () => {
    const expected = await pendingByOverdue();
    expect(expected.some((a) => a.overdue)).toBe(true);
    expect(expected.some((a) => !a.overdue)).toBe(true);
    expect(expected.map((a) => a.id)).toContain(mine.id);

    const page = await (await browserContext(browser, { viewport: DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
    await logIn(page, 'command-1');
    await page.locator('.desk-shell').waitFor();
    await page.locator('#desk-orders tbody tr').first().waitFor();
    await ordersRead(page);

    // The desk: navigation at the side, the user and role above, the table on the right.
    expect(await page.locator('#desk-nav-orders').getAttribute('class')).toContain('desk-shell__link--active');
    for (const entry of ['in-progress', 'powers', 'whistles', 'ranking', 'inbox']) await page.locator(`#desk-nav-${entry}`).waitFor();
    expect(await page.locator('#desk-user').innerText()).toContain('街道指挥分中心');
    expect(await page.locator('.order-item').count()).toBe(0);

    // Opens overdue first, then soonest due: the server's order, the 时限 column's arrow up.
    let rows = await tableRows(page, 'desk-orders');
    expect(rows.map((r) => r.id)).toEqual(expected.map((a) => a.id));
    const overdueCount = expected.filter((a) => a.overdue).length;
    expect(rows.slice(0, overdueCount).every((r) => r.overdue)).toBe(true);
    expect(rows.slice(overdueCount).some((r) => r.overdue)).toBe(false);
    expect(await page.locator('#desk-orders th[data-key="deadline"]').getAttribute('aria-sort')).toBe('ascending');
    await shot(page, 'desk', 'orders-overdue-first');

    // By when it was sent up, oldest first.
    const sentUp = new Map<number, number>();
    for (const a of expected)
      sentUp.set(a.id, new Date((await apiCall<AppealDetail>('GET', `/appeals/${a.id}`, undefined, centreToken)).dispatchOrder!.requestedAt).getTime());
    await page.locator('#desk-orders th[data-key="requestedAt"]').click();
    rows = await tableRows(page, 'desk-orders');
    expect(rows.map((r) => r.id)).toEqual([...expected].sort((x, y) => sentUp.get(x.id)! - sentUp.get(y.id)!).map((a) => a.id));
    await shot(page, 'desk', 'orders-by-time-sent-up');

    // Back to overdue first, then the other way round: the overdue ones last.
    await page.locator('#desk-orders th[data-key="deadline"]').click();
    rows = await tableRows(page, 'desk-orders');
    expect(rows.map((r) => r.id)).toEqual(expected.map((a) => a.id));
    expect(rows[0].overdue).toBe(true);
    await page.locator('#desk-orders th[data-key="deadline"]').click();
    expect(await page.locator('#desk-orders th[data-key="deadline"]').getAttribute('aria-sort')).toBe('descending');
    rows = await tableRows(page, 'desk-orders');
    expect(rows.at(-1)!.overdue).toBe(true);
    expect(rows[0].overdue).toBe(false);
    await page.locator('#desk-orders th[data-key="deadline"]').click();

    // One community's orders.
    await page.selectOption('#desk-orders-filter-community', String(mine.communityId));
    rows = await tableRows(page, 'desk-orders');
    expect(rows.map((r) => r.id)).toEqual(expected.filter((a) => a.communityId === mine.communityId).map((a) => a.id));
    expect(rows.every((r) => r.community === mine.communityName)).toBe(true);
    await shot(page, 'desk', 'orders-one-community');

    // A search in the reasons, within that community.
    await page.locator('#desk-orders-search').fill('彩钢棚 执法队');
    expect((await tableRows(page, 'desk-orders')).map((r) => r.id)).toEqual([mine.id]);
    await page.locator('#desk-orders-search').fill('');
    await page.selectOption('#desk-orders-filter-community', '');
    expect((await tableRows(page, 'desk-orders')).length).toBe(expected.length);

    // 街道在办诉求 from the side navigation: a table of its own, most urgent first.
    await page.locator('#desk-nav-in-progress').click();
    await page.locator('#desk-appeals tbody tr').first().waitFor();
    expect(await page.locator('#desk-nav-in-progress').getAttribute('class')).toContain('desk-shell__link--active');
    const appeals = await tableRows(page, 'desk-appeals');
    const firstInTime = appeals.findIndex((r) => !r.overdue);
    expect(appeals.slice(firstInTime < 0 ? appeals.length : firstInTime).some((r) => r.overdue)).toBe(false);
    await shot(page, 'desk', 'street-appeals');

    // A page of the phone's (the six powers) inside the desk, under its own entry.
    await page.locator('#desk-nav-powers').click();
    await page.locator('#hub-whistles').waitFor();
    expect(await page.locator('#desk-nav-powers').getAttribute('class')).toContain('desk-shell__link--active');
    await shot(page, 'desk', 'powers-in-the-desk');
  });

  it('gives a community secretary her queue inside the desk, and leaves community staff the phone layout even at a PC', async () => {
    const desk = () => browserContext(browser, { viewport: DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const secretary = await (await desk()).newPage();
    await logIn(secretary, 'secretary-c01');
    await secretary.locator('.desk-shell .queue-item').first().waitFor();
    expect(await secretary.locator('#desk-nav-queue').getAttribute('class')).toContain('desk-shell__link--active');
    expect(await secretary.locator('#desk-nav-orders').count()).toBe(0);
    expect(await secretary.locator('#desk-user').innerText()).toContain('社区书记');
    await shot(secretary, 'desk', 'secretary-queue');

    const staff = await (await desk()).newPage();
    await logIn(staff, 'staff-c01-1');
    await staff.locator('.queue-item').first().waitFor();
    expect(await staff.locator('.desk-shell').count()).toBe(0);
  });

  it('keeps the phone layout for the same user on a phone-sized window', async () => {
    const page = await (await phone(browser)).newPage();
    await logIn(page, 'command-1');
    await page.locator(`.order-item[data-id="${mine.id}"]`).waitFor();
    expect(await page.locator('.desk-shell').count()).toBe(0);
    expect(await page.locator('#desk-orders').count()).toBe(0);
    await page.locator('#street-in-progress').waitFor();
    await shot(page, 'desk', 'phone-orders');
  });
});
