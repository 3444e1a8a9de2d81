import type { Role } from '@lingjuli/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { Grid } from '../organisation/grid.entity';
import { User } from '../users/user.entity';

export const TEST_PASSWORD = 'test-password-1';

/** A small street: grid 1 holds communities A and B, grid 2 holds C. */
export interface Fixtures {
  grids: { g1: Grid; g2: Grid };
  communities: { a: Community; b: Community; c: Community };
  buildings: { a1: Building; a2: Building; b1: Building; c1: Building };
  departments: { cityManagement: Department; parks: Department; safety: Department };
  users: Record<FixtureUser, User>;
}

export type FixtureUser =
  | 'residentA'
  | 'residentA2'
  | 'residentB'
  | 'liaisonA'
  | 'staffA'
  | 'staffA2'
  | 'secretaryA'
  | 'staffB'
  | 'secretaryB'
  | 'staffC'
  | 'gridSecretary1'
  | 'gridSecretary2'
  | 'commandCenter'
  | 'deptCityManagement'
  | 'deptParks'
  | 'streetAdmin';

/** Who stands for each role in the tests that try every role: one user of community A (or its grid, the city office). */
export const REPRESENTATIVE: Record<Role, FixtureUser> = {
  resident: 'residentA',
  liaison: 'liaisonA',
  communityStaff: 'staffA',
  communitySecretary: 'secretaryA',
  gridSecretary: 'gridSecretary1',
  commandCenter: 'commandCenter',
  departmentStaff: 'deptCityManagement',
  streetAdmin: 'streetAdmin',
};

let passwordHash: Promise<string> | undefined;

export async function createFixtures(dataSource: DataSource, now: Date): Promise<Fixtures> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const m = dataSource.manager;

  const [g1, g2] = await m.save(Grid, [{ name: '第一网格' }, { name: '第二网格' }]);
  const community = (code: string, name: string, grid: Grid) =>
    m.save(Community, {
      code,
      name,
      gridId: grid.id,
      isSample: true,
      windowAddress: `${name}居委会一层`,
      windowHours: '周一至周五 8:30-17:30',
      hotline: '010-68210000',
      cardStaff: [{ name: '王书记', title: '社区党委书记', phone: '13800000000' }],
    });
  const a = await community('TA', '测试甲社区', g1);
  const b = await community('TB', '测试乙社区', g1);
  const c = await community('TC', '测试丙社区', g2);
  const building = (code: string, name: string, cm: Community) => m.save(Building, { code, name, communityId: cm.id });
  const buildings = {
    a1: await building('TA-1', '甲1号楼', a),
    a2: await building('TA-2', '甲2号楼', a),
    b1: await building('TB-1', '乙1号楼', b),
    c1: await building('TC-1', '丙1号楼', c),
  };
  const [cityManagement, parks, safety] = await m.save(Department, [
    { name: '城市管理办公室', kind: 'office' },
    { name: '区园林绿化局', kind: 'memberUnit' },
    { name: '平安建设办公室', kind: 'office' },
  ]);

  const user = (username: string, role: Role, scope: Partial<Pick<User, 'communityId' | 'gridId' | 'departmentId'>> = {}) =>
    m.save(User, {
      role,
      displayName: username,
      username: role === 'resident' ? null : username,
      passwordHash: role === 'resident' ? null : hash,
      wechatOpenId: role === 'resident' || role === 'liaison' ? `openid-${username}` : null,
      communityId: scope.communityId ?? null,
      gridId: scope.gridId ?? null,
      departmentId: scope.departmentId ?? null,
      active: true,
      createdAt: now,
    });
  const users: Record<FixtureUser, User> = {
    residentA: await user('residentA', 'resident', { communityId: a.id }),
    residentA2: await user('residentA2', 'resident', { communityId: a.id }),
    residentB: await user('residentB', 'resident', { communityId: b.id }),
    liaisonA: await user('liaisonA', 'liaison', { communityId: a.id }),
    staffA: await user('staffA', 'communityStaff', { communityId: a.id }),
    staffA2: await user('staffA2', 'communityStaff', { communityId: a.id }),
    secretaryA: await user('secretaryA', 'communitySecretary', { communityId: a.id }),
    staffB: await user('staffB', 'communityStaff', { communityId: b.id }),
    secretaryB: await user('secretaryB', 'communitySecretary', { communityId: b.id }),
    staffC: await user('staffC', 'communityStaff', { communityId: c.id }),
    gridSecretary1: await user('gridSecretary1', 'gridSecretary', { gridId: g1.id }),
    gridSecretary2: await user('gridSecretary2', 'gridSecretary', { gridId: g2.id }),
    commandCenter: await user('commandCenter', 'commandCenter'),
    deptCityManagement: await user('deptCityManagement', 'departmentStaff', { departmentId: cityManagement.id }),
    deptParks: await user('deptParks', 'departmentStaff', { departmentId: parks.id }),
    streetAdmin: await user('streetAdmin', 'streetAdmin'),
  };
  return { grids: { g1, g2 }, communities: { a, b, c }, buildings, departments: { cityManagement, parks, safety }, users };
}
