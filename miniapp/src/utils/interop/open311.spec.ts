import { checkIssue, communitiesText } from '@/utils/interop/open311';

describe('issuing an Open311 key', () => {
  it('needs a name and at least one community; reads only unless asked', () => {
    expect(checkIssue({ name: ' ', communityIds: [], canWrite: false })).toEqual({
      ok: false,
      errors: { name: '请填写使用方名称，如 市城市管理平台', communityIds: '请至少选择一个社区' },
    });
    expect(checkIssue({ name: ' 市城市管理平台 ', communityIds: [3, 1], canWrite: true })).toEqual({
      ok: true,
      body: { name: '市城市管理平台', communityIds: [1, 3], canWrite: true },
    });
  });

  it('names the communities a key reads', () => {
    const names = new Map([
      [1, '万寿路社区'],
      [2, '翠微社区'],
    ]);
    expect(communitiesText([1], names)).toBe('万寿路社区');
    expect(communitiesText([1, 2], names)).toBe('全部社区');
  });
});
