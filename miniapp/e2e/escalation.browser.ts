import type { AppealDetail, CurrentUser, DepartmentSummary } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { BASE_URL, apiCall, eventually, fileAs, launch, logIn, passwordToken, phone, shot } from './support/browser';

describe('escalation to the street and dispatch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('community staff escalate with the dispatch order; the command centre dispatches it to a department', async () => {
    const community = (await apiCall<{ id: number; code: string }[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const filed = await fileAs('升级测试居民', {
      content: '楼前空地有人私搭乱建，占了消防通道（浏览器测试）',
      communityId: community.id,
      category: 'illegalStructure',
    });

    // Community staff: accept, then escalate with the grid secretary consulted.
    const staffPage = await (await phone(browser)).newPage();
    await logIn(staffPage, 'staff-c01-1');
    await staffPage.locator('.queue-item').first().waitFor();
    await staffPage.goto(`${BASE_URL()}/staff/appeal/index?id=${filed.id}`);
    await staffPage.locator('#action-accept').click();
    await staffPage.locator('#form-submit').click();
    await staffPage.locator('#action-escalate').waitFor();
    await shot(staffPage, 'escalation', 'accepted');
    await staffPage.locator('#action-escalate').click();
    const staffToken = await passwordToken('staff-c01-1');
    const [gridSecretary] = await apiCall<CurrentUser[]>('GET', '/users?role=gridSecretary', undefined, staffToken);
    await staffPage.locator('#escalate-reason textarea').fill('涉及违法建设，社区无执法权，需街道协调执法队');
    await staffPage.locator(`#escalate-consulted-${gridSecretary.id}`).click();
    await staffPage.locator('#escalate-note textarea').fill('已与网格书记电话协商，同意上报');
    await shot(staffPage, 'escalation', 'dispatch-order-form');
    await staffPage.locator('#form-submit').click();
    await eventually(async () => (await apiCall<AppealDetail>('GET', `/appeals/${filed.id}`, undefined, staffToken)).level, 'street');
    await shot(staffPage, 'escalation', 'escalated');

    // Command centre: the order is waiting; dispatch to a lead department.
    const centrePage = await (await phone(browser)).newPage();
    await logIn(centrePage, 'command-1');
    await centrePage.locator(`.order-item[data-id="${filed.id}"]`).waitFor();
    await shot(centrePage, 'escalation', 'orders');
    await centrePage.locator(`.order-item[data-id="${filed.id}"]`).click();
    const centreToken = await passwordToken('command-1');
    const departments = await apiCall<DepartmentSummary[]>('GET', '/departments', undefined, centreToken);
    const enforcement = departments.find((d) => d.name === '综合行政执法队')!;
    const cityManagement = departments.find((d) => d.name === '城市管理办公室')!;
    await centrePage.locator(`#dispatch-lead-${enforcement.id}`).click();
    await centrePage.locator(`#dispatch-assist-${cityManagement.id}`).click();
    await shot(centrePage, 'escalation', 'dispatch-form');
    await centrePage.locator('#dispatch-submit').click();
    await eventually(async () => (await apiCall<AppealDetail>('GET', `/appeals/${filed.id}`, undefined, centreToken)).dispatchOrder?.status, 'dispatched');
    const detail = await apiCall<AppealDetail>('GET', `/appeals/${filed.id}`, undefined, centreToken);
    expect(detail.dispatchOrder?.assignments.map((a) => [a.departmentName, a.role])).toEqual([
      ['综合行政执法队', 'lead'],
      ['城市管理办公室', 'assist'],
    ]);
    await shot(centrePage, 'escalation', 'dispatched');
  });
});
