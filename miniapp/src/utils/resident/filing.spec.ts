import { CONTENT_REFUSED_MESSAGE, type BuildingSummary, type CommunitySummary } from '@lingjuli/shared';
import { ApiError } from '@/services/http';
import type { Place } from '@/state/place';
import type { AppealDraft } from '@/utils/draft';
import { filingReducer, photoUploadFailure, startFiling, toId, type FilingAction, type FilingState } from '@/utils/resident/filing';

const draft = (over: Partial<AppealDraft> = {}): AppealDraft => ({
  key: 'dkey12345678',
  communityId: 1,
  buildingId: 3,
  category: null,
  content: '',
  contactPhone: '',
  locationText: '',
  photos: [],
  savedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});

const state = (over: Partial<FilingState> = {}): FilingState => ({
  draft: draft(),
  restored: false,
  errors: {},
  message: null,
  progress: null,
  location: { coords: null, busy: false, message: null },
  photoBusy: false,
  supporting: null,
  supportError: null,
  finished: false,
  ...over,
});

/** The state after each action in turn. */
const run = (from: FilingState, ...actions: FilingAction[]) => actions.reduce(filingReducer, from);

const place = (communityId: number, buildingId: number | null): Place => ({
  community: { id: communityId, name: `社区${communityId}` } as CommunitySummary,
  building: buildingId ? ({ id: buildingId, name: `${buildingId}号楼` } as BuildingSummary) : null,
});

const allLive = () => true;
const networkDown = new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试');

describe('opening the form', () => {
  it('starts fresh for the place in the link, with a new key', () => {
    const start = startFiling({ params: { communityId: '2', buildingId: '9' }, place: null, saved: null, isLive: allLive });
    expect(start.draft).toMatchObject({ communityId: 2, buildingId: 9, content: '', photos: [] });
    expect(start.draft.key).toMatch(/^d[0-9a-z]+$/);
    expect(start).toMatchObject({ restored: false, errors: {}, message: null, progress: null, photoBusy: false, finished: false });
  });

  it('otherwise takes the place she scanned last; its building only within the same community', () => {
    const scanned = place(4, 12);
    expect(startFiling({ params: {}, place: scanned, saved: null, isLive: allLive }).draft).toMatchObject({ communityId: 4, buildingId: 12 });
    expect(startFiling({ params: { communityId: '5' }, place: scanned, saved: null, isLive: allLive }).draft).toMatchObject({
      communityId: 5,
      buildingId: null,
    });
    expect(startFiling({ params: { buildingId: '13' }, place: scanned, saved: null, isLive: allLive }).draft).toMatchObject({
      communityId: 4,
      buildingId: 13,
    });
  });

  it('ignores parameters that are not ids', () => {
    expect([toId('3'), toId('0'), toId('-1'), toId('2.5'), toId('abc'), toId(undefined)]).toEqual([3, null, null, null, null, null]);
    expect(startFiling({ params: { communityId: 'x' }, place: null, saved: null, isLive: allLive }).draft.communityId).toBeNull();
  });

  it('restores her unsent draft with its key', () => {
    const saved = draft({ key: 'oldkey123456', content: '电梯坏了', photos: ['blob:a'] });
    const start = startFiling({ params: { communityId: '2' }, place: null, saved, isLive: allLive });
    expect(start.restored).toBe(true);
    expect(start.draft).toEqual(saved);
    expect(start.message).toBeNull();
  });

  it('drops photos that no longer exist and asks her to add them again', () => {
    const saved = draft({ content: '电梯坏了', photos: ['blob:a', 'blob:b', 'blob:c'] });
    const start = startFiling({ params: {}, place: null, saved, isLive: (p) => p === 'blob:b' });
    expect(start.draft.photos).toEqual(['blob:b']);
    expect(start.message).toEqual({ text: '上次选的2张照片需要重新添加。', tone: 'warning' });
  });

  it('does not restore an empty draft', () => {
    const start = startFiling({ params: { communityId: '2' }, place: null, saved: draft({ key: 'oldkey123456' }), isLive: allLive });
    expect(start.restored).toBe(false);
    expect(start.draft.key).not.toBe('oldkey123456');
  });
});

describe('editing', () => {
  it("changes the draft and clears that field's message, not the others", () => {
    const next = run(state({ errors: { content: '请写一写遇到了什么问题', contactPhone: '电话号码格式不对' } }), {
      type: 'edited',
      patch: { content: '楼道灯坏了' },
    });
    expect(next.draft.content).toBe('楼道灯坏了');
    expect(next.errors).toEqual({ contactPhone: '电话号码格式不对' });
  });

  it.each([
    [{ category: 'heating' as const }, 'category'],
    [{ contactPhone: '13800138000' }, 'contactPhone'],
    [{ locationText: '3单元' }, 'locationText'],
    [{ buildingId: null }, 'buildingId'],
  ])('%o clears the message of %s', (patch, field) => {
    const next = run(state({ errors: { [field]: '有问题' } }), { type: 'edited', patch });
    expect(next.draft).toMatchObject(patch);
    expect(next.errors).toEqual({});
  });

  it("clears a failed send's message once she changes something, but keeps a warning", () => {
    const failed = state({ message: { text: '还有内容没有填好，请看红字提示。', tone: 'error' } });
    expect(run(failed, { type: 'edited', patch: { content: 'x' } }).message).toBeNull();
    const warned = state({ message: { text: '上次选的1张照片需要重新添加。', tone: 'warning' } });
    expect(run(warned, { type: 'edited', patch: { content: 'x' } }).message).toBe(warned.message);
  });

  it('a new community means choosing the building again', () => {
    const next = run(state({ errors: { communityId: '请选择您所在的社区', buildingId: '楼栋不属于该社区' } }), { type: 'communityChosen', communityId: 7 });
    expect(next.draft).toMatchObject({ communityId: 7, buildingId: null });
    expect(next.errors).toEqual({});
  });
});

describe('photos', () => {
  it('is busy while choosing, then adds the photos and clears the photo message', () => {
    const choosing = run(state({ errors: { attachmentIds: '第1张照片：照片太大，请去掉这张再提交' } }), { type: 'photosRequested' });
    expect(choosing.photoBusy).toBe(true);
    const added = run(choosing, { type: 'photosAdded', paths: ['blob:a', 'blob:b', 'blob:a'] });
    expect(added).toMatchObject({ photoBusy: false, message: null, errors: {} });
    expect(added.draft.photos).toEqual(['blob:a', 'blob:b']);
  });

  it('adds up to nine and says how many did not fit', () => {
    const eight = Array.from({ length: 8 }, (_, i) => `blob:${i}`);
    const next = run(state({ draft: draft({ photos: eight }) }), { type: 'photosRequested' }, { type: 'photosAdded', paths: ['blob:x', 'blob:y', 'blob:z'] });
    expect(next.draft.photos).toEqual([...eight, 'blob:x']);
    expect(next.message).toEqual({ text: '照片最多9张，多选的2张没有加上。', tone: 'warning' });
  });

  it('a cancelled pick adds nothing and keeps the message there was', () => {
    const message = { text: '上次选的1张照片需要重新添加。', tone: 'warning' as const };
    const next = run(state({ message }), { type: 'photosRequested' }, { type: 'photosAdded', paths: [] });
    expect(next).toMatchObject({ photoBusy: false, message });
    expect(next.draft.photos).toEqual([]);
  });

  it('without privacy consent adds nothing and says filing works without photos', () => {
    const next = run(state(), { type: 'photosRequested' }, { type: 'photosDeclined' });
    expect(next.photoBusy).toBe(false);
    expect(next.message).toEqual({ text: '需要您同意隐私保护指引后才能添加照片。不加照片也可以提交。', tone: 'warning' });
  });

  it('removes one by position and clears the photo message', () => {
    const next = run(state({ draft: draft({ photos: ['a', 'b', 'c'] }), errors: { attachmentIds: '第2张照片：不是图片' } }), {
      type: 'photoRemoved',
      index: 1,
    });
    expect(next.draft.photos).toEqual(['a', 'c']);
    expect(next.errors).toEqual({});
  });
});

describe('location', () => {
  const here = { latitude: 39.9, longitude: 116.3 };

  it('is busy while locating, then keeps where she is', () => {
    const locating = run(state({ location: { coords: null, busy: false, message: '没有获取到位置。没关系，不提供位置也可以提交。' } }), { type: 'locating' });
    expect(locating.location).toEqual({ coords: null, busy: true, message: null });
    expect(run(locating, { type: 'located', coords: here }).location).toEqual({ coords: here, busy: false, message: null });
  });

  it('says filing works without it when there is no location, or no consent', () => {
    expect(run(state(), { type: 'locating' }, { type: 'located', coords: null }).location).toEqual({
      coords: null,
      busy: false,
      message: '没有获取到位置。没关系，不提供位置也可以提交。',
    });
    expect(run(state(), { type: 'locating' }, { type: 'locationDeclined' }).location).toEqual({
      coords: null,
      busy: false,
      message: '需要您同意隐私保护指引后才能获取位置。不提供位置也可以提交。',
    });
  });

  it('can be taken off again', () => {
    expect(run(state(), { type: 'located', coords: here }, { type: 'locationCleared' }).location).toEqual({ coords: null, busy: false, message: null });
  });
});

describe('starting over', () => {
  it('empties the restored draft for the same place, with a new key', () => {
    const restored = state({
      draft: draft({ key: 'oldkey123456', category: 'plumbing', content: '漏水', contactPhone: '138', locationText: '3单元', photos: ['blob:a'] }),
      restored: true,
      errors: { contactPhone: '电话号码格式不对' },
      message: { text: '上次选的1张照片需要重新添加。', tone: 'warning' },
    });
    const next = run(restored, { type: 'startedOver', key: 'newkey123456' });
    expect(next.draft).toEqual(draft({ key: 'newkey123456' }));
    expect(next).toMatchObject({ restored: false, errors: {}, message: null });
  });
});

describe('sending', () => {
  const ready = state({ draft: draft({ content: '楼道灯坏了', photos: ['blob:a', 'blob:b'] }) });

  it('shows what is wrong before anything is sent', () => {
    const next = run(ready, { type: 'submitInvalid', errors: { content: '请写一写遇到了什么问题' } });
    expect(next.errors).toEqual({ content: '请写一写遇到了什么问题' });
    expect(next.message).toEqual({ text: '还有内容没有填好，请看红字提示。', tone: 'error' });
    expect(next.progress).toBeNull();
  });

  it('says on the button what it is doing, photo by photo', () => {
    const started = run(state({ ...ready, errors: { content: '旧的' }, message: { text: '旧的', tone: 'error' } }), { type: 'submitStarted' });
    expect(started).toMatchObject({ errors: {}, message: null, progress: null });
    expect(run(started, { type: 'connecting' }).progress).toBe('正在连接…');
    expect(run(started, { type: 'uploadingPhoto', index: 1, total: 2 }).progress).toBe('正在上传照片（2/2）…');
    expect(run(started, { type: 'sending' }).progress).toBe('正在提交…');
    expect(run(started, { type: 'sending' }, { type: 'submitEnded' }).progress).toBeNull();
  });

  it('offline: keeps the draft and its key, so the next tap cannot file twice', () => {
    const failed = run(
      ready,
      { type: 'submitStarted' },
      { type: 'connecting' },
      { type: 'uploadingPhoto', index: 0, total: 2 },
      { type: 'submitFailed', error: networkDown, freshKey: 'unusedkey123' },
      { type: 'submitEnded' },
    );
    expect(failed.draft).toBe(ready.draft);
    expect(failed.errors).toEqual({});
    expect(failed.progress).toBeNull();
    expect(failed.message?.tone).toBe('error');
    expect(failed.message?.text).toMatch(/已保存在本机.*不会重复提交/);
    // The retry clears the old message and sends the same draft.
    const retry = run(failed, { type: 'submitStarted' }, { type: 'connecting' });
    expect(retry).toMatchObject({ message: null, progress: '正在连接…' });
    expect(retry.draft.key).toBe('dkey12345678');
  });

  it("shows the server's field messages beside the fields", () => {
    const refused = new ApiError(400, 'VALIDATION_FAILED', '请检查：联系电话格式不正确', [{ field: 'contactPhone', message: '联系电话格式不正确' }]);
    const next = run(ready, { type: 'submitStarted' }, { type: 'submitFailed', error: refused, freshKey: 'unusedkey123' });
    expect(next.errors).toEqual({ contactPhone: '联系电话格式不正确' });
    expect(next.message).toEqual({ text: '请检查：联系电话格式不正确。请按红字提示修改后再提交。', tone: 'error' });
  });

  it('words WeChat finds risky: the message beside her words, the draft as she wrote it', () => {
    const risky = new ApiError(400, 'CONTENT_RISKY', CONTENT_REFUSED_MESSAGE, [{ field: 'content', message: CONTENT_REFUSED_MESSAGE }]);
    const next = run(ready, { type: 'submitStarted' }, { type: 'submitFailed', error: risky, freshKey: 'unusedkey123' }, { type: 'submitEnded' });
    expect(next.errors).toEqual({ content: CONTENT_REFUSED_MESSAGE });
    expect(next.draft).toBe(ready.draft);
  });

  it('a photo the server refused is named beside the photos', () => {
    const refused = new ApiError(400, 'VALIDATION_FAILED', '请检查', [{ field: 'file', message: '照片不能超过10MB' }]);
    const next = run(ready, { type: 'submitFailed', error: photoUploadFailure(refused, 1), freshKey: 'unusedkey123' });
    expect(next.errors).toEqual({ attachmentIds: '第2张照片：照片不能超过10MB，请去掉这张再提交' });
    expect(next.message?.text).toBe('第2张照片没能上传：照片不能超过10MB。请按红字提示修改后再提交。');
  });

  it('an expired login asks her to tap again', () => {
    const expired = new ApiError(401, 'TOKEN_INVALID', '登录已过期，请重新登录');
    expect(run(ready, { type: 'submitFailed', error: expired, freshKey: 'unusedkey123' }).message?.text).toMatch(/^登录已过期，请再点一次「提交」。/);
  });

  it('takes a new key when the server has a different appeal under this one', () => {
    const reused = new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', '该提交编号已用于另一条诉求');
    const next = run(ready, { type: 'submitFailed', error: reused, freshKey: 'newkey123456' });
    expect(next.draft).toEqual({ ...ready.draft, key: 'newkey123456' });
    expect(next.message?.text).toMatch(/我的诉求/);
  });

  it('something that is not an API failure still keeps what she wrote', () => {
    expect(run(ready, { type: 'submitFailed', error: new Error('boom'), freshKey: 'k' }).message?.text).toMatch(/已保存在本机/);
  });

  it('once filed, the draft is no longer kept', () => {
    expect(run(ready, { type: 'submitStarted' }, { type: 'sending' }, { type: 'finished' })).toMatchObject({ finished: true, draft: ready.draft });
  });
});

describe('uploading photos', () => {
  it('names the photo the server refused, with its reason', () => {
    const refused = photoUploadFailure(new ApiError(400, 'UNSUPPORTED_FILE_TYPE', '只能上传图片'), 0) as ApiError;
    expect(refused).toMatchObject({ status: 400, code: 'UNSUPPORTED_FILE_TYPE', message: '第1张照片没能上传：只能上传图片' });
    expect(refused.fieldMessage('attachmentIds')).toBe('第1张照片：只能上传图片，请去掉这张再提交');
  });

  it('passes failures worth retrying, and what is not an API failure, through unchanged', () => {
    expect(photoUploadFailure(networkDown, 2)).toBe(networkDown);
    const other = new Error('boom');
    expect(photoUploadFailure(other, 0)).toBe(other);
  });
});

describe('"me too"', () => {
  it('is busy on the appeal she tapped and clears an earlier failure', () => {
    const earlier = state({ supportError: { id: 4, text: '请求过于频繁，请稍后再试', tone: 'warning', stale: false } });
    expect(run(earlier, { type: 'supportStarted', id: 5 })).toMatchObject({ supporting: 5, supportError: null });
  });

  it('shows why it failed under that appeal, and is no longer busy', () => {
    const gone = new ApiError(404, 'APPEAL_NOT_FOUND', '找不到该诉求');
    const next = run(state(), { type: 'supportStarted', id: 5 }, { type: 'supportFailed', id: 5, error: gone }, { type: 'supportEnded' });
    expect(next.supporting).toBeNull();
    expect(next.supportError).toMatchObject({ id: 5, tone: 'error', stale: true });
    expect(next.supportError?.text).toContain('直接提交');
  });

  it('too many taps is a warning in the server words', () => {
    const limited = new ApiError(429, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
    expect(run(state(), { type: 'supportFailed', id: 5, error: limited }).supportError).toEqual({
      id: 5,
      text: '请求过于频繁，请稍后再试',
      tone: 'warning',
      stale: false,
    });
  });

  it('once joined, the draft is no longer kept', () => {
    expect(run(state(), { type: 'supportStarted', id: 5 }, { type: 'finished' }, { type: 'supportEnded' })).toMatchObject({ finished: true, supporting: null });
  });
});
