import { addPhotos, checkReport, emptyReport, likelyPromise, toReportRequest } from '@/utils/liaison/report';

describe("a liaison's report from her round", () => {
  it('keeps up to nine photos, in order, without repeats', () => {
    const some = addPhotos([], ['a', 'b', 'a']);
    expect(some).toEqual([{ path: 'a' }, { path: 'b' }]);
    const many = addPhotos(some, ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    expect(many.map((p) => p.path)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('says what the deadline will likely be, from the text and the category', () => {
    expect(likelyPromise('', null)).toBeNull();
    expect(likelyPromise('楼道里闻到煤气味', null)).toEqual({ tier: 'emergency', promise: '紧急：30分钟内处置' });
    expect(likelyPromise('', 'water')?.promise).toBe('水电气热：24小时内反馈');
    expect(likelyPromise('东门垃圾堆放', 'sanitation')?.tier).toBe('ordinary');
  });

  it('needs a description', () => {
    expect(checkReport(emptyReport('k1234567'))).toEqual({ ok: false, field: 'content', message: '请说一说发现了什么问题' });
    expect(checkReport({ ...emptyReport('k1234567'), content: '井盖破损' })).toEqual({ ok: true });
    expect(checkReport({ ...emptyReport('k1234567'), content: '井盖破损', locationText: '位'.repeat(201) }).ok).toBe(false);
  });

  it('files it as a proactive liaison report, with only what was given', () => {
    expect(toReportRequest({ ...emptyReport('k1234567'), content: ' 井盖破损 ' }, 1)).toEqual({
      channel: 'liaison',
      proactive: true,
      communityId: 1,
      content: '井盖破损',
    });
    const full = {
      ...emptyReport('k1234567'),
      content: '3号楼东侧井盖破损',
      category: 'other' as const,
      buildingId: 3,
      locationText: ' 东侧路口 ',
      latitude: 39.9,
      longitude: 116.3,
      photos: [
        { path: 'a', attachmentId: 11 },
        { path: 'b', attachmentId: 12 },
      ],
    };
    expect(toReportRequest(full, 1)).toEqual({
      channel: 'liaison',
      proactive: true,
      communityId: 1,
      content: '3号楼东侧井盖破损',
      category: 'other',
      buildingId: 3,
      locationText: '东侧路口',
      latitude: 39.9,
      longitude: 116.3,
      attachmentIds: [11, 12],
    });
  });
});
