import { feedbackParties, ratingSource } from '@/utils/feedback';

const parks = { id: 7, name: '区园林绿化局' };
const water = { id: 8, name: '街道城市管理办公室' };

describe('feedback parties', () => {
  it('says nothing extra when the community fed back alone', () => {
    expect(feedbackParties({ departments: [], communityParty: null })).toBeNull();
  });

  it('names the departments that fed back with the community', () => {
    expect(feedbackParties({ departments: [parks], communityParty: null })).toBe('社区 与 区园林绿化局 一起反馈');
    expect(feedbackParties({ departments: [parks, water], communityParty: null })).toBe('社区 与 区园林绿化局、街道城市管理办公室 一起反馈');
  });

  it("names the community's person when a department recorded it", () => {
    const party = { id: 3, name: '王芳', role: 'communityStaff' as const };
    expect(feedbackParties({ departments: [parks], communityParty: party })).toBe('社区（王芳）与 区园林绿化局 一起反馈');
  });
});

describe('rating source', () => {
  it("marks the resident's own rating", () => {
    expect(ratingSource({ source: 'resident', recordedBy: null })).toBe('居民评价');
  });

  it('marks a callback with who recorded it', () => {
    expect(ratingSource({ source: 'callback', recordedBy: { id: 5, name: '李丽华', role: 'communityStaff' } })).toBe('电话回访 · 由 李丽华 记录');
    expect(ratingSource({ source: 'callback', recordedBy: null })).toBe('电话回访');
  });
});
