import { CLIENT_KEY_PATTERN } from '@lingjuli/shared';
import { ApiError } from '@/services/http';
import { withRetry } from '@/utils/retry';
import {
  CLEAR_FIELDS,
  SITE_REPORT_RETRY,
  checkSite,
  clearBody,
  emptySite,
  restoredSite,
  siteAfterFailure,
  siteBody,
  sitePlace,
  stepCount,
} from '@/utils/campaigns/site-form';

describe('a site found on the rounds', () => {
  it('counts with − and ＋ within 1–999', () => {
    expect(stepCount('1', 1)).toBe('2');
    expect(stepCount('1', -1)).toBe('1');
    expect(stepCount('999', 1)).toBe('999');
    expect(stepCount('', 1)).toBe('1');
    expect(stepCount('5', -1)).toBe('4');
  });

  it('needs a building or a place, what was found, and a count', () => {
    expect(checkSite(emptySite())).toEqual({ locationText: '请选择楼栋，或写下具体位置', finding: '请说一说发现了什么' });
    expect(checkSite({ ...emptySite(), buildingId: 3, finding: '地锁', count: '0' })).toEqual({ count: '数量应为1到999之间的整数' });
    expect(checkSite({ ...emptySite(), locationText: '南门外', finding: '地锁', count: '1000' })).toEqual({ count: '数量应为1到999之间的整数' });
    expect(checkSite({ ...emptySite(), locationText: '南门外', finding: '地锁' })).toEqual({});
    expect(checkSite({ ...emptySite(), buildingId: 3, finding: '锁'.repeat(501) })).toEqual({ finding: '发现的情况不能超过500字' });
  });

  it('sends what she filled in and leaves out what she did not', () => {
    const photos = [{ path: 'a.jpg', attachmentId: 11 }, { path: 'b.jpg' }];
    expect(siteBody({ clientKey: 'site-key-0001', buildingId: 3, locationText: ' 东侧车位 ', finding: ' 私装地锁 ', count: ' 3 ', photos })).toEqual({
      buildingId: 3,
      locationText: '东侧车位',
      finding: '私装地锁',
      count: 3,
      attachmentIds: [11],
      clientKey: 'site-key-0001',
    });
    const fresh = emptySite();
    expect(siteBody({ ...fresh, locationText: '南门外', finding: '地锁' })).toEqual({
      locationText: '南门外',
      finding: '地锁',
      count: 1,
      clientKey: fresh.clientKey,
    });
  });

  it('gives each draft its own key, one the server takes, and the same key on every send of it', () => {
    const draft = { ...emptySite(), locationText: '南门外', finding: '地锁' };
    expect(draft.clientKey).toMatch(CLIENT_KEY_PATTERN);
    // "Report another" starts from a fresh form: a new key, so a new site.
    expect(emptySite().clientKey).not.toBe(draft.clientKey);
    // Sent again (a retry, or after she fixed a refused field): the same key, so the same site.
    expect(siteBody({ ...draft, finding: '私装地锁' }).clientKey).toBe(draft.clientKey);
    expect(siteAfterFailure(draft, 'NETWORK')).toBe(draft);
    expect(siteAfterFailure(draft, 'VALIDATION_FAILED')).toBe(draft);
    expect(siteAfterFailure(draft, 'CAMPAIGN_NOT_ACTIVE')).toBe(draft);
    // Someone else had used it: a new key, the rest as it was.
    const rekeyed = siteAfterFailure(draft, 'IDEMPOTENCY_KEY_REUSED');
    expect(rekeyed).toEqual({ ...draft, clientKey: expect.stringMatching(CLIENT_KEY_PATTERN) });
    expect(rekeyed.clientKey).not.toBe(draft.clientKey);
  });

  it('sends the report once more when no answer came, never after a refusal', async () => {
    const retry = { ...SITE_REPORT_RETRY, sleep: () => Promise.resolve() };
    const lost = () => new ApiError(0, 'NETWORK', '网络不给力');
    const site = { id: 7 };

    const once = jest.fn().mockRejectedValueOnce(lost()).mockResolvedValueOnce(site);
    await expect(withRetry(once, retry)).resolves.toBe(site);
    expect(once).toHaveBeenCalledTimes(2);

    const twice = jest.fn().mockRejectedValue(lost());
    await expect(withRetry(twice, retry)).rejects.toMatchObject({ status: 0 });
    expect(twice).toHaveBeenCalledTimes(2);

    const refused = jest.fn().mockRejectedValue(new ApiError(400, 'VALIDATION_FAILED', '请求参数不正确'));
    await expect(withRetry(refused, retry)).rejects.toMatchObject({ status: 400 });
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('reads a saved draft back with its key and its uploaded photos only', () => {
    const photos = [{ path: 'a.jpg', attachmentId: 11 }, { path: 'b.jpg' }];
    const old = { buildingId: 3, locationText: '', finding: '地锁', count: '2', photos };
    const saved = { ...old, clientKey: 'site-key-0001' };
    expect(restoredSite(saved)).toEqual({ ...saved, photos: [{ path: 'a.jpg', attachmentId: 11 }] });
    // Saved by an earlier version, without a key: it gets one.
    expect(restoredSite(old).clientKey).toMatch(CLIENT_KEY_PATTERN);
  });

  it('clears at most what was found, with what was done', () => {
    expect(clearBody({ count: 3 }, '2', ' 拆除2处 ', [5])).toEqual({ ok: true, body: { clearedCount: 2, note: '拆除2处', attachmentIds: [5] } });
    expect(clearBody({ count: 3 }, '3', '已拆除')).toEqual({ ok: true, body: { clearedCount: 3, note: '已拆除' } });
    expect(clearBody({ count: 3 }, '4', '')).toEqual({
      ok: false,
      errors: { clearedCount: '整治数量应为1到3之间的整数（该点位发现3处）', note: '请填写整治情况' },
    });
    expect(CLEAR_FIELDS).toContain('clearedCount');
  });

  it('says where a site is', () => {
    expect(sitePlace({ buildingName: '甲1号楼', locationText: '东侧车位' })).toBe('甲1号楼 · 东侧车位');
    expect(sitePlace({ buildingName: null, locationText: '南门外' })).toBe('南门外');
    expect(sitePlace({ buildingName: '甲1号楼', locationText: null })).toBe('甲1号楼');
    expect(sitePlace({ buildingName: null, locationText: null })).toBe('公共区域');
  });
});
