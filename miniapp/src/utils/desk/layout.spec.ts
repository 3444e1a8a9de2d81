import { DESK_MIN_WIDTH, usesDesk } from '@/utils/desk/layout';

describe('the desk layout rule', () => {
  it('is the browser at a PC width, for the street, the command centre and the secretaries', () => {
    for (const role of ['streetAdmin', 'commandCenter', 'gridSecretary', 'communitySecretary'] as const) {
      expect(usesDesk({ platform: 'h5', width: 1440, role })).toBe(true);
      expect(usesDesk({ platform: 'h5', width: DESK_MIN_WIDTH, role })).toBe(true);
    }
  });

  it('keeps the phone layout below 1,024 px, in WeChat, for everyone else and before login', () => {
    expect(usesDesk({ platform: 'h5', width: DESK_MIN_WIDTH - 1, role: 'commandCenter' })).toBe(false);
    expect(usesDesk({ platform: 'h5', width: 390, role: 'commandCenter' })).toBe(false);
    expect(usesDesk({ platform: 'weapp', width: 1440, role: 'commandCenter' })).toBe(false);
    expect(usesDesk({ platform: 'h5', width: null, role: 'commandCenter' })).toBe(false);
    for (const role of ['communityStaff', 'departmentStaff', 'liaison', 'resident'] as const) {
      expect(usesDesk({ platform: 'h5', width: 1440, role })).toBe(false);
    }
    expect(usesDesk({ platform: 'h5', width: 1440, role: null })).toBe(false);
  });
});
