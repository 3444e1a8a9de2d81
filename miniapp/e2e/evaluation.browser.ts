import type { DepartmentToScore, WaitingForMe } from '@lingjuli/shared';
import type { Browser } from 'playwright-core';
import { apiCall, eventually, launch, logIn, passwordToken, phone, shot } from './support/browser';

describe('scoring departments (考评权) with the evidence a score rests on', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it("the secretary opens the scores due from her landing, reads each department's report-ins, completions and ratings, and scores one", async () => {
    const token = await passwordToken('secretary-c01');
    const waiting = await apiCall<WaitingForMe>('GET', '/me/waiting', undefined, token);
    const period = waiting.items.find((i) => i.kind === 'departmentScores')!.period!;
    const rows = await apiCall<DepartmentToScore[]>('GET', `/evaluation/periods/${period.id}/departments`, undefined, token);
    // The sample quarter: the community worked with a few departments.
    expect(rows.length).toBeGreaterThan(0);

    const page = await (await phone(browser)).newPage();
    await logIn(page, 'secretary-c01');
    await page.locator('#waiting-departmentScores').click();
    await page.locator('.score-item').first().waitFor();
    // Each department's evidence in words, with the server's counts for this community; what went late in the warning colour.
    for (const { department, whistles, dispatched, evidence: e } of rows) {
      const evidence = page.locator(`#score-evidence-${department.id}`);
      const text = (await evidence.textContent()) ?? '';
      if (whistles) expect(text).toContain(`按时报到 ${e.whistlesOnTime} 次，超时 ${e.whistles - e.whistlesOnTime} 次`);
      if (dispatched) expect(text).toContain(`按期办结 ${e.dispatchedOnTime} 件，超期 ${e.dispatched - e.dispatchedOnTime} 件`);
      if (e.rated) expect(text).toContain(`评价 ${e.rated} 次，满意 ${e.satisfied} 次`);
      const concerns = [e.whistles > e.whistlesOnTime, e.dispatched > e.dispatchedOnTime, e.satisfied < e.rated].filter(Boolean).length;
      expect(await evidence.locator('.score-item__fact--concern').count()).toBe(concerns);
    }
    const card = page.locator(`.score-item[data-id="${rows[0].department.id}"]`);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'evaluation', 'evidence');

    // A score from the chips, saved on its own.
    await card.locator(`#score-${rows[0].department.id}-70`).click();
    await card.locator(`#score-save-${rows[0].department.id}`).click();
    await page.locator(`.score-item[data-id="${rows[0].department.id}"][data-score="70"]`).waitFor();
    await eventually(
      async () =>
        (await apiCall<DepartmentToScore[]>('GET', `/evaluation/periods/${period.id}/departments`, undefined, token)).find(
          (r) => r.department.id === rows[0].department.id,
        )!.score,
      70,
    );
    await shot(page, 'evaluation', 'scored');
  });
});
