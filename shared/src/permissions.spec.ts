import { CHANNELS, ROLES, type Channel, type Role } from './enums';
import { FILING_CHANNELS, PERMISSIONS, hasPermission, type Permission } from './permissions';

const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

describe('hasPermission', () => {
  it.each([
    ['resident', 'appeal.file', true],
    ['resident', 'appeal.read', true],
    ['resident', 'upload.create', true],
    ['resident', 'dispatchOrder.list', false],
    ['resident', 'card.edit', false],
    ['resident', 'org.manage', false],
    ['resident', 'user.manage', false],
    ['liaison', 'appeal.file', true],
    ['liaison', 'card.edit', false],
    ['communityStaff', 'appeal.file', true],
    ['communityStaff', 'card.edit', false],
    ['communitySecretary', 'card.edit', true],
    ['communitySecretary', 'dispatchOrder.list', false],
    ['gridSecretary', 'appeal.file', false],
    ['gridSecretary', 'upload.create', true],
    ['commandCenter', 'dispatchOrder.list', true],
    ['commandCenter', 'appeal.file', true],
    ['commandCenter', 'user.manage', false],
    ['departmentStaff', 'upload.create', true],
    ['departmentStaff', 'appeal.file', false],
    ['departmentStaff', 'dispatchOrder.list', false],
    ['streetAdmin', 'org.manage', true],
    ['streetAdmin', 'user.manage', true],
    ['streetAdmin', 'card.edit', true],
    ['streetAdmin', 'dispatchOrder.list', true],
    ['streetAdmin', 'appeal.file', false],
  ] as [Role, Permission, boolean][])('%s / %s → %s', (role, permission, expected) => {
    expect(hasPermission(role, permission)).toBe(expected);
  });

  it.each(ROLES)('%s may read appeals (scope limits which)', (role) => {
    expect(hasPermission(role, 'appeal.read')).toBe(true);
  });

  it('org.manage and user.manage belong to the street admin alone', () => {
    for (const p of ['org.manage', 'user.manage'] as const) expect(ROLES.filter((r) => hasPermission(r, p))).toEqual(['streetAdmin']);
  });

  it('agrees with PERMISSIONS for every role × permission', () => {
    for (const p of PERMISSION_NAMES) for (const role of ROLES) expect(hasPermission(role, p)).toBe((PERMISSIONS[p] as readonly Role[]).includes(role));
  });

  it.each(PERMISSION_NAMES)('%s lists only known roles, each once, and at least one', (p) => {
    const roles = PERMISSIONS[p] as readonly Role[];
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(roles).size).toBe(roles.length);
    for (const r of roles) expect(ROLES).toContain(r);
  });
});

describe('FILING_CHANNELS', () => {
  it.each([
    ['resident', ['online']],
    ['liaison', ['liaison']],
    ['communityStaff', ['window', 'hotline', 'online', 'city12345']],
    ['communitySecretary', ['window', 'hotline', 'online', 'city12345']],
    ['commandCenter', ['city12345']],
  ] as [Role, Channel[]][])('%s files through %j', (role, channels) => {
    expect(FILING_CHANNELS[role]).toEqual(channels);
  });

  it('exactly the roles that may file have channels', () => {
    const withChannels = ROLES.filter((r) => (FILING_CHANNELS[r]?.length ?? 0) > 0);
    expect(withChannels).toEqual(ROLES.filter((r) => hasPermission(r, 'appeal.file')));
  });

  it('lists only known channels, without duplicates', () => {
    for (const channels of Object.values(FILING_CHANNELS)) {
      expect(new Set(channels).size).toBe(channels.length);
      for (const c of channels) expect(CHANNELS).toContain(c);
    }
  });

  it('every channel can be recorded by someone, but Open311, which its clients file through their own API', () => {
    const used = new Set(Object.values(FILING_CHANNELS).flat());
    expect([...used].sort()).toEqual(CHANNELS.filter((c) => c !== 'open311').sort());
  });

  it('staff file on a caller’s behalf through the window and the hotline; residents never do', () => {
    for (const c of ['window', 'hotline'] as const) {
      expect(FILING_CHANNELS.communityStaff).toContain(c);
      expect(FILING_CHANNELS.resident).not.toContain(c);
    }
  });
});
