import type { InboxMessage } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { apiCall, eventually, fileAs, launch, logIn, passwordToken, phone, shot } from './support/browser';

/** The people who must act are told at once: the open queue refreshes itself, and the leads' inboxes have the emergency. */
describe('a new emergency', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('comes to the top of an open queue in red without a reload, counted in the title, and reaches the leads', async () => {
    const community = (await apiCall<{ id: number; code: string }[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const page = await (await phone(browser)).newPage();
    await logIn(page, 'staff-c01-1');
    // Loaded (the queue may be empty).
    await page.locator('.queue__counts').waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
    await shot(page, 'alerts', 'queue-before');

    const filed = await fileAs('警报测试居民', { content: '楼道里有很浓的煤气味（浏览器测试）', communityId: community.id });

    // The queue asks every few seconds whether it changed; nothing here reloads it.
    const card = page.locator(`.staff-row[data-id="${filed.id}"]`);
    await card.waitFor({ timeout: 20_000 });
    expect(navigations).toEqual([]);
    expect(await card.getAttribute('data-emergency')).toBe('true');
    // At the top: above it only emergencies still to be resolved (other tests may have filed some in this community).
    const above = await page.locator('.staff-row').evaluateAll(
      (rows, id) =>
        rows
          .slice(
            0,
            rows.findIndex((r) => r.getAttribute('data-id') === id),
          )
          .map((r) => r.getAttribute('data-emergency')),
      String(filed.id),
    );
    expect(above.every((emergency) => emergency === 'true')).toBe(true);
    await expect(card.locator('.staff-flag--new').textContent()).resolves.toBe('新');
    await expect(card.locator('.staff-flag--emergency').textContent()).resolves.toBe('紧急：30分钟内处置');
    expect(await card.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(198, 40, 40)');
    expect(await page.title()).toMatch(/^\(\d+\) 紧急诉求 · 社区诉求$/);
    await shot(page, 'alerts', 'queue-with-emergency');

    // The secretary, the grid secretary and the command centre each have it, opening the appeal.
    for (const username of ['secretary-c01', 'grid-1', 'command-1']) {
      const token = await passwordToken(username);
      const emergencyFor = async () =>
        (await apiCall<InboxMessage[]>('GET', '/notifications', undefined, token))
          .filter((m) => m.appealId === filed.id)
          .map((m) => [m.kind, m.subject?.type, m.subject?.id]);
      await eventually(emergencyFor, [['emergencyFiled', 'appeal', filed.id]]);
    }
  });
});
