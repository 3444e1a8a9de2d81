import { ROLES } from './enums';
import { noticePage } from './notice-pages';
import { hasPermission } from './permissions';

describe('the page a notice opens', () => {
  const application = { type: 'volunteerApplication' as const, id: 12 };

  it('opens a volunteer application in the hall for its applicant (a resident, a liaison)', () => {
    expect(noticePage(application, 'resident')).toBe('hall/volunteer/index?id=12');
    expect(noticePage(application, 'liaison')).toBe('hall/volunteer/index?id=12');
    // Not logged in yet (a WeChat message opened cold): she is the applicant.
    expect(noticePage(application, null)).toBe('hall/volunteer/index?id=12');
  });

  it('opens it on the staff page for those who review it, and nowhere for the others', () => {
    for (const role of ROLES) {
      const page = noticePage(application, role);
      if (hasPermission(role, 'volunteerApplication.apply')) continue;
      if (hasPermission(role, 'volunteerApplication.review')) expect(page).toBe('deliberation/volunteers/index?id=12');
      else expect(page).toBeNull();
    }
    expect(noticePage(application, 'communityStaff')).toBe('deliberation/volunteers/index?id=12');
    expect(noticePage(application, 'communitySecretary')).toBe('deliberation/volunteers/index?id=12');
    expect(noticePage(application, 'streetAdmin')).toBeNull();
  });

  it('opens nothing for a notice about nothing', () => {
    expect(noticePage(null, 'resident')).toBeNull();
  });
});
