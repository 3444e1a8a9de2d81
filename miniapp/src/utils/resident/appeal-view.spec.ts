import type { AttachmentInfo, TimelineEntry } from '@lingjuli/shared';
import {
  feedbackHeading,
  filingPhotos,
  photosOf,
  resolutions,
  timelinePhotos,
  photoUrls,
  progressDueText,
  progressNotes,
  publicTimeline,
  rateEffect,
  rateExplanation,
  ratingSummary,
  supportersText,
} from '@/utils/resident/appeal-view';

const entry = (id: number, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id,
  type: 'addNote',
  actor: { id: 1, name: '李丽华', role: 'communityStaff' },
  at: `2026-03-0${id}T02:00:00.000Z`,
  fromStatus: null,
  toStatus: null,
  note: `进展${id}`,
  visibility: 'public',
  data: null,
  ...over,
});

describe('what a resident sees of an appeal', () => {
  it('shows only public timeline entries, oldest first', () => {
    const entries = [entry(3), entry(1, { type: 'file' }), entry(2, { visibility: 'internal' })];
    expect(publicTimeline(entries).map((e) => e.id)).toEqual([1, 3]);
  });

  it('highlights public progress notes on complex appeals only, newest first', () => {
    const timeline = [entry(1), entry(2, { visibility: 'internal' }), entry(3), entry(4, { type: 'accept' })];
    expect(progressNotes({ tier: 'complex', timeline }).map((e) => e.id)).toEqual([3, 1]);
    expect(progressNotes({ tier: 'ordinary', timeline })).toEqual([]);
  });

  it('says when the next progress note is due', () => {
    const now = new Date('2026-03-02T00:00:00.000Z');
    expect(progressDueText({ tier: 'complex', progressDueAt: '2026-03-03T02:30:00.000Z' }, now)).toBe('下次进展最迟 3月3日 10:30 公开');
    expect(progressDueText({ tier: 'complex', progressDueAt: '2026-03-01T02:30:00.000Z' }, now)).toMatch(/已逾期/);
    expect(progressDueText({ tier: 'utility', progressDueAt: null }, now)).toBeNull();
  });

  it('describes feedback and ratings in words', () => {
    expect(feedbackHeading({ method: 'visit', by: { id: 1, name: '刘宏伟', role: 'liaison' }, at: '2026-03-02T02:30:00.000Z', final: true })).toBe(
      '办理结果（上门）· 刘宏伟 · 3月2日 10:30',
    );
    expect(ratingSummary({ solved: false, satisfaction: 'unsatisfied', at: '2026-03-02T02:30:00.000Z' })).toBe('未解决 · 不满意 · 3月2日 10:30');
  });

  it('explains what a rating does before and after she chooses', () => {
    expect(rateExplanation(0)).toMatch(/退回社区重新办理/);
    expect(rateExplanation(1)).toMatch(/社区书记复核/);
    expect(rateEffect({ solved: true, satisfaction: 'basicallySatisfied' }, 0)).toMatch(/办结/);
    expect(rateEffect({ solved: true, satisfaction: 'unsatisfied' }, 0)).toMatch(/重新办理/);
    expect(rateEffect({ solved: false, satisfaction: 'satisfied' }, 1)).toMatch(/社区书记复核/);
  });

  it('prefixes photo paths and counts neighbours who said me too', () => {
    expect(photoUrls([{ url: '/api/uploads/1/content?sig=x' }], (p) => `https://s${p}`)).toEqual(['https://s/api/uploads/1/content?sig=x']);
    expect(supportersText(0)).toBeNull();
    expect(supportersText(2)).toBe('共有2位邻居点了「我也遇到了」');
  });
});

describe('photos, each with the line it illustrates', () => {
  const photo = (id: number, eventId: number | null): AttachmentInfo => ({ id, url: `/p/${id}`, mimeType: 'image/png', size: 1, eventId });
  const timeline = [
    entry(1, { type: 'file' }),
    entry(2),
    entry(3, { type: 'resolve', note: '已更换水管' }),
    entry(4, { type: 'resolve', note: '第二次处置' }),
    entry(5, { type: 'resolve', visibility: 'internal' }),
  ];
  const detail = { tier: 'ordinary' as const, timeline, attachments: [photo(10, 1), photo(11, null), photo(12, 2), photo(13, 3), photo(14, 3), photo(15, 4)] };

  it('keeps hers with her words, and one on an unknown line too', () => {
    expect(filingPhotos(detail).map((p) => p.id)).toEqual([10, 11]);
    expect(filingPhotos({ ...detail, attachments: [photo(16, 99)] }).map((p) => p.id)).toEqual([16]);
  });

  it('shows each public resolution, newest first, with its photos (处置照片)', () => {
    expect(resolutions(detail).map((r) => [r.line.note, r.photos.map((p) => p.id)])).toEqual([
      ['第二次处置', [15]],
      ['已更换水管', [13, 14]],
    ]);
    expect(photosOf(detail, 2).map((p) => p.id)).toEqual([12]);
  });

  it("draws a note's photos in the timeline unless the progress card shows them", () => {
    expect(timelinePhotos(detail, timeline[1]).map((p) => p.id)).toEqual([12]);
    expect(timelinePhotos({ ...detail, tier: 'complex' }, timeline[1])).toEqual([]);
    expect(timelinePhotos(detail, timeline[2])).toEqual([]);
  });
});
