import type { CurrentUser } from '@lingjuli/shared';
import { gridSecretaryChoices, peopleForAssign } from '@/utils/staff/people';

const user = (id: number, role: CurrentUser['role'], over: Partial<CurrentUser> = {}): CurrentUser => ({
  id,
  role,
  displayName: `人${id}`,
  communityId: 1,
  gridId: null,
  departmentId: null,
  ...over,
});

describe('people to pick', () => {
  it('offers the community’s staff (secretary first) as handler and its liaisons for the visit', () => {
    const users = [
      user(1, 'communityStaff'),
      user(2, 'communitySecretary'),
      user(3, 'liaison'),
      user(4, 'communityStaff', { communityId: 2 }),
      user(5, 'gridSecretary', { communityId: null }),
    ];
    const people = peopleForAssign(users, 1, { handler: { id: 1, name: '人1', role: 'communityStaff' }, liaison: null });
    expect(people.handlers).toEqual([
      { id: 2, label: '人2（社区书记）', current: false },
      { id: 1, label: '人1（社区工作人员）', current: true },
    ]);
    expect(people.liaisons).toEqual([{ id: 3, label: '人3', current: false }]);
  });

  it('offers the grid secretaries of the appeal’s grid, or all listed when none matches', () => {
    const users = [
      user(5, 'gridSecretary', { gridId: 1, communityId: null }),
      user(6, 'gridSecretary', { gridId: 2, communityId: null }),
      user(7, 'communityStaff'),
    ];
    expect(gridSecretaryChoices(users, 2).map((c) => c.id)).toEqual([6]);
    expect(gridSecretaryChoices(users, 9).map((c) => c.id)).toEqual([5, 6]);
    expect(gridSecretaryChoices([], 1)).toEqual([]);
  });
});
