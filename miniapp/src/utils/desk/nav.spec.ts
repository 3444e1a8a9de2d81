import { PAGES, SUBPACKAGES } from '@/routes';
import { DESK_NAV, deskEntryOf, deskNavFor, pagePath } from '@/utils/desk/nav';

const keys = (role: Parameters<typeof deskNavFor>[0]) => deskNavFor(role).map((e) => e.key);

describe('the desk navigation', () => {
  it("shows the command centre its orders, the street's appeals, the powers it uses, the 12345 batches and its messages", () => {
    const measures = ['overview', 'measures', 'hot-spots'];
    expect(keys('commandCenter')).toEqual([
      'orders',
      'in-progress',
      'powers',
      'whistles',
      'projects',
      'ranking',
      'management',
      'meetings',
      'polls',
      'surveys',
      'volunteers',
      'campaigns',
      ...measures,
      'work-orders',
      'inbox',
    ]);
    expect(keys('streetAdmin')).toEqual([
      'orders',
      'in-progress',
      'powers',
      'whistles',
      'projects',
      'ranking',
      'management',
      'liaisons',
      'rewards',
      'meetings',
      'polls',
      'surveys',
      'volunteers',
      'campaigns',
      ...measures,
      'measure-settings',
      'work-orders',
      'open311',
      'inbox',
    ]);
  });

  it('shows the secretaries their queue, not the street’s lists', () => {
    expect(keys('communitySecretary')).toEqual([
      'queue',
      'powers',
      'whistles',
      'projects',
      'evaluation',
      'management',
      'liaisons',
      'rewards',
      'meetings',
      'polls',
      'households',
      'surveys',
      'volunteers',
      'campaigns',
      'measures',
      'hot-spots',
      'inbox',
    ]);
    expect(keys('gridSecretary')).toEqual([
      'queue',
      'powers',
      'whistles',
      'projects',
      'management',
      'liaisons',
      'meetings',
      'polls',
      'surveys',
      'volunteers',
      'campaigns',
      'overview',
      'measures',
      'hot-spots',
      'inbox',
    ]);
  });

  it('leaves out an indented entry whose parent the role does not see', () => {
    const entries = [
      { key: 'a', label: 'A', url: '/a', pages: ['a'], who: ['streetAdmin'] as const },
      { key: 'b', label: 'B', url: '/b', pages: ['b'], who: ['streetAdmin', 'commandCenter'] as const, under: 'a' },
    ];
    expect(deskNavFor('commandCenter', entries)).toEqual([]);
    expect(deskNavFor('streetAdmin', entries).map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('names the entry a page belongs to, a detail page under its list', () => {
    expect(deskEntryOf('/street/orders/index')?.key).toBe('orders');
    expect(deskEntryOf('/street/dispatch/index?id=12')?.key).toBe('orders');
    expect(deskEntryOf('street/appeal/index')?.key).toBe('in-progress');
    expect(deskEntryOf('/pages/inbox/index')?.key).toBe('inbox');
    expect(deskEntryOf('/measures/queue/index?communityId=4')?.key).toBe('overview');
    expect(deskEntryOf('/pages/home/index')).toBeNull();
    expect(pagePath('/powers/whistle/index?id=3')).toBe('powers/whistle/index');
  });

  it('lists only pages the app has, each under one entry, with unique keys', () => {
    const known = new Set<string>([...Object.values(PAGES), ...Object.values(SUBPACKAGES).flatMap(({ root, pages }) => pages.map((p) => `${root}/${p}`))]);
    const listed = DESK_NAV.flatMap((e) => e.pages);
    expect(listed.filter((p) => !known.has(p))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(DESK_NAV.map((e) => e.key)).size).toBe(DESK_NAV.length);
    for (const e of DESK_NAV) expect(pagePath(e.url)).toBe(e.pages[0]);
  });
});
