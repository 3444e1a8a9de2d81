import type { AppealDetail, AppealPage, CommunitySummary, BuildingSummary } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { BASE_URL, apiCall, browserContext, eventually, launch, logIn, passwordToken, shot } from './support/browser';
import { samplePhoto } from './support/photo';

/** A community with no open appeal yet, so the new one must come first in its queue. */
async function quietCommunity(): Promise<{ community: CommunitySummary; building: BuildingSummary }> {
  const token = await passwordToken('command-1');
  for (const community of await apiCall<CommunitySummary[]>('GET', '/communities')) {
    const open = await apiCall<AppealPage>('GET', `/appeals?communityId=${community.id}&pageSize=1`, undefined, token);
    if (open.total === 0) {
      const [building] = await apiCall<BuildingSummary[]>('GET', `/communities/${community.id}/buildings`);
      return { community, building };
    }
  }
  throw new Error('every sample community has open appeals; seed fewer appeals for the browser tests');
}

describe('a resident files from her stairwell; the community handles it; she rates it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('walks the whole way in the browser', async () => {
    const { community, building } = await quietCommunity();
    const staffUsername = `staff-${community.code.toLowerCase()}-1`;

    // The resident scans the code on her stairwell and files an emergency with a photo.
    const resident = await (await browserContext(browser, { viewport: { width: 390, height: 844 }, locale: 'zh-CN' })).newPage();
    await resident.goto(`${BASE_URL()}/pages/home/index?scene=b%3D${building.code}`);
    await resident.getByText(community.name).first().waitFor();
    await resident.locator('#file-appeal').click();
    await resident.locator('#category-gas').click();
    await resident.locator('#appeal-content textarea').fill('楼道里闻到很浓的燃气味，怀疑燃气泄漏，请马上来看看');
    await resident.locator('#triage-hint').getByText('紧急').first().waitFor();
    const [chooser] = await Promise.all([resident.waitForEvent('filechooser'), resident.locator('#add-photo').click()]);
    await chooser.setFiles(samplePhoto());
    await resident.locator('.photo-grid__image').first().waitFor();
    await shot(resident, 'journey', 'resident-files');
    await resident.locator('#submit-appeal').click();
    await resident.waitForURL(/pages\/appeal\/index\?id=\d+/);
    const id = Number(new URL(resident.url()).searchParams.get('id'));
    await resident.locator('#appeal-countdown').getByText(/还剩/).first().waitFor();
    await shot(resident, 'journey', 'resident-sees-countdown');

    // Community staff: it is first in the queue; take it in, resolve it, tell her in person.
    const staff = await (await browserContext(browser, { viewport: { width: 390, height: 844 }, locale: 'zh-CN' })).newPage();
    await logIn(staff, staffUsername);
    await staff.locator('.queue-item').first().waitFor();
    expect(await staff.locator('.queue-item').first().getAttribute('data-id')).toBe(String(id));
    await shot(staff, 'journey', 'staff-queue');
    await staff.locator('.queue-item').first().click();
    await staff.locator('#action-accept').click();
    await staff.locator('#form-submit').click();
    await staff.locator('#action-resolve').click();
    await staff.locator('#resolve-note textarea').fill('已关闭燃气总阀，燃气公司抢修完毕');
    // A photo of the fix (处置照片), for her to see with the result.
    const [fixChooser] = await Promise.all([staff.waitForEvent('filechooser'), staff.locator('#action-form #add-photo').click()]);
    await fixChooser.setFiles(samplePhoto());
    await staff.locator('#action-form .photo-grid__image').first().waitFor();
    await shot(staff, 'journey', 'staff-resolves-with-photo');
    await staff.locator('#form-submit').click();
    await staff.locator('#action-feedback').click();
    await staff.locator('#feedback-method-visit').click();
    await staff.locator('#feedback-content textarea').fill('上门告知：已抢修完毕，可以正常使用');
    await shot(staff, 'journey', 'staff-feedback');
    await staff.locator('#form-submit').click();
    const staffToken = await passwordToken(staffUsername);
    await eventually(async () => (await apiCall<AppealDetail>('GET', `/appeals/${id}`, undefined, staffToken)).status, 'fedBack');
    const handled = await apiCall<AppealDetail>('GET', `/appeals/${id}`, undefined, staffToken);
    expect(handled.attachments).toHaveLength(2);
    expect(handled.respondedAt).not.toBeNull();

    // 我的诉求 says what residents say: 待评价, with a button to rate; it opens the appeal with the fix's photo.
    await resident.goto(`${BASE_URL()}/pages/mine/index`);
    await resident.locator(`#appeal-${id}`).getByText('待评价').waitFor();
    await shot(resident, 'journey', 'resident-mine-to-rate');
    await resident.locator(`#rate-${id}`).click();
    await resident.waitForURL(new RegExp(`pages/appeal/index\\?id=${id}`));
    await resident.locator('.appeal-page__resolution .appeal-page__fix-photos .photo-grid__image').first().waitFor();
    await shot(resident, 'journey', 'resident-sees-the-fix');

    // She rates it: solved and satisfied closes it.
    await resident.locator('#rate-solved-yes').click();
    await resident.locator('#rate-satisfied').click();
    await shot(resident, 'journey', 'resident-rates');
    await resident.locator('#rate-submit').click();
    await eventually(async () => (await apiCall<AppealDetail>('GET', `/appeals/${id}`, undefined, staffToken)).status, 'closed');
    await shot(resident, 'journey', 'resident-closed');
    // Closed after a good rating reads 已办结, not 已关闭.
    await resident.goto(`${BASE_URL()}/pages/mine/index`);
    await resident.locator(`#appeal-${id}`).getByText('已办结').waitFor();
    await shot(resident, 'journey', 'resident-mine-done');
  });
});
