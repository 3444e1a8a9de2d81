import type { AppealPage, LiaisonInfo, RewardRequestInfo } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { apiCall, eventually, launch, logIn, passwordToken, phone, shot } from './support/browser';

/** Yesterday as a Beijing day's midnight (a meeting that has taken place). */
function yesterdayInBeijing(): string {
  const beijing = new Date(Date.now() + 8 * 3600_000 - 24 * 3600_000);
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate()) - 8 * 3600_000).toISOString();
}

describe('reward requests for liaisons (自主支配权)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the community secretary approves a request proposed with the party meeting record', async () => {
    // Community staff propose a reward for one of C01's liaisons, record the meeting and submit (through the API).
    const staffToken = await passwordToken('staff-c01-1');
    const liaisons = await apiCall<LiaisonInfo[]>('GET', '/liaisons', undefined, staffToken);
    const liaison = liaisons.find((l) => l.active);
    expect(liaison).toBeDefined();
    const closed = await apiCall<AppealPage>('GET', '/appeals?open=false&status=closed&sort=recent&pageSize=5', undefined, staffToken);
    const appealIds = closed.items.slice(0, 1).map((a) => a.id);
    const created = await apiCall<RewardRequestInfo>(
      'POST',
      '/rewards',
      appealIds.length
        ? {
            liaisonUserId: liaison!.userId,
            basis: 'caseByCase',
            appealIds,
            reward: '荣誉证书、慰问品',
            amount: 300,
            reason: '及时发现楼道堆物隐患并协助清理（浏览器测试）',
          }
        : {
            liaisonUserId: liaison!.userId,
            basis: 'periodic',
            periodLabel: '本季度',
            reward: '荣誉证书、慰问品',
            amount: 300,
            reason: '季度走访居民最多（浏览器测试）',
          },
      staffToken,
    );
    expect(created.status).toBe('draft');
    await apiCall(
      'PUT',
      `/rewards/${created.id}/meeting`,
      {
        date: yesterdayInBeijing(),
        attendees: '社区党委书记、副书记、委员三人',
        decision: '同意给予荣誉证书一份及慰问品',
        minutes: '会议听取了专员工作情况汇报，经讨论一致同意。',
      },
      staffToken,
    );
    const submitted = await apiCall<RewardRequestInfo>('POST', `/rewards/${created.id}/submit`, undefined, staffToken);
    expect(submitted.status).toBe('awaitingApproval');

    // The secretary logs in: her landing says a reward waits for her, and one tap opens the requests.
    const page = await (await phone(browser)).newPage();
    await logIn(page, 'secretary-c01');
    const waiting = page.locator('#waiting-rewardApprovals');
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(/奖励申请待审批\s*\d+ 件/);
    await shot(page, 'reward', 'secretary-landing');
    await waiting.click();
    const item = page.locator(`#rewards-awaitingApproval .reward-item[data-id="${created.id}"]`);
    await item.waitFor();
    await shot(page, 'reward', 'secretary-list');
    await item.click();

    // The request: the meeting record is there; approve.
    await page.locator('#meeting-record').waitFor();
    await page.getByText('同意给予荣誉证书一份及慰问品').first().waitFor();
    // What it is for: each appeal by its words and reference code.
    for (const a of closed.items.slice(0, appealIds.length)) {
      await expect(page.locator(`#reward-appeal-link-${a.id}`).textContent()).resolves.toContain(a.code);
    }
    await page.locator('#reward-return').waitFor();
    await shot(page, 'reward', 'awaiting-approval');
    // Money is confirmed, not one tap: the sheet names whom and how much, and takes her comment.
    await page.locator('#reward-approve').click();
    await expect(page.locator('#approve-summary').textContent()).resolves.toContain('300元');
    await page.locator('#reward-approve-comment textarea').fill('表现突出，同意（浏览器测试）');
    await shot(page, 'reward', 'approve-confirm');
    await page.locator('#reward-approve-confirm').click();

    const secretaryToken = await passwordToken('secretary-c01');
    await eventually(async () => (await apiCall<RewardRequestInfo>('GET', `/rewards/${created.id}`, undefined, secretaryToken)).status, 'approved');
    await page.locator('#reward-head[data-status="approved"]').waitFor();
    await page.locator('.reward-timeline__item--approve').waitFor();
    expect(await page.locator('#reward-approve').count()).toBe(0);
    const approved = await apiCall<RewardRequestInfo>('GET', `/rewards/${created.id}`, undefined, secretaryToken);
    expect(approved.events.map((e) => e.type)).toEqual(['propose', 'recordMeeting', 'submit', 'approve']);
    expect(approved.events.at(-1)!.note).toBe('表现突出，同意（浏览器测试）');
    await page.waitForTimeout(1600); // the "approved" toast fades
    await shot(page, 'reward', 'approved');
  });
});
