import type { AppealDetail, BuildingSummary, CommunitySummary, SurveyInfo, SurveyResults, VisitTaskInfo } from '@lingjuli/shared';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { BASE_URL, OUTPUT_DIR, apiCall, eventually, fileAs, launch, logIn, openAsResident, passwordToken, phone, residentLogin, shot } from './support/browser';
import { samplePhoto, uploadPhoto } from './support/photo';

/**
 * 大字模式 measured from the page at 390 × 844: every visible text at least 20 CSS px, every tap
 * target at least 48 × 48, no heading broken inside a word. For the 72-year-old liaison (民情专员),
 * with a failed submit that she can see from where her thumb is; for a resident filing and following
 * her appeal; for the community secretary at her queue and in an appeal's action sheet.
 */

const LIAISON_SUITE = 'liaison-large-text';
const RESIDENT_SUITE = 'resident-large-text';
const SECRETARY_SUITE = 'secretary-large-text';
const MIN_FONT_PX = 20;
const MIN_TARGET_PX = 48;

/** Headings and labels: these wrap between words only (word-break: keep-all in large-text mode). */
const HEADINGS = [
  '.title',
  '.subtitle',
  '.card__title',
  '.field__label',
  '.big-button',
  '.choice__item',
  '.phones__name',
  '.liaison__hello',
  '.liaison__sub',
  '.liaison__section',
  '.liaison-done__title',
  '.task-item__what',
  '.task-item__place',
  '.visit-appeal__place',
  '.record-figure__label',
  '.timeline__type',
  '.home__large-label',
  '.weui-tabbar__label',
];

/** What she taps: buttons, chips, fields, tappable rows and cards, the call buttons, the switch, the tab bar. */
const TARGETS = [
  'taro-button-core',
  '.choice__item',
  '.picker',
  '.input',
  '.textarea',
  '.phones__row',
  '.phones__call',
  '.visit-appeal__call',
  '.visit-appeal__call-button',
  '.liaison-report__link',
  '.liaison-photos__add',
  '.liaison-photos__remove',
  '.record-item',
  '.task-item',
  '.wechat-alerts',
  'taro-switch-core',
  '.weui-tabbar__item',
  '.taro-model__btn',
  '.top-bar__link',
];

/** The resident's headings and what she taps: her community, the filing form, her list, one appeal. */
const RESIDENT = {
  headings: [
    '.category-picker__promise',
    '.file-page__place',
    '.file-page__hint-line',
    '.file-page__urgent-title',
    '.privacy__title',
    '.appeal-page__category',
    '.rating__question',
    '.mine-page__empty-title',
    '.erase__heading',
  ],
  targets: [
    '.category-picker__option',
    '.photo-grid__add',
    '.photo-grid__remove',
    '.file-page__link',
    '.appeal-item',
    '.appeal-item__action',
    '.mine-page__inbox',
    '.appeal-page__go-rate',
    '.rating__choice',
    '.inbox-item',
  ],
};

/** The secretary's headings and what she taps: her queue (待我处理, filters, rows) and an action sheet. */
const SECRETARY = {
  headings: [
    '.queue__title',
    '.queue__banner-main',
    '.queue__count-label',
    '.waiting__title',
    '.waiting__label',
    '.wechat-alerts__title',
    '.staff-head__summary',
    '.sheet__title',
  ],
  targets: [
    '.queue__inbox',
    '.queue__account',
    '.queue__banner',
    '.queue__filter',
    '.queue__refresh',
    '.waiting__row',
    '.waiting__calm-item',
    '.staff-row',
    '.staff-phone__call',
    '.staff-form__link',
    '.staff-form__close',
    '.dept-chooser__item',
    '.sheet__close',
    '.sheet__cancel',
    '.sheet__confirm',
  ],
};

interface Findings {
  texts: number;
  targets: number;
  headings: number;
  small: string[];
  tooSmallToTap: string[];
  brokenWords: string[];
  overflowing: string[];
}

/**
 * Runs in the page: reads computed font sizes, boxes and where each heading's lines break. Plain
 * synchronous code without spreads or iterators: it is serialised into the page as compiled.
 */
function measure(args: { minFont: number; minTarget: number; headings: string[]; targets: string[] }): Findings {
  const shown = (el: Element): boolean => {
    const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const name = (el: Element): string => {
    const classes =
      typeof el.className === 'string'
        ? el.className
            .trim()
            .split(/\s+/)
            .filter((c) => c && c !== 'hydrated')
        : [];
    const text = (el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 24);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes.length ? `.${classes.join('.')}` : ''} «${text}»`;
  };
  const findings: Findings = { texts: 0, targets: 0, headings: 0, small: [], tooSmallToTap: [], brokenWords: [], overflowing: [] };

  // Text: every shown element holding words of its own, and every text box.
  const all = Array.prototype.slice.call(document.body.querySelectorAll('*')) as Element[];
  all.forEach((el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript') return;
    const ownWords = Array.prototype.some.call(el.childNodes, (n: Node) => n.nodeType === Node.TEXT_NODE && (n.textContent || '').trim().length > 0);
    // A text box shows what she types; a switch or a tick box shows no words.
    const textBox = tag === 'textarea' || (tag === 'input' && !['checkbox', 'radio'].includes((el as HTMLInputElement).type));
    if (!ownWords && !textBox) return;
    if (!shown(el)) return;
    findings.texts++;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < args.minFont) findings.small.push(`${name(el)} ${size.toFixed(1)}px`);
  });

  // Targets: the box she can hit.
  const seen: Element[] = [];
  args.targets.forEach((selector) => {
    Array.prototype.forEach.call(document.querySelectorAll(selector), (el: Element) => {
      if (seen.indexOf(el) >= 0 || !shown(el)) return;
      seen.push(el);
      findings.targets++;
      const r = el.getBoundingClientRect();
      if (r.width < args.minTarget || r.height < args.minTarget) findings.tooSmallToTap.push(`${name(el)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
    });
  });

  // Headings: a line may end between words, never inside one (Chinese words found by the browser's segmenter).
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  args.headings.forEach((selector) => {
    Array.prototype.forEach.call(document.querySelectorAll(selector), (el: Element) => {
      if (!shown(el)) return;
      findings.headings++;
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1) findings.overflowing.push(`${name(el)} reaches ${box.right.toFixed(0)}px`);
      // Each character's line, read from its own box.
      let text = '';
      const lines: number[] = [];
      let line = 0;
      let lastTop: number | null = null;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent || '';
        for (let i = 0; i < value.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0 && value[i].trim()) {
            if (lastTop !== null && rect.top > lastTop + rect.height / 2) line++;
            lastTop = rect.top;
          }
          text += value[i];
          lines.push(line);
        }
      }
      Array.prototype.forEach.call(Array.from(segmenter.segment(text)), (part: Intl.SegmentData) => {
        const start = part.index;
        const end = start + part.segment.length;
        if (!part.isWordLike || part.segment.length < 2) return;
        if (lines[start] !== lines[end - 1]) findings.brokenWords.push(`${name(el)} breaks inside «${part.segment}»`);
      });
    });
  });
  return findings;
}

/**
 * Measures the page she is on, saves its picture under `suite`, and holds it to the large-text
 * promises: the shared headings and targets, and `more` of the page's own.
 */
async function check(page: Page, suite: string, screen: string, more: { headings?: string[]; targets?: string[] } = {}): Promise<Findings> {
  await shot(page, suite, screen);
  const findings = await page.evaluate(measure, {
    minFont: MIN_FONT_PX,
    minTarget: MIN_TARGET_PX,
    headings: [...HEADINGS, ...(more.headings ?? [])],
    targets: [...TARGETS, ...(more.targets ?? [])],
  });
  // Named per screen, so a failure says where, and everything wrong on it at once.
  const { small, tooSmallToTap, brokenWords, overflowing } = findings;
  expect({ screen, small, tooSmallToTap, brokenWords, overflowing }).toEqual({ screen, small: [], tooSmallToTap: [], brokenWords: [], overflowing: [] });
  // The measures saw the page, not an empty one.
  expect(findings.texts).toBeGreaterThan(3);
  expect(findings.targets).toBeGreaterThan(0);
  return findings;
}

/** The visible one: pages earlier in the stack stay in the document, hidden. */
const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first();

/** Whether the first visible element matching `selector` is inside the viewport. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const el = Array.prototype.find.call(document.querySelectorAll(s), (e: Element) => e.getClientRects().length > 0) as Element | undefined;
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, selector);
}

describe('large-text mode (大字模式), at 390 × 844', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("the liaison's pages: type ≥ 20 px, targets ≥ 48 × 48, whole words in headings; an empty report is announced where she is; she can go home and log out", async () => {
    // A building the street asks her to visit, so her task list has a card and the visit page has a task.
    const c01 = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const [building] = await apiCall<{ id: number; name: string }[]>('GET', `/communities/${c01.id}/buildings`);
    const staffToken = await passwordToken('staff-c01-1');
    const task = await apiCall<VisitTaskInfo>('POST', '/visit-tasks', { buildingId: building.id, category: 'noise', note: '大字模式浏览器测试' }, staffToken);

    const page = await (await phone(browser)).newPage();
    // 大字模式 on, as the switch on the community page leaves it on this phone; her community known, as after a scan.
    await page.goto(`${BASE_URL()}/pages/home/index`);
    await page.evaluate(
      ({ community }) => {
        localStorage.setItem('lingjuli.largeText', JSON.stringify({ data: true }));
        localStorage.setItem('lingjuli.place', JSON.stringify({ data: { community, building: null } }));
      },
      { community: c01 },
    );
    await page.goto(`${BASE_URL()}/pages/login/index`);
    await page.locator('#dev-username input').fill('liaison-c01-1');
    await page.locator('#dev-login-submit').click();

    // Her tasks: the first page.
    await visible(page, `#building-visit-${task.id}`).waitFor();
    await visible(page, '.screen--large').waitFor();
    await check(page, LIAISON_SUITE, 'tasks');

    // Report: the empty form, then 提交上报 from the bottom with nothing written.
    await visible(page, '#go-report').click();
    await visible(page, '#report-submit').waitFor();
    await check(page, LIAISON_SUITE, 'report');
    await visible(page, '#report-submit').scrollIntoViewIfNeeded();
    expect(await inView(page, '#report-content')).toBe(false);
    await visible(page, '#report-submit').click();
    await page.locator('.taro__toast p', { hasText: '请说一说发现了什么问题' }).waitFor({ state: 'visible' });
    await eventually(() => inView(page, '.field--error'), true);
    // What she sees: the toast over the field with its message (the viewport, not the whole page).
    await page.screenshot({ path: join(OUTPUT_DIR, LIAISON_SUITE, 'report-empty-submit-viewport.png') });
    // The toast is in large type too.
    const toastSize = await page
      .locator('.taro__toast p >> visible=true')
      .last()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(toastSize).toBeGreaterThanOrEqual(MIN_FONT_PX);

    await visible(page, '#report-content textarea').fill('楼道灯不亮，晚上看不清台阶');
    await visible(page, '#report-submit').click();
    await visible(page, '#report-done').waitFor();
    await check(page, LIAISON_SUITE, 'report-done');

    // Her record, and one of her reports.
    await visible(page, '#report-to-tasks').click();
    await visible(page, '#go-record').click();
    await visible(page, '.record-report').waitFor();
    await check(page, LIAISON_SUITE, 'record');
    await visible(page, '.record-report').click();
    await visible(page, '.visit-appeal__place').waitFor();
    await check(page, LIAISON_SUITE, 'visit');

    // Home from anywhere: her tasks.
    await visible(page, '#liaison-home').click();
    await visible(page, `#building-visit-${task.id}`).click();
    await visible(page, '#building-visit-submit').waitFor();
    await check(page, LIAISON_SUITE, 'building-visit');
    await visible(page, '#building-visit-submit').click();
    await page.locator('.taro__toast p', { hasText: '请写下您看到的情况' }).waitFor({ state: 'visible' });
    await eventually(() => inView(page, '.field--error'), true);

    // The community page: phone numbers with 拨打, the 大字模式 switch, the tab bar.
    await visible(page, '#liaison-home').click();
    await visible(page, '#liaison-community').click();
    await visible(page, '.phones__call').waitFor();
    await page.locator('.phones__name', { hasText: '社区民情专线' }).first().waitFor();
    const home = await check(page, LIAISON_SUITE, 'community');
    expect(home.headings).toBeGreaterThan(0);
    const tabLabels = await page
      .locator('.weui-tabbar__label >> visible=true')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(tabLabels.length).toBeGreaterThan(0);
    tabLabels.forEach((size) => expect(size).toBeGreaterThanOrEqual(MIN_FONT_PX));

    // Logging out: asked first, in large type, then the login page and no session left.
    await page.goto(`${BASE_URL()}/liaison/tasks/index`);
    await visible(page, '#liaison-logout').click();
    await visible(page, '.taro-model__confirm').waitFor();
    await check(page, LIAISON_SUITE, 'logout-confirm');
    await visible(page, '.taro-model__confirm').click();
    await visible(page, '#login-username').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('lingjuli.session'))).toBeNull();
    await shot(page, LIAISON_SUITE, 'logged-out');
  });
  it('the liaison enters a door-to-door survey answer (入户调查) in large type; it is kept on her phone and sent', async () => {
    const liaison = await apiCall<{ token: string }>('POST', '/auth/dev', { role: 'liaison', username: 'liaison-c01-1' });
    const surveys = await apiCall<SurveyInfo[]>('GET', '/surveys', undefined, liaison.token);
    const survey = surveys.find((s) => s.actions.includes('enter') && s.questions.some((q) => q.type !== 'text'))!;
    expect(survey).toBeDefined();
    const staffToken = await passwordToken('staff-c01-1');
    const entries = async () => (await apiCall<SurveyResults>('GET', `/surveys/${survey.id}/results`, undefined, staffToken)).overall.entries;
    const before = await entries();

    const page = await (await phone(browser)).newPage();
    await page.goto(`${BASE_URL()}/pages/home/index`);
    await page.evaluate(() => localStorage.setItem('lingjuli.largeText', JSON.stringify({ data: true })));
    await page.goto(`${BASE_URL()}/pages/login/index`);
    await page.locator('#dev-username input').fill('liaison-c01-1');
    await page.locator('#dev-login-submit').click();

    await visible(page, '#go-survey').click();
    await visible(page, `#survey-open-${survey.id}`).waitFor();
    await check(page, LIAISON_SUITE, 'surveys', { headings: ['.survey-open__title'], targets: ['.survey-open'] });
    await visible(page, `#survey-open-${survey.id}`).click();
    await visible(page, '#survey-save').waitFor();
    await check(page, LIAISON_SUITE, 'survey-form', { headings: ['.survey-question__text'], targets: ['.liaison-chip'] });

    // Every choice question is answered (the first choice each); words are optional.
    for (const q of survey.questions.filter((q) => q.type !== 'text')) await visible(page, `#survey-q${q.position}-${q.choices[0]}`).click();
    await visible(page, '#survey-save').click();
    await visible(page, '#survey-saved').waitFor();
    await visible(page, '#survey-counts[data-waiting="0"]').waitFor();
    await visible(page, '#survey-all-sent').waitFor();
    await check(page, LIAISON_SUITE, 'survey-sent');
    await eventually(entries, before + 1);
  });
  it("the liaison's campaign site report and a resident's application to volunteer, in large type", async () => {
    const c01 = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const adminToken = await passwordToken('admin');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const campaign = await apiCall<{ id: number }>(
      'POST',
      '/campaigns',
      {
        title: '共享单车乱停放整治（大字模式测试）',
        description: '清理楼门口乱停放的共享单车。',
        siteKind: '乱停放点位',
        allCommunities: false,
        communityIds: [c01.id],
        units: [],
        startDate: today,
        endDate: today,
      },
      adminToken,
    );
    await apiCall('POST', `/campaigns/${campaign.id}/start`, undefined, adminToken);

    const page = await (await phone(browser)).newPage();
    await page.goto(`${BASE_URL()}/pages/home/index`);
    await page.evaluate(() => localStorage.setItem('lingjuli.largeText', JSON.stringify({ data: true })));
    await page.goto(`${BASE_URL()}/pages/login/index`);
    await page.locator('#dev-username input').fill('liaison-c01-1');
    await page.locator('#dev-login-submit').click();
    await visible(page, `#liaison-campaign-${campaign.id}`).click();
    await visible(page, '#site-submit').waitFor();
    await check(page, LIAISON_SUITE, 'campaign-site', { headings: ['.site-campaign__title'], targets: ['.site-count__step'] });

    const resident = await residentLogin('想当志愿者的大字居民');
    const home = await (await phone(browser)).newPage();
    await openAsResident(home, resident, '/hall/volunteer/index', true);
    await visible(home, '#volunteer-apply-liaison').click();
    await visible(home, '#volunteer-submit').waitFor();
    await check(home, RESIDENT_SUITE, 'volunteer-form', {
      headings: ['.volunteer-kind__title', '.volunteer-choice__label'],
      targets: ['.volunteer-choice', '.volunteer-kind'],
    });
  });
  it("the resident's pages: her community, the filing form, 我的诉求 and her appeal, all in large type with thumb-sized targets", async () => {
    const c01 = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const [building] = await apiCall<BuildingSummary[]>('GET', `/communities/${c01.id}/buildings`);

    // She filed with a photo; staff took it in, fixed it and told her (through the API): now she is asked to rate it.
    const resident = await residentLogin('大字模式的居民');
    const photo = await uploadPhoto(resident.token);
    const filed = await apiCall<AppealDetail>(
      'POST',
      '/appeals',
      {
        channel: 'online',
        content: '单元门口的路灯坏了，晚上回家看不清台阶（大字模式测试）',
        communityId: c01.id,
        buildingId: building.id,
        category: 'propertyManagement',
        attachmentIds: [photo.id],
      },
      resident.token,
      { 'Idempotency-Key': `large-text-resident-${Date.now()}` },
    );
    const staffToken = await passwordToken('staff-c01-1');
    await apiCall('POST', `/appeals/${filed.id}/accept`, {}, staffToken);
    await apiCall('POST', `/appeals/${filed.id}/resolve`, { note: '已更换路灯灯泡' }, staffToken);
    await apiCall('POST', `/appeals/${filed.id}/feedback`, { method: 'phone', content: '电话告知：路灯已修好' }, staffToken);

    // Her community, as after scanning her stairwell's code, with 大字模式 on.
    const page = await (await phone(browser)).newPage();
    await openAsResident(page, resident, `/pages/home/index?scene=b%3D${building.code}`, true);
    await visible(page, '.screen--large').waitFor();
    await page.locator('.title', { hasText: c01.name }).first().waitFor();
    await page.locator('.phones__name', { hasText: '社区民情专线' }).first().waitFor();
    await check(page, RESIDENT_SUITE, 'home', RESIDENT);
    const tabLabels = await page
      .locator('.weui-tabbar__label >> visible=true')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(tabLabels.length).toBeGreaterThan(0);
    tabLabels.forEach((size) => expect(size).toBeGreaterThanOrEqual(MIN_FONT_PX));

    // The filing form, filled in: a category chosen, words written, a photo attached.
    await visible(page, '#file-appeal').click();
    await visible(page, '#submit-appeal').waitFor();
    await visible(page, '#category-propertyManagement').click();
    await visible(page, '#appeal-content textarea').fill('楼道里的灯一直不亮，老人上下楼很不方便');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), visible(page, '#add-photo').click()]);
    await chooser.setFiles(samplePhoto());
    await visible(page, '.photo-grid__image').waitFor();
    await check(page, RESIDENT_SUITE, 'file', RESIDENT);

    // 我的诉求: her appeal, with 去评价.
    await page.goto(`${BASE_URL()}/pages/mine/index`);
    await visible(page, `#appeal-${filed.id}`).waitFor();
    await visible(page, `#rate-${filed.id}`).waitFor();
    await check(page, RESIDENT_SUITE, 'mine', RESIDENT);

    // The appeal: what was done, the feedback, and the rating form.
    await visible(page, `#appeal-${filed.id}`).click();
    await visible(page, '#go-rate').waitFor();
    await visible(page, '#rate-solved-yes').waitFor();
    await check(page, RESIDENT_SUITE, 'appeal', RESIDENT);
  });

  it("the community secretary's queue and an appeal with its action sheet open, in large type with thumb-sized targets", async () => {
    const c01 = (await apiCall<CommunitySummary[]>('GET', '/communities')).find((c) => c.code === 'C01')!;
    const [building] = await apiCall<BuildingSummary[]>('GET', `/communities/${c01.id}/buildings`);
    const filed = await fileAs('大字模式测试的居民', {
      content: '小区北门的垃圾桶满了好几天没人清理（大字模式测试）',
      communityId: c01.id,
      buildingId: building.id,
      category: 'propertyManagement',
    });

    // 大字模式 on this phone, then she logs in with her password.
    const page = await (await phone(browser)).newPage();
    await page.goto(`${BASE_URL()}/pages/home/index`);
    await page.evaluate(() => localStorage.setItem('lingjuli.largeText', JSON.stringify({ data: true })));
    await logIn(page, 'secretary-c01');

    // Her queue: 待我处理, the counts, the filters, the new appeal's row.
    await visible(page, `.staff-row[data-id="${filed.id}"]`).waitFor();
    await visible(page, '.screen--large').waitFor();
    await visible(page, '.queue__counts').waitFor();
    await check(page, SECRETARY_SUITE, 'queue', SECRETARY);

    // The appeal, then its 受理 sheet over it.
    await visible(page, `.staff-row[data-id="${filed.id}"]`).click();
    await visible(page, '#action-accept').waitFor();
    await check(page, SECRETARY_SUITE, 'appeal', SECRETARY);
    await visible(page, '#action-accept').click();
    await visible(page, '.sheet__panel').waitFor();
    await visible(page, '#form-submit').waitFor();
    await check(page, SECRETARY_SUITE, 'accept-sheet', SECRETARY);
  });
});
