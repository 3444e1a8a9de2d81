const saved = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => saved.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => saved.set(key, value),
    removeStorageSync: (key: string) => saved.delete(key),
  },
}));

import { clearDraft, filingPhotos, loadDraft, saveDraft } from '@/state/appeal-draft';
import { emptyDraft } from '@/utils/draft';

describe('the appeal being filed', () => {
  beforeEach(() => clearDraft());

  it('keeps the draft in storage and knows its photos in memory', () => {
    const draft = { ...emptyDraft(1, 3), content: '楼道灯坏了', photos: ['blob:a'] };
    saveDraft(draft);
    filingPhotos.choose(['blob:a', 'blob:b']);
    filingPhotos.markUploaded('blob:a', 41);
    expect(loadDraft()).toMatchObject({ key: draft.key, content: '楼道灯坏了', photos: ['blob:a'] });
    expect([filingPhotos.isLive('blob:a'), filingPhotos.isLive('blob:old')]).toEqual([true, false]);
    expect([filingPhotos.uploadedId('blob:a'), filingPhotos.uploadedId('blob:b')]).toEqual([41, undefined]);
  });

  it('forgets the photos with the draft', () => {
    saveDraft({ ...emptyDraft(1, 3), content: '楼道灯坏了', photos: ['blob:a'] });
    filingPhotos.choose(['blob:a']);
    filingPhotos.markUploaded('blob:a', 41);
    clearDraft();
    expect(loadDraft()).toBeNull();
    expect(filingPhotos.isLive('blob:a')).toBe(false);
    expect(filingPhotos.uploadedId('blob:a')).toBeUndefined();
  });

  it('can forget the photos and keep the words (logging out)', () => {
    saveDraft({ ...emptyDraft(1, 3), content: '楼道灯坏了', photos: ['blob:a'] });
    filingPhotos.choose(['blob:a']);
    filingPhotos.clear();
    expect(loadDraft()?.content).toBe('楼道灯坏了');
    expect(filingPhotos.isLive('blob:a')).toBe(false);
  });
});
