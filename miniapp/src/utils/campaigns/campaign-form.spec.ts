import {
  calendarDay,
  campaignBody,
  campaignFormFields,
  draftPeople,
  emptyCampaignDraft,
  firstListError,
  setUnitPeople,
  toggleUnit,
  wholeNumber,
  type CampaignDraft,
} from '@/utils/campaigns/campaign-form';

const NOW = new Date('2026-03-10T02:00:00Z');

const filled = (): CampaignDraft => ({
  ...emptyCampaignDraft(NOW),
  title: ' 地锁专项整治 ',
  description: '清理小区内私装地锁，恢复公共车位和消防通道。',
  siteKind: '私装地锁',
});

describe('a campaign as the street writes it', () => {
  it('starts with the whole street, from today for a month', () => {
    expect(emptyCampaignDraft(NOW)).toMatchObject({ allCommunities: true, communityIds: [], units: [], startDate: '2026-03-10', endDate: '2026-04-09' });
  });

  it('sends the whole street without communities, trimmed, with padded days', () => {
    const body = campaignBody({ ...filled(), startDate: '2026-3-10', endDate: '2026-4-30' });
    expect(body).toEqual({
      ok: true,
      body: {
        title: '地锁专项整治',
        description: '清理小区内私装地锁，恢复公共车位和消防通道。',
        siteKind: '私装地锁',
        allCommunities: true,
        units: [],
        startDate: '2026-03-10',
        endDate: '2026-04-30',
      },
    });
  });

  it('sends the chosen communities and the units with their people', () => {
    let d: CampaignDraft = { ...filled(), allCommunities: false, communityIds: [1, 2] };
    d = toggleUnit(toggleUnit(d, 7), 9);
    d = setUnitPeople(setUnitPeople(d, 7, ' 120 '), 9, '80');
    expect(draftPeople(d)).toBe(200);
    const body = campaignBody(d);
    expect(body.ok && body.body).toMatchObject({
      allCommunities: false,
      communityIds: [1, 2],
      units: [
        { departmentId: 7, people: 120 },
        { departmentId: 9, people: 80 },
      ],
    });
    // Tapped again: out.
    expect(toggleUnit(d, 7).units.map((u) => u.departmentId)).toEqual([9]);
  });

  it('says what is wrong on the server’s field names', () => {
    let d: CampaignDraft = { ...emptyCampaignDraft(NOW), allCommunities: false, startDate: '2026-04-01', endDate: '2026-03-31' };
    d = setUnitPeople(toggleUnit(toggleUnit(d, 7), 9), 9, '1.5');
    const body = campaignBody(d, (id) => (id === 7 ? '城市管理办公室' : '区园林绿化局'));
    expect(body.ok).toBe(false);
    if (body.ok) return;
    expect(body.errors).toEqual({
      title: '请填写标题',
      description: '请填写整治内容',
      siteKind: '请填写整治对象',
      communityIds: '请选择参与的社区，或选择“全街道”',
      'units.0.people': '请填写城市管理办公室派出的人数（1到9999之间的整数）',
      'units.1.people': '请填写区园林绿化局派出的人数（1到9999之间的整数）',
      endDate: '结束日期不能早于开始日期',
    });
    const days = campaignBody({ ...filled(), startDate: '2026-02-30', endDate: '' });
    expect(!days.ok && days.errors).toEqual({ startDate: '请填写开始日期，如 2026-03-10', endDate: '请填写结束日期，如 2026-04-30' });
    expect(campaignBody({ ...filled(), siteKind: '私'.repeat(31) })).toMatchObject({ ok: false, errors: { siteKind: '整治对象不能超过30个字' } });
  });

  it('knows a number of people and a day when it sees one', () => {
    expect(wholeNumber(' 300 ', 1, 9999)).toBe(300);
    expect(wholeNumber('0', 1, 9999)).toBeNull();
    expect(wholeNumber('10000', 1, 9999)).toBeNull();
    expect(wholeNumber('3人', 1, 9999)).toBeNull();
    expect(calendarDay('2026-3-9')).toBe('2026-03-09');
    expect(calendarDay('2026-02-30')).toBeNull();
  });

  it('lists every field a server message may name, and finds the first on a list', () => {
    const d = { communityIds: [4, 5], units: [{ departmentId: 7, people: '3' }] };
    const fields = campaignFormFields(d);
    expect(fields).toEqual(expect.arrayContaining(['communityIds.1', 'units.0.departmentId', 'units.0.people', 'endDate']));
    const errors: Record<string, string> = { 'communityIds.1': '社区不存在' };
    expect(firstListError((f) => errors[f], 'communityIds', 2)).toBe('社区不存在');
    expect(firstListError((f) => errors[f], 'units', 1)).toBeUndefined();
  });
});
