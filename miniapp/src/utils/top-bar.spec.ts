import { homeUrlFor, showsTopBar } from '@/utils/top-bar';

describe("the browser's top bar", () => {
  it("leads 首页 to a resident's community page and to each role's first page of work", () => {
    expect(homeUrlFor(null)).toBe('/pages/home/index');
    expect(homeUrlFor('resident')).toBe('/pages/home/index');
    expect(homeUrlFor('communityStaff')).toBe('/staff/queue/index');
    expect(homeUrlFor('liaison')).toBe('/liaison/tasks/index');
    expect(homeUrlFor('departmentStaff')).toBe('/street/department/index');
  });

  it('shows on the filing and appeal pages, with or without a query', () => {
    expect(showsTopBar('/pages/file/index?communityId=1', null)).toBe(true);
    expect(showsTopBar('pages/appeal/index?id=7', 'resident')).toBe(true);
    expect(showsTopBar('/staff/appeal/index?id=7', 'communityStaff')).toBe(true);
  });

  it("hides on the role's home and on the tab pages, which have the tab bar", () => {
    expect(showsTopBar('/pages/home/index', null)).toBe(false);
    expect(showsTopBar('/pages/mine/index', 'resident')).toBe(false);
    expect(showsTopBar('/pages/home/index', 'communityStaff')).toBe(false);
    expect(showsTopBar('/staff/queue/index', 'communityStaff')).toBe(false);
    expect(showsTopBar('/liaison/tasks/index', 'liaison')).toBe(false);
    // Someone else's home is just a page to her.
    expect(showsTopBar('/staff/queue/index', 'liaison')).toBe(true);
  });
});
