import type { AppealDetail, CommunitySummary, CurrentUser } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { BASE_URL, apiCall, eventually, launch, logIn, passwordToken, phone, shot } from './support/browser';

describe('电话回访: staff call back a caller who has no account and record her answer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('records the callback through the form; it counts as her rating and closes the appeal', async () => {
    const community = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C04')!;
    const staffToken = await passwordToken('staff-c04-1');
    const me = await apiCall<CurrentUser>('GET', '/auth/me', undefined, staffToken);

    // A caller phoned the hotline; staff took it in on her behalf, handled it and told her the result.
    const filed = await apiCall<AppealDetail>(
      'POST',
      '/appeals',
      {
        channel: 'hotline',
        content: '小区南门的路灯不亮了（回访测试）',
        communityId: community.id,
        category: 'propertyManagement',
        contactName: '张阿姨',
        contactPhone: '13900139000',
      },
      staffToken,
      { 'Idempotency-Key': `callback-test-${Date.now()}` },
    );
    await apiCall('POST', `/appeals/${filed.id}/accept`, {}, staffToken);
    await apiCall('POST', `/appeals/${filed.id}/resolve`, { note: '已更换灯泡' }, staffToken);
    const fedBack = await apiCall<AppealDetail>('POST', `/appeals/${filed.id}/feedback`, { method: 'phone', content: '电话告知：路灯已修好' }, staffToken);
    expect(fedBack.status).toBe('fedBack');

    // The staff member calls her back and records what she said.
    const page = await (await phone(browser)).newPage();
    await logIn(page, 'staff-c04-1');
    await page.locator('.queue-item').first().waitFor();
    await page.goto(`${BASE_URL()}/staff/appeal/index?id=${filed.id}`);
    await page.locator('#action-callback').click();
    await page.locator('#action-form').getByText('张阿姨').waitFor();
    await page.locator('#callback-solved-yes').click();
    await page.locator('#callback-satisfaction-satisfied').click();
    await page.locator('#callback-comment textarea').fill('灯修好了，晚上亮堂多了');
    await page.locator('#action-form').getByText('关闭').first().waitFor();
    await shot(page, 'callback', 'form');
    await page.locator('#form-submit').click();

    await eventually(async () => (await apiCall<AppealDetail>('GET', `/appeals/${filed.id}`, undefined, staffToken)).status, 'closed');
    const closed = await apiCall<AppealDetail>('GET', `/appeals/${filed.id}`, undefined, staffToken);
    expect(closed.ratings).toHaveLength(1);
    expect(closed.ratings[0]).toMatchObject({ solved: true, satisfaction: 'satisfied', comment: '灯修好了，晚上亮堂多了', source: 'callback' });
    expect(closed.ratings[0].recordedBy?.id).toBe(me.id);

    // The appeal's ratings say it was a callback and who took it down.
    await page.getByText(`电话回访 · 由 ${me.displayName} 记录`).first().waitFor();
    await shot(page, 'callback', 'recorded');
  });
});
