import type { CampaignDetail, CommunitySummary, DepartmentSummary, VolunteerApplicationInfo } from '@lingjuli/shared';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, apiCall, eventually, launch, logIn, openAsResident, passwordToken, phone, residentLogin, shot } from './support/browser';

/**
 * The volunteers and the street-wide campaigns in the browser: a resident applies to be a liaison
 * (民情专员) and the community accepts her; a liaison reports a site of a running campaign (专项整治)
 * from her rounds, the community clears it, and the public result counts it.
 */

const SUITE = 'volunteers-campaigns';

/** The visible one: pages earlier in the stack stay in the document, hidden. */
const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first();

async function c01(): Promise<CommunitySummary> {
  return (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
}

/** Today in Beijing, `YYYY-MM-DD`, and a day `days` later. */
function beijingDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 24 * 3600_000).toISOString().slice(0, 10);
}

describe('volunteers and street-wide campaigns', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a resident applies to be a liaison from the hall; the community accepts her, and she is one', async () => {
    const community = await c01();
    const resident = await residentLogin(`想当专员的居民${Date.now() % 100000}`);
    const page = await (await phone(browser)).newPage();
    await openAsResident(page, resident, '/hall/volunteer/index');

    await visible(page, '#volunteer-apply-liaison').click();
    await visible(page, '#volunteer-form').waitFor();
    if (await visible(page, '#volunteer-community-change').isVisible()) await visible(page, '#volunteer-community-change').click();
    await visible(page, `#volunteer-community-${community.id}`).click();
    await visible(page, '#volunteer-name input').fill('王秀英');
    await visible(page, '#volunteer-phone input').fill('13912345678');
    await visible(page, '#volunteer-birth-year input').fill('1992');
    await visible(page, '#volunteer-offer-patrol').click();
    await visible(page, '#volunteer-time-weekend').click();
    await shot(page, SUITE, 'resident-application');
    await visible(page, '#volunteer-submit').click();
    await visible(page, '#volunteer-confirm').click();
    await visible(page, '#volunteer-state[data-state="pending"]').waitFor();
    await shot(page, SUITE, 'resident-pending');

    // The community's staff find it waiting and accept it.
    const token = await passwordToken('staff-c01-1');
    const pending = await apiCall<VolunteerApplicationInfo[]>('GET', '/volunteer-applications?status=pending', undefined, token);
    const application = pending.find((a) => a.name === '王秀英' && a.applicantId === resident.user.id)!;
    expect(application).toBeDefined();
    const staff = await (await phone(browser)).newPage();
    await logIn(staff, 'staff-c01-1');
    await staff.waitForURL(/staff\/queue/);
    await staff.goto(`${BASE_URL()}/powers/hub/index`);
    await visible(staff, '#hub-volunteers').click();
    await visible(staff, `#volunteers-application-${application.id}`).waitFor();
    await shot(staff, SUITE, 'staff-applications');
    await visible(staff, `#volunteers-accept-${application.id}`).click();
    await visible(staff, '#volunteers-accept-confirm').click();
    await eventually(
      async () => (await apiCall<VolunteerApplicationInfo>('GET', `/volunteer-applications/${application.id}`, undefined, token)).status,
      'accepted',
    );

    // She sees it accepted; her account is now the community's liaison.
    await page.reload();
    await visible(page, '#volunteer-state[data-state="accepted"]').waitFor();
    await shot(page, SUITE, 'resident-accepted');
    const me = await apiCall<{ role: string; communityId: number }>('GET', '/auth/me', undefined, resident.token);
    expect(me).toMatchObject({ role: 'liaison', communityId: community.id });
  });

  it('a liaison reports a site of a running campaign from her tasks; the community clears it; the public result counts it', async () => {
    const community = await c01();
    const [building] = await apiCall<{ id: number }[]>('GET', `/communities/${community.id}/buildings`);
    const adminToken = await passwordToken('admin');
    const [unit] = await apiCall<DepartmentSummary[]>('GET', '/departments', undefined, adminToken);
    const created = await apiCall<CampaignDetail>(
      'POST',
      '/campaigns',
      {
        title: '楼道堆物专项清理（浏览器测试）',
        description: '清理楼道内堆放的杂物，保持消防通道畅通。',
        siteKind: '楼道堆物',
        allCommunities: false,
        communityIds: [community.id],
        units: [{ departmentId: unit.id, people: 12 }],
        startDate: beijingDay(),
        endDate: beijingDay(14),
      },
      adminToken,
    );
    await apiCall('POST', `/campaigns/${created.id}/start`, undefined, adminToken);

    // The liaison, from her tasks: the running campaign, a building, what she found, 提交.
    const page = await (await phone(browser)).newPage();
    await page.goto(`${BASE_URL()}/pages/login/index`);
    await page.locator('#dev-username input').fill('liaison-c01-1');
    await page.locator('#dev-login-submit').click();
    await visible(page, `#liaison-campaign-${created.id}`).click();
    await visible(page, `#site-building-${building.id}`).click();
    await visible(page, '#site-finding textarea').fill('3单元一楼楼道堆放旧家具和纸箱，堵住半边通道');
    await shot(page, SUITE, 'liaison-site');
    await visible(page, '#site-submit').click();
    await visible(page, '#site-done').waitFor();
    const siteId = Number(await visible(page, '#site-done').getAttribute('data-id'));
    expect(siteId).toBeGreaterThan(0);
    await shot(page, SUITE, 'liaison-site-done');

    // The community's staff clear it on the campaign's page.
    const staff = await (await phone(browser)).newPage();
    await logIn(staff, 'staff-c01-1');
    await staff.waitForURL(/staff\/queue/);
    await staff.goto(`${BASE_URL()}/deliberation/campaign/index?id=${created.id}`);
    await visible(staff, `#campaign-site-${siteId}-clear`).click();
    await visible(staff, '#campaign-clear-note textarea').fill('已联系住户清走旧家具，纸箱由物业回收');
    await visible(staff, '#campaign-clear-confirm').click();
    await visible(staff, `#campaign-site-${siteId}[data-status="cleared"]`).waitFor();
    await shot(staff, SUITE, 'staff-cleared');

    // Anyone, without logging in: the public result.
    const anonymous = await (await phone(browser)).newPage();
    await anonymous.goto(`${BASE_URL()}/hall/campaign/index?id=${created.id}`);
    await eventually(() => visible(anonymous, '#hall-campaign-total-cleared .campaign-total__n').innerText(), '1');
    await shot(anonymous, SUITE, 'public-result');
  });
});
