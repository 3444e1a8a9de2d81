import { NOTICE_SUBJECT_TYPES, ROLES } from '@lingjuli/shared';
import { PAGES, SUBPACKAGES } from '@/routes';
import { noticeLink, SUBJECT_LINK_LABELS } from '@/utils/notice-links';

describe('where a notice leads', () => {
  it('opens an appeal on the page of the role reading it', () => {
    const appeal = { type: 'appeal' as const, id: 7 };
    expect(noticeLink(appeal, 'resident')).toBe('/pages/appeal/index?id=7');
    expect(noticeLink(appeal, null)).toBe('/pages/appeal/index?id=7');
    expect(noticeLink(appeal, 'liaison')).toBe('/pages/appeal/index?id=7');
    expect(noticeLink(appeal, 'communityStaff')).toBe('/staff/appeal/index?id=7');
    expect(noticeLink(appeal, 'communitySecretary')).toBe('/staff/appeal/index?id=7');
    expect(noticeLink(appeal, 'gridSecretary')).toBe('/staff/appeal/index?id=7');
    expect(noticeLink(appeal, 'commandCenter')).toBe('/street/appeal/index?id=7');
    expect(noticeLink(appeal, 'departmentStaff')).toBe('/street/appeal/index?id=7');
  });

  it('opens the six powers’ records and a visit task', () => {
    expect(noticeLink({ type: 'whistle', id: 3 }, 'departmentStaff')).toBe('/powers/whistle/index?id=3');
    expect(noticeLink({ type: 'project', id: 4 }, 'communityStaff')).toBe('/powers/project/index?id=4');
    expect(noticeLink({ type: 'rewardRequest', id: 5 }, 'streetAdmin')).toBe('/powers/reward/index?id=5');
    expect(noticeLink({ type: 'visitTask', id: 6 }, 'liaison')).toBe('/liaison/building-visit/index?id=6');
    expect(noticeLink({ type: 'staffAccount', id: 9 }, 'streetAdmin')).toBe('/staff/accounts/index?id=9');
    expect(noticeLink({ type: 'staffAccount', id: 9 }, 'communitySecretary')).toBe('/staff/accounts/index?id=9');
  });

  it('opens a volunteer application for its applicant in the hall, for its reviewers on the staff page', () => {
    const application = { type: 'volunteerApplication' as const, id: 8 };
    expect(noticeLink(application, 'resident')).toBe('/hall/volunteer/index?id=8');
    expect(noticeLink(application, 'liaison')).toBe('/hall/volunteer/index?id=8');
    expect(noticeLink(application, 'communityStaff')).toBe('/deliberation/volunteers/index?id=8');
    expect(noticeLink(application, 'communitySecretary')).toBe('/deliberation/volunteers/index?id=8');
    expect(noticeLink(application, 'commandCenter')).toBeNull();
  });

  it('gives no link where the reader has no page for it, or the message says nothing of what it is about', () => {
    expect(noticeLink({ type: 'visitTask', id: 6 }, 'communityStaff')).toBeNull();
    expect(noticeLink({ type: 'staffAccount', id: 9 }, 'communityStaff')).toBeNull();
    expect(noticeLink(null, 'communityStaff')).toBeNull();
  });

  it('has words for every kind of link, and for every role a page of the app or a deliberate null', () => {
    const pages = new Set<string>([...Object.values(PAGES), ...Object.values(SUBPACKAGES).flatMap(({ root, pages }) => pages.map((p) => `${root}/${p}`))]);
    for (const type of NOTICE_SUBJECT_TYPES) {
      expect(SUBJECT_LINK_LABELS[type]).toMatch(/^\S+$/);
      for (const role of ROLES) {
        const link = noticeLink({ type, id: 1 }, role);
        if (link !== null) expect(pages).toContain(link.slice(1).split('?')[0]);
      }
    }
  });
});
