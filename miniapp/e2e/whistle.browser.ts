import type { DepartmentSummary, WhistleDetail } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { BASE_URL, apiCall, eventually, launch, logIn, passwordToken, phone, shot } from './support/browser';

describe('whistle and report-in (吹哨报到)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('community staff whistle the parks bureau through the pages; the bureau reports in', async () => {
    const staffToken = await passwordToken('staff-c01-1');
    const departments = await apiCall<DepartmentSummary[]>('GET', '/departments', undefined, staffToken);
    const parks = departments.find((d) => d.name === '区园林绿化局')!;
    expect(parks).toBeDefined();

    // Community staff: from the queue to the six powers, to the whistles, to a new whistle.
    const staffPage = await (await phone(browser)).newPage();
    await logIn(staffPage, 'staff-c01-1');
    await staffPage.locator('#open-powers').click();
    await staffPage.locator('#hub-whistles').click();
    await staffPage.locator('#whistle-new').click();
    await staffPage.locator(`#whistle-department-${parks.id}`).click();
    await staffPage.locator('#whistle-subject input').fill('树被大风吹倒挡路砸车（浏览器测试）');
    await staffPage.locator('#whistle-description textarea').fill('3号楼北侧大树被大风吹倒，挡住小区主路并砸中一辆车，请区园林绿化局到场处置');
    await staffPage.locator('#whistle-tier-utility').click();
    await expect(staffPage.locator('#whistle-department-' + parks.id).getAttribute('data-selected')).resolves.toBe('true');
    await expect(staffPage.locator('#whistle-deadline-words').textContent()).resolves.toContain('2小时内报到');
    await shot(staffPage, 'whistle', 'whistle-form');
    await staffPage.locator('#whistle-submit').click();

    // Off to the new whistle's page: the parks bureau has yet to report in.
    await staffPage.waitForURL(/\/powers\/whistle\/index\?id=\d+/);
    const whistleId = Number(new URL(staffPage.url()).searchParams.get('id'));
    await staffPage.locator(`#whistle-target-${parks.id}[data-status="whistled"]`).waitFor();
    await expect(staffPage.locator('#whistle-countdown').textContent()).resolves.toContain('报到还剩');
    const created = await apiCall<WhistleDetail>('GET', `/whistles/${whistleId}`, undefined, staffToken);
    expect(created).toMatchObject({ subject: '树被大风吹倒挡路砸车（浏览器测试）', tier: 'utility', status: 'open' });
    expect(created.targets.map((t) => [t.departmentName, t.status])).toEqual([['区园林绿化局', 'whistled']]);
    await shot(staffPage, 'whistle', 'whistled');

    // The department: its queue, its whistles (waiting ones first, with the countdown), the whistle, report in.
    const deptPage = await (await phone(browser)).newPage();
    await logIn(deptPage, 'dept-parks');
    await deptPage.locator('#open-whistles').click();
    const row = deptPage.locator(`.whistle-item[data-id="${whistleId}"]`);
    await row.waitFor();
    await expect(row.getAttribute('data-state')).resolves.toMatch(/^(ok|warning)$/);
    await expect(row.textContent()).resolves.toContain('报到还剩');
    await shot(deptPage, 'whistle', 'department-list');
    await row.click();
    await deptPage.locator('#whistle-report-in').click();
    await deptPage.locator('#whistle-report-in-note textarea').fill('园林绿化局王师傅带2人已到场（浏览器测试）');
    await shot(deptPage, 'whistle', 'report-in-form');
    await deptPage.locator('#whistle-report-in-submit').click();

    const deptToken = await passwordToken('dept-parks');
    await eventually(
      async () => (await apiCall<WhistleDetail>('GET', `/whistles/${whistleId}`, undefined, deptToken)).targets.map((t) => t.status),
      ['reportedIn'],
    );
    await deptPage.locator(`#whistle-target-${parks.id}[data-status="reportedIn"]`).waitFor();
    await deptPage.locator('#whistle-complete').waitFor();
    await deptPage.waitForTimeout(1500); // the toast goes
    await shot(deptPage, 'whistle', 'reported-in');

    // The community sees it on its list.
    await staffPage.goto(`${BASE_URL()}/powers/whistles/index`);
    await staffPage.locator(`.whistle-item[data-id="${whistleId}"] [data-status="reportedIn"]`).waitFor();
    await shot(staffPage, 'whistle', 'community-list');
  });
});
