import type { CommunitySummary, MeetingDetail, PollDetail } from '@lingjuli/shared';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, apiCall, fileAs, launch, logIn, openAsResident, passwordToken, phone, residentLogin, shot } from './support/browser';

/**
 * The residents' deliberation hall (居民议事厅) in the browser: a resident signs up for a meeting and
 * votes for her household in a parking poll (her flatmate then finds the household's vote cast); the
 * community's staff publish a meeting's minutes with a decision that answers a resident's appeal, and
 * she finds it in her messages. 居民61 and 居民62 share one flat in the sample street (示例社区01).
 */

const SUITE = 'hall';
const SECOND = 1000;

/** The visible one: pages earlier in the stack stay in the document, hidden. */
const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first();

async function c01(): Promise<CommunitySummary> {
  return (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
}

/** A meeting of the whole community, scheduled by its staff through the API. */
function schedule(token: string, topic: string, startsAt: Date, endsAt: Date): Promise<MeetingDetail> {
  return apiCall<MeetingDetail>(
    'POST',
    '/meetings',
    {
      topic,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place: '社区党群服务中心二楼议事厅',
      agenda: ['通报停车管理试行情况', '居民代表发言', '表决下一步方案'],
      audience: 'community',
    },
    token,
  );
}

const PLANS = ['方案一：地面划线停车', '方案二：错时共享停车', '方案三：建设立体车库'];

describe('the residents’ deliberation hall (居民议事厅)', () => {
  let browser: Browser;
  let staffToken: string;
  beforeAll(async () => {
    browser = await launch();
    staffToken = await passwordToken('staff-c01-1');
  });
  afterAll(() => browser.close());

  it('a resident signs up for a meeting from the hall and votes for her household in the parking poll; her flatmate finds the vote cast', async () => {
    const meeting = await schedule(
      staffToken,
      '停车管理第五次居民议事会（浏览器测试）',
      new Date(Date.now() + 3 * 24 * 3600 * SECOND),
      new Date(Date.now() + (3 * 24 + 2) * 3600 * SECOND),
    );
    const poll = await apiCall<PollDetail>(
      'POST',
      '/polls',
      {
        title: '停车方案第二轮征求意见（浏览器测试）',
        description: '每户一票，请一户由一位家庭成员填写。',
        questions: [
          { type: 'single', prompt: '您支持哪个停车方案？', required: true, options: PLANS },
          { type: 'ranked', prompt: '请按优先顺序排列三个方案', required: true, options: PLANS },
        ],
        audience: 'community',
        ballotUnit: 'household',
        closesAt: new Date(Date.now() + 7 * 24 * 3600 * SECOND).toISOString(),
      },
      staffToken,
    );

    // 居民61 comes in from the home page to the hall and opens the meeting.
    const resident = await residentLogin('居民61');
    const page = await (await phone(browser)).newPage();
    await openAsResident(page, resident, '/pages/home/index');
    await visible(page, '#home-hall').click();
    await visible(page, `#hall-meeting-${meeting.id}`).click();
    await visible(page, '#meeting-sign-up').click();
    await visible(page, '#meeting-signed-up').waitFor();
    await shot(page, SUITE, 'resident-signed-up');
    const signedUp = await apiCall<MeetingDetail>('GET', `/meetings/${meeting.id}`, undefined, staffToken);
    expect(signedUp.signUps).toBe(1);

    // The poll, from the hall: 方案二 first, then the three plans in her order; she confirms and is done.
    await page.goto(`${BASE_URL()}/hall/index/index`);
    await visible(page, `#hall-poll-${poll.id}`).click();
    await visible(page, '#poll-q0-option-1').click();
    for (const j of [1, 0, 2]) await visible(page, `#poll-q1-option-${j}`).click();
    await shot(page, SUITE, 'resident-poll-answered');
    await visible(page, '#poll-submit').click();
    await visible(page, '#poll-confirm').click();
    await visible(page, '#poll-done').waitFor();
    await shot(page, SUITE, 'resident-poll-done');

    // Her flatmate 居民62: the household has answered, and the server refuses a second vote.
    const flatmate = await residentLogin('居民62');
    const other = await (await phone(browser)).newPage();
    await openAsResident(other, flatmate, `/hall/poll/index?id=${poll.id}`);
    await visible(other, '#poll-state[data-state="householdAnswered"]').waitFor();
    expect(await visible(other, '#poll-submit').count()).toBe(0);
    await shot(other, SUITE, 'flatmate-household-answered');
    const second = await fetch(`${BASE_URL()}/api/polls/${poll.id}/answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${flatmate.token}` },
      body: JSON.stringify({
        answers: [
          { questionId: poll.questions[0].id, optionIds: [poll.questions[0].options[0].id] },
          { questionId: poll.questions[1].id, optionIds: poll.questions[1].options.map((o) => o.id) },
        ],
      }),
    });
    expect(second.status).toBe(409);
    expect(((await second.json()) as { code: string }).code).toBe('HOUSEHOLD_ALREADY_VOTED');

    // Closed by the staff: she sees the result — one household, all for 方案二.
    await apiCall('POST', `/polls/${poll.id}/close`, {}, staffToken);
    await page.goto(`${BASE_URL()}/hall/poll/index?id=${poll.id}`);
    await visible(page, '#poll-results').waitFor();
    expect(await visible(page, '#poll-result-q0-option-1').getAttribute('data-percent')).toBe('100%');
    await shot(page, SUITE, 'resident-poll-results');
  });

  it('staff publish a meeting’s minutes with a decision that answers an appeal; its resident is told in her messages', async () => {
    const community = await c01();
    const [building] = await apiCall<{ id: number }[]>('GET', `/communities/${community.id}/buildings`);
    const appeal = await fileAs('居民63', {
      content: '小区晚上停车太乱，消防通道经常被堵（浏览器测试）',
      communityId: community.id,
      buildingId: building.id,
      category: 'propertyManagement',
    });
    const { code } = await apiCall<{ code: string }>('GET', `/appeals/${appeal.id}`, undefined, staffToken);

    // A meeting that has just taken place: it starts in two seconds and ends five seconds later.
    const meeting = await schedule(staffToken, '消防通道停车议事会（浏览器测试）', new Date(Date.now() + 2 * SECOND), new Date(Date.now() + 7 * SECOND));
    await new Promise((r) => setTimeout(r, Math.max(0, new Date(meeting.endsAt).getTime() - Date.now() + SECOND)));

    const page = await (await phone(browser)).newPage();
    await logIn(page, 'staff-c01-1');
    await page.waitForURL(/staff\/queue/);
    await page.goto(`${BASE_URL()}/powers/hub/index`);
    await visible(page, '#hub-meetings').click();
    await visible(page, `#meetings-row-${meeting.id}`).click();

    await visible(page, '#meeting-minutes-text textarea').fill('会议由社区书记主持。居民代表反映夜间车辆占用消防通道，经讨论形成以下决议。');
    await visible(page, '#meeting-decision-add').click();
    await visible(page, '#meeting-decision-0-text textarea').fill('在消防通道两侧施划禁停标线，物业夜间巡查劝离');
    await visible(page, '#meeting-decision-0-outcome-adopted').click();
    await visible(page, '#meeting-decision-0-appeals-open').click();
    await visible(page, '#meeting-appeal-search input').fill(code);
    await visible(page, `#meeting-appeal-${appeal.id}`).click();
    await visible(page, '#meeting-appeal-confirm').click();
    await visible(page, `#meeting-decision-0-linked-${appeal.id}`).waitFor();
    await visible(page, '#meeting-minutes-save').click();
    await visible(page, '#meeting-minutes-publish').click();
    await shot(page, SUITE, 'staff-publish-confirm');
    await visible(page, '#meeting-publish-confirm').click();
    await visible(page, '#meeting-minutes-published').waitFor();
    await shot(page, SUITE, 'staff-minutes-published');

    // The resident who raised it: a message about the decision, which opens her appeal.
    const resident = await residentLogin('居民63');
    const hers = await (await phone(browser)).newPage();
    await openAsResident(hers, resident, '/pages/inbox/index');
    const message = hers.locator('.inbox-item >> visible=true', { hasText: '消防通道停车议事会' }).first();
    await message.waitFor();
    await shot(hers, SUITE, 'resident-told');
    await message.click();
    await hers.waitForURL(new RegExp(`pages/appeal/index\\?id=${appeal.id}`));
  });
});
