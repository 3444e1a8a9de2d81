import type { AppealDetail, BuildingSummary, CommunitySummary } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { apiCall, apiStatus, launch, openAsResident, passwordToken, phone, residentLogin, shot, urlStatus } from './support/browser';
import { uploadPhoto } from './support/photo';

const WORDS = '我家3单元楼道的窗户玻璃碎了（删除数据测试）';

describe('a resident deletes her data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('from 我的 in large text: her session ends, her words and photo are gone, the statistics stay', async () => {
    const community = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C03')!;
    const [building] = await apiCall<BuildingSummary[]>('GET', `/communities/${community.id}/buildings`);
    const staffToken = await passwordToken('staff-c03-1');

    // She filed an appeal with a photo, her place and her phone (through the API: not what this test is about).
    const resident = await residentLogin('删除数据的居民');
    const photo = await uploadPhoto(resident.token);
    const filed = await apiCall<AppealDetail>(
      'POST',
      '/appeals',
      {
        channel: 'online',
        content: WORDS,
        communityId: community.id,
        buildingId: building.id,
        category: 'propertyManagement',
        locationText: '3单元2层',
        contactPhone: '13800138000',
        attachmentIds: [photo.id],
      },
      resident.token,
      { 'Idempotency-Key': `erase-test-${Date.now()}` },
    );
    const before = await apiCall<AppealDetail>('GET', `/appeals/${filed.id}`, undefined, staffToken);
    expect(before.attachments).toHaveLength(1);
    const photoUrl = before.attachments[0].url;
    expect(await urlStatus(photoUrl)).toBe(200);

    // 我的 → 删除我的数据: the confirmation says what goes and what stays; she confirms.
    const page = await (await phone(browser)).newPage();
    await openAsResident(page, resident, '/pages/mine/index', true);
    await page.locator(`#appeal-${filed.id}`).waitFor();
    await page.locator('#erase-my-data').click();
    await page.locator('#erase-confirm').getByText('无法恢复').waitFor();
    await page.locator('#erase-confirm').getByText('匿名的统计').waitFor();
    await shot(page, 'erase', 'confirm-large-text');
    await page.locator('#erase-submit').click();

    // Back on the home page, told it is done; this browser no longer holds her session.
    await page.waitForURL(/pages\/home\/index/);
    await page.locator('#home-flash').getByText('已经删除').waitFor();
    await shot(page, 'erase', 'done');
    expect(await page.evaluate(() => localStorage.getItem('lingjuli.session'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('lingjuli.appealDraft'))).toBeNull();

    // Her token is refused.
    expect(await apiStatus('GET', '/auth/me', resident.token)).toBe(401);

    // Staff still see the appeal for the ledger, withdrawn, without her words, place, phone or photo.
    const after = await apiCall<AppealDetail>('GET', `/appeals/${filed.id}`, undefined, staffToken);
    expect(after.status).toBe('withdrawn');
    expect(after.content).not.toContain('窗户玻璃');
    expect(after.summary).not.toContain('窗户玻璃');
    expect(after.locationText).toBeNull();
    expect(after.latitude).toBeNull();
    expect(after.contactPhone).toBeNull();
    expect(after.reporter?.name ?? null).not.toBe('删除数据的居民');
    expect(after.attachments).toEqual([]);
    expect(after.timeline.some((e) => e.type === 'withdraw')).toBe(true);
    expect(await urlStatus(photoUrl)).toBe(404);
    // What the statistics need stays.
    expect({ category: after.category, tier: after.tier, receivedAt: after.receivedAt }).toEqual({
      category: before.category,
      tier: before.tier,
      receivedAt: before.receivedAt,
    });
  });
});
