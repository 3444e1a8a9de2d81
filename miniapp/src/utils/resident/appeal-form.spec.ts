import { ApiError } from '@/services/http';
import {
  addPhotos,
  buildCreateRequest,
  contentCounter,
  hasErrors,
  initialDraft,
  keepLivePhotos,
  removePhoto,
  serverFieldErrors,
  submitFailureText,
  validateDraft,
} from '@/utils/resident/appeal-form';
import type { AppealDraft } from '@/utils/draft';

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

describe('checking the form before sending', () => {
  it('needs a community and some text', () => {
    expect(validateDraft(draft({ communityId: null }))).toMatchObject({ communityId: '请选择您所在的社区', content: '请写一写遇到了什么问题' });
    expect(validateDraft(draft({ content: '   ' })).content).toBeDefined();
    expect(hasErrors(validateDraft(draft({ content: '楼道灯坏了' })))).toBe(false);
  });

  it('allows at most 2000 characters', () => {
    expect(validateDraft(draft({ content: '字'.repeat(2000) })).content).toBeUndefined();
    expect(validateDraft(draft({ content: '字'.repeat(2001) })).content).toBe('内容最多2000字，现在有2001字');
  });

  it('accepts no phone, a mobile or a landline, and refuses anything else', () => {
    const phone = (contactPhone: string) => validateDraft(draft({ content: 'x', contactPhone })).contactPhone;
    expect(phone('')).toBeUndefined();
    expect(phone('138 0013 8000')).toBeUndefined();
    expect(phone('010-88886666')).toBeUndefined();
    expect(phone('12345')).toMatch(/格式不对/);
  });

  it('counts characters for the counter', () => {
    expect(contentCounter('楼道灯坏了')).toEqual({ text: '5/2000', over: false });
    expect(contentCounter('a'.repeat(2001)).over).toBe(true);
  });
});

describe('photos', () => {
  it('adds up to nine without repeats and says how many did not fit', () => {
    const eight = Array.from({ length: 8 }, (_, i) => `p${i}`);
    expect(addPhotos(eight, ['p0', 'n1', 'n2', 'n2'])).toEqual({ photos: [...eight, 'n1'], dropped: 1 });
    expect(addPhotos([], ['a', 'b'])).toEqual({ photos: ['a', 'b'], dropped: 0 });
  });

  it('removes one by position', () => {
    expect(removePhoto(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('keeps only photos that still exist in a restored draft', () => {
    const live = new Set(['a']);
    expect(keepLivePhotos(draft({ photos: ['a', 'blob:old'] }), (p) => live.has(p))).toEqual({ draft: draft({ photos: ['a'] }), dropped: 1 });
    const same = draft({ photos: ['a'] });
    expect(keepLivePhotos(same, () => true).draft).toBe(same);
  });
});

describe('the request sent to the server', () => {
  it('files online and leaves out what she did not give', () => {
    expect(buildCreateRequest(draft({ content: ' 楼道灯坏了 ', buildingId: null }), [], null)).toEqual({
      channel: 'online',
      content: '楼道灯坏了',
      communityId: 1,
    });
  });

  it('includes category, building, place, phone, location and photos when given', () => {
    const body = buildCreateRequest(draft({ content: '漏水', category: 'plumbing', contactPhone: '138 0013 8000', locationText: '3单元 ' }), [7, 8], {
      latitude: 39.9,
      longitude: 116.3,
    });
    expect(body).toEqual({
      channel: 'online',
      content: '漏水',
      communityId: 1,
      buildingId: 3,
      category: 'plumbing',
      locationText: '3单元',
      contactPhone: '13800138000',
      latitude: 39.9,
      longitude: 116.3,
      attachmentIds: [7, 8],
    });
  });
});

describe('starting the form', () => {
  const fresh = draft({ key: 'freshkey1234', communityId: 2, buildingId: 9 });

  it('starts fresh when nothing was left unsent', () => {
    expect(initialDraft(null, fresh)).toEqual({ draft: fresh, restored: false });
    expect(initialDraft(draft({ key: 'oldkey123456' }), fresh)).toEqual({ draft: fresh, restored: false });
  });

  it('restores an unsent draft with its idempotency key', () => {
    const saved = draft({ key: 'oldkey123456', content: '电梯坏了' });
    const { draft: restored, restored: flag } = initialDraft(saved, fresh);
    expect(flag).toBe(true);
    expect(restored.key).toBe('oldkey123456');
    expect(restored.communityId).toBe(1);
  });

  it('gives a restored draft without a community the place she came from', () => {
    const saved = draft({ communityId: null, buildingId: null, content: '电梯坏了' });
    expect(initialDraft(saved, fresh).draft).toMatchObject({ communityId: 2, buildingId: 9, content: '电梯坏了' });
  });
});

describe('when sending fails', () => {
  it('shows the server messages beside their fields', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '请检查：内容不能为空', [
      { field: 'content', message: '内容不能为空' },
      { field: 'contactPhone', message: '联系电话格式不正确' },
      { field: 'file', message: '照片不能超过 10 MB' },
    ]);
    expect(serverFieldErrors(error)).toEqual({ content: '内容不能为空', contactPhone: '联系电话格式不正确', attachmentIds: '照片不能超过 10 MB' });
    expect(serverFieldErrors(new Error('x'))).toEqual({});
  });

  it('says in words that the draft is kept after a network failure', () => {
    expect(submitFailureText(new ApiError(0, 'NETWORK', '网络不给力'))).toMatch(/网络不给力.*已保存在本机.*不会重复提交/);
    expect(submitFailureText(new ApiError(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用'))).toMatch(/已保存在本机/);
  });

  it('points to 我的诉求 when the key was already used for another body', () => {
    expect(submitFailureText(new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', '该提交编号已用于另一条诉求'))).toMatch(/我的诉求/);
  });

  it('asks her to correct the fields on a validation error', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '请检查：内容不能为空', [{ field: 'content', message: '内容不能为空' }]);
    expect(submitFailureText(error)).toBe('请检查：内容不能为空。请按红字提示修改后再提交。');
  });
});
