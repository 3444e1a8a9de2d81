import type { CommunitySummary, VisitTaskInfo } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { BASE_URL, apiCall, eventually, launch, passwordToken, phone, shot } from './support/browser';

/** 未诉即办 on her phone: the street asks for a visit to a building, the liaison sees it among her tasks and records it. */
describe('a liaison visits a building where a problem repeats', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the task is on her first page; she writes what she saw and it is done', async () => {
    const c01 = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const [building] = await apiCall<{ id: number; name: string }[]>('GET', `/communities/${c01.id}/buildings`);
    const staffToken = await passwordToken('staff-c01-1');
    const task = await apiCall<VisitTaskInfo>('POST', '/visit-tasks', { buildingId: building.id, category: 'noise', note: '浏览器测试' }, staffToken);

    const page = await (await phone(browser)).newPage();
    await page.goto(`${BASE_URL()}/pages/login/index`);
    await page.locator('#dev-username input').fill('liaison-c01-1');
    await page.locator('#dev-login-submit').click();
    const card = page.locator(`#building-visit-${task.id}`);
    await card.waitFor();
    expect(await card.textContent()).toContain(`去走访：${building.name} · 噪音与施工扰民`);
    await shot(page, 'building-visit', 'tasks');
    await card.click();
    await page.locator('#building-visit-note textarea').fill('楼下夜间施工，已请物业协调停工时间');
    await shot(page, 'building-visit', 'record');
    await page.locator('#building-visit-submit').click();
    await page.locator('#building-visit-done').waitFor();
    await eventually(
      async () => (await apiCall<VisitTaskInfo[]>('GET', '/visit-tasks?status=done', undefined, staffToken)).some((t) => t.id === task.id),
      true,
    );
  });
});
