import type { AppealDetail, BuildingSummary, CommunitySummary } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { BASE_URL, apiCall, browserContext, eventually, fileAs, launch, passwordToken, shot } from './support/browser';

describe('"我也遇到了": a second resident joins the open appeal instead of filing it again', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows the open appeal of the same problem in her building and joins it', async () => {
    const community = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C02')!;
    const building = (await apiCall<BuildingSummary[]>('GET', `/communities/${community.id}/buildings`))[1];
    const first = await fileAs('先反映的居民', {
      content: '单元门口的路灯坏了一个多星期，晚上很黑',
      communityId: community.id,
      buildingId: building.id,
      category: 'propertyManagement',
    });

    const page = await (await browserContext(browser, { viewport: { width: 390, height: 844 }, locale: 'zh-CN' })).newPage();
    await page.goto(`${BASE_URL()}/pages/home/index?scene=b%3D${building.code}`);
    await page.locator('#file-appeal').click();
    await page.locator('#category-propertyManagement').click();
    await page.locator(`#me-too-${first.id}`).waitFor();
    await shot(page, 'me-too', 'similar-shown');
    // "Me too" names the building and category she is filing about.
    const [support] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/appeals/${first.id}/support`)),
      page.locator(`#me-too-${first.id}`).click(),
    ]);
    expect(support.postDataJSON()).toEqual({ buildingId: building.id, category: 'propertyManagement' });
    await page.waitForURL(new RegExp(`pages/appeal/index\\?id=${first.id}`));
    await page.locator('#supported-by-me').waitFor();
    await page.locator('#supported-privacy').waitFor();
    await shot(page, 'me-too', 'joined');

    // Her list marks it as one she joined.
    await page.goto(`${BASE_URL()}/pages/mine/index`);
    await page.locator(`#appeal-${first.id}`).getByText('我也遇到了').waitFor();
    await shot(page, 'me-too', 'in-her-list');

    const staffToken = await passwordToken('staff-c02-1');
    await eventually(async () => (await apiCall<AppealDetail>('GET', `/appeals/${first.id}`, undefined, staffToken)).supporters, 1);
  });
});
