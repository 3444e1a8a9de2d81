import type { DepartmentKind, Role, StaffContact } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { Grid } from '../organisation/grid.entity';
import { User } from '../users/user.entity';
import { Random } from './random';

/**
 * The sample street: 27 placeholder communities (clearly named 示例社区NN and flagged `isSample`),
 * grids, buildings, the subdistrict's departments and units, and staff for every role.
 * A deployment replaces it with the real list; nothing here describes real people or places.
 */

/** The one password of every sample staff account (development only; printed by `npm start`). */
export const SAMPLE_PASSWORD = 'lingjuli-sample';

export const SAMPLE_COMMUNITY_COUNT = 27;

/** Grid sizes (communities per grid), 27 in all. */
const GRID_SIZES = [5, 5, 5, 4, 4, 4] as const;
const GRID_NAMES = ['第一网格', '第二网格', '第三网格', '第四网格', '第五网格', '第六网格'] as const;

export type DepartmentKey =
  | 'cityManagement'
  | 'safety'
  | 'communityBuilding'
  | 'welfare'
  | 'partyMass'
  | 'enforcement'
  | 'parksBureau'
  | 'civilAffairs'
  | 'greening'
  | 'water'
  | 'power'
  | 'gas'
  | 'heating'
  | 'police'
  | 'property'
  | 'mediation';

interface DepartmentRow {
  key: DepartmentKey;
  name: string;
  kind: DepartmentKind;
  /** The department's staff login is `dept-<short>`. */
  short: string;
}

/**
 * 街道科室 (offices), 地区党建协调委员会 member units, and third parties. The command sub-centre
 * (街道指挥分中心) dispatches to these; it is not one of them.
 */
export const SAMPLE_DEPARTMENTS: readonly DepartmentRow[] = [
  { key: 'cityManagement', name: '城市管理办公室', kind: 'office', short: 'city' },
  { key: 'safety', name: '平安建设办公室（安生办）', kind: 'office', short: 'safety' },
  { key: 'communityBuilding', name: '社区建设办公室（社区建设科）', kind: 'office', short: 'community' },
  { key: 'welfare', name: '民生保障办公室', kind: 'office', short: 'welfare' },
  { key: 'partyMass', name: '党群工作办公室', kind: 'office', short: 'party' },
  { key: 'enforcement', name: '综合行政执法队', kind: 'office', short: 'enforcement' },
  { key: 'parksBureau', name: '区园林绿化局', kind: 'memberUnit', short: 'parks' },
  { key: 'civilAffairs', name: '区民政局', kind: 'memberUnit', short: 'civil' },
  { key: 'greening', name: '园林绿化队', kind: 'memberUnit', short: 'greening' },
  { key: 'water', name: '自来水公司', kind: 'memberUnit', short: 'water' },
  { key: 'power', name: '供电公司', kind: 'memberUnit', short: 'power' },
  { key: 'gas', name: '燃气公司', kind: 'memberUnit', short: 'gas' },
  { key: 'heating', name: '热力公司', kind: 'memberUnit', short: 'heating' },
  { key: 'police', name: '万寿路派出所', kind: 'memberUnit', short: 'police' },
  { key: 'property', name: '物业服务公司', kind: 'thirdParty', short: 'property' },
  { key: 'mediation', name: '第三方调解机构', kind: 'thirdParty', short: 'mediation' },
];

// ---- names: a fixed table, so the same person always gets the same name ----

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧'.split('');
const GIVEN_NAMES = [
  '淑芬',
  '建国',
  '秀英',
  '志强',
  '桂兰',
  '海燕',
  '国庆',
  '丽华',
  '文杰',
  '玉梅',
  '立新',
  '晓红',
  '振华',
  '春梅',
  '德明',
  '雅琴',
  '建华',
  '素云',
  '永刚',
  '慧敏',
  '红霞',
  '宏伟',
  '秀兰',
  '卫东',
  '凤英',
  '明辉',
  '丽娟',
  '长青',
  '金凤',
  '子涵',
  '欣怡',
  '浩然',
  '思远',
  '梓萱',
  '宇航',
  '静怡',
  '雨桐',
  '俊杰',
  '佳琪',
  '一鸣',
];

/** The i-th sample name; distinct for i < 30 × 40. */
function sampleName(i: number): string {
  const s = i % SURNAMES.length;
  const q = Math.floor(i / SURNAMES.length);
  return `${SURNAMES[s]}${GIVEN_NAMES[(q + 7 * s) % GIVEN_NAMES.length]}`;
}

/** Person numbers: each staff slot has its own, so names never collide. */
const PERSON = {
  secretary: (c: number) => c * 5,
  staff: (c: number, k: number) => c * 5 + k, // k = 1, 2
  liaison: (c: number, k: number) => c * 5 + 2 + k, // k = 1, 2
  grid: (g: number) => 200 + g,
  command: (k: number) => 220 + k,
  department: (d: number) => 230 + d,
  admin: () => 260,
};

// ---- codes and usernames ----

const pad2 = (n: number) => String(n).padStart(2, '0');
export const communityCode = (c: number) => `C${pad2(c + 1)}`;
export const communityName = (c: number) => `示例社区${pad2(c + 1)}`;
const lower = (c: number) => communityCode(c).toLowerCase();
const usernames = {
  secretary: (c: number) => `secretary-${lower(c)}`,
  staff: (c: number, k: number) => `staff-${lower(c)}-${k}`,
  liaison: (c: number, k: number) => `liaison-${lower(c)}-${k}`,
  grid: (g: number) => `grid-${g + 1}`,
  command: (k: number) => `command-${k}`,
  department: (short: string) => `dept-${short}`,
  admin: () => 'admin',
};

const hotline = (c: number) => `010-6821${3101 + c}`;
const cardPhone = (c: number, k: number) => `010-6821${6000 + c * 10 + k}`;

// ---- what the seed returns, for the appeal generator ----

export interface SampleCommunity {
  index: number;
  community: Community;
  grid: Grid;
  gridSecretary: User;
  buildings: Building[];
  secretary: User;
  staff: User[];
  liaisons: User[];
  /** Filled by the appeal generator's resident step. */
  residents: User[];
}

export interface SampleOrganisation {
  grids: Grid[];
  communities: SampleCommunity[];
  departments: Record<DepartmentKey, Department>;
  departmentStaff: Record<DepartmentKey, User>;
  commandCenter: User[];
  admin: User;
}

interface UserSeed {
  role: Role;
  username: string;
  displayName: string;
  title: string;
  communityId?: number;
  gridId?: number;
  departmentId?: number;
  /** WeChat users (liaisons) get a dev openid and no password. */
  wechatOpenId?: string;
}

/**
 * Writes the sample organisation in one transaction. `passwordHash` is the hash of SAMPLE_PASSWORD,
 * computed once by the caller (scrypt is deliberately slow).
 */
export async function createSampleOrganisation(
  em: EntityManager,
  options: { passwordHash: string; createdAt: Date; seed?: number },
): Promise<SampleOrganisation> {
  const rng = new Random(options.seed ?? 1963);
  const saveUsers = (rows: UserSeed[]) =>
    em.save(
      User,
      rows.map((u) =>
        em.create(User, {
          role: u.role,
          username: u.username,
          displayName: u.displayName,
          title: u.title,
          passwordHash: u.wechatOpenId ? null : options.passwordHash,
          wechatOpenId: u.wechatOpenId ?? null,
          communityId: u.communityId ?? null,
          gridId: u.gridId ?? null,
          departmentId: u.departmentId ?? null,
          active: true,
          createdAt: options.createdAt,
        }),
      ),
      { chunk: 100 },
    );

  const grids = await em.save(
    Grid,
    GRID_NAMES.map((name) => em.create(Grid, { name })),
  );
  const gridOf = communityGrids();
  const communities = await em.save(
    Community,
    Array.from({ length: SAMPLE_COMMUNITY_COUNT }, (_, c) => em.create(Community, communityRow(c, grids[gridOf[c]].id))),
  );

  const buildings = await em.save(
    Building,
    communities.flatMap((community, c) => buildingRows(c, community.id, rng.int(3, 6))),
    { chunk: 100 },
  );

  const gridSecretaries = await saveUsers(
    grids.map((grid, g) => ({
      role: 'gridSecretary',
      username: usernames.grid(g),
      displayName: sampleName(PERSON.grid(g)),
      title: '网格书记（管片领导）',
      gridId: grid.id,
    })),
  );
  const communityUsers = await saveUsers(communities.flatMap((community, c) => communityStaffRows(c, community.id)));

  const departments = await em.save(
    Department,
    SAMPLE_DEPARTMENTS.map((d) => em.create(Department, { name: d.name, kind: d.kind, active: true })),
  );
  const departmentUsers = await saveUsers(
    SAMPLE_DEPARTMENTS.map((d, i) => ({
      role: 'departmentStaff',
      username: usernames.department(d.short),
      displayName: sampleName(PERSON.department(i)),
      title: d.kind === 'office' ? '科员' : '联络员',
      departmentId: departments[i].id,
    })),
  );
  const streetUsers = await saveUsers([
    ...[1, 2].map((k): UserSeed => ({
      role: 'commandCenter',
      username: usernames.command(k),
      displayName: sampleName(PERSON.command(k)),
      title: '指挥分中心值班员',
    })),
    { role: 'streetAdmin', username: usernames.admin(), displayName: sampleName(PERSON.admin()), title: '街道系统管理员' },
  ]);

  return {
    grids,
    communities: communities.map((community, c) => {
      const mine = communityUsers.filter((u) => u.communityId === community.id);
      return {
        index: c,
        community,
        grid: grids[gridOf[c]],
        gridSecretary: gridSecretaries[gridOf[c]],
        buildings: buildings.filter((b) => b.communityId === community.id),
        secretary: mine.find((u) => u.role === 'communitySecretary')!,
        staff: mine.filter((u) => u.role === 'communityStaff'),
        liaisons: mine.filter((u) => u.role === 'liaison'),
        residents: [],
      };
    }),
    departments: byKey(departments),
    departmentStaff: byKey(departmentUsers),
    commandCenter: streetUsers.filter((u) => u.role === 'commandCenter'),
    admin: streetUsers.find((u) => u.role === 'streetAdmin')!,
  };
}

/** Grid index of each community: the first five in grid 1, and so on. */
function communityGrids(): number[] {
  return GRID_SIZES.flatMap((size, g) => Array.from({ length: size }, () => g));
}

/** A community row with its warm-heart card (民情暖心卡). */
function communityRow(c: number, gridId: number): Partial<Community> {
  const name = communityName(c);
  return {
    code: communityCode(c),
    name,
    gridId,
    isSample: true,
    windowAddress: `${name}居委会一层民情窗口（示例地址）`,
    windowHours: '周一至周五 8:30-17:30，周六 9:00-12:00；民情专线24小时接听',
    hotline: hotline(c),
    cardStaff: cardStaff(c),
  };
}

/** The card lists the secretary and the two community workers, the same people as the sample accounts. */
function cardStaff(c: number): StaffContact[] {
  return [
    { name: sampleName(PERSON.secretary(c)), title: '社区党委书记', phone: cardPhone(c, 1) },
    { name: sampleName(PERSON.staff(c, 1)), title: '社区居委会副主任', phone: cardPhone(c, 2) },
    ...(c % 3 === 0 ? [] : [{ name: sampleName(PERSON.staff(c, 2)), title: '社区工作者', phone: cardPhone(c, 3) }]),
  ];
}

function buildingRows(c: number, communityId: number, count: number): Partial<Building>[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `${communityCode(c)}-B${pad2(i + 1)}`,
    name: `${i + 1}号楼`,
    communityId,
  }));
}

/** A secretary, two community workers and two liaisons (民情专员) per community. */
function communityStaffRows(c: number, communityId: number): UserSeed[] {
  return [
    {
      role: 'communitySecretary',
      username: usernames.secretary(c),
      displayName: sampleName(PERSON.secretary(c)),
      title: '社区党委书记',
      communityId,
    },
    ...[1, 2].map((k): UserSeed => ({
      role: 'communityStaff',
      username: usernames.staff(c, k),
      displayName: sampleName(PERSON.staff(c, k)),
      title: k === 1 ? '社区居委会副主任' : '社区工作者',
      communityId,
    })),
    ...[1, 2].map((k): UserSeed => ({
      role: 'liaison',
      username: usernames.liaison(c, k),
      displayName: sampleName(PERSON.liaison(c, k)),
      title: '民情专员',
      communityId,
      wechatOpenId: `dev:${usernames.liaison(c, k)}`,
    })),
  ];
}

/** Rows saved in SAMPLE_DEPARTMENTS order, keyed for the appeal templates. */
function byKey<T>(rows: T[]): Record<DepartmentKey, T> {
  return Object.fromEntries(SAMPLE_DEPARTMENTS.map((d, i) => [d.key, rows[i]])) as Record<DepartmentKey, T>;
}

// ---- the logins the start script prints and the README documents ----

export interface SampleLogin {
  role: Role;
  /** The username; for a resident, the dev-login name (residents have no username). */
  username: string;
  displayName: string;
  /** What the account is scoped to, in words. */
  scope: string;
  /** Staff sign in with SAMPLE_PASSWORD; liaisons and residents use the dev login (development only). */
  login: 'password' | 'devLogin';
}

/** Sample residents log in with the dev login by name: `居民01` … (openid `dev:居民01`). */
export const sampleResidentName = (i: number) => `居民${pad2(i + 1)}`;

/** A few representative accounts per role. */
export function sampleLogins(): SampleLogin[] {
  const dept = (key: DepartmentKey): SampleLogin => {
    const i = SAMPLE_DEPARTMENTS.findIndex((d) => d.key === key);
    const row = SAMPLE_DEPARTMENTS[i];
    return {
      role: 'departmentStaff',
      username: usernames.department(row.short),
      displayName: sampleName(PERSON.department(i)),
      scope: row.name,
      login: 'password',
    };
  };
  return [
    { role: 'streetAdmin', username: usernames.admin(), displayName: sampleName(PERSON.admin()), scope: '全街道', login: 'password' },
    ...[1, 2].map((k): SampleLogin => ({
      role: 'commandCenter',
      username: usernames.command(k),
      displayName: sampleName(PERSON.command(k)),
      scope: '街道指挥分中心',
      login: 'password',
    })),
    { role: 'gridSecretary', username: usernames.grid(0), displayName: sampleName(PERSON.grid(0)), scope: `${GRID_NAMES[0]}（C01–C05）`, login: 'password' },
    ...[0, 1].map((c): SampleLogin => ({
      role: 'communitySecretary',
      username: usernames.secretary(c),
      displayName: sampleName(PERSON.secretary(c)),
      scope: communityName(c),
      login: 'password',
    })),
    ...[1, 2].map((k): SampleLogin => ({
      role: 'communityStaff',
      username: usernames.staff(0, k),
      displayName: sampleName(PERSON.staff(0, k)),
      scope: communityName(0),
      login: 'password',
    })),
    dept('cityManagement'),
    dept('enforcement'),
    dept('water'),
    {
      role: 'liaison',
      username: usernames.liaison(0, 1),
      displayName: sampleName(PERSON.liaison(0, 1)),
      scope: communityName(0),
      login: 'devLogin',
    },
    { role: 'resident', username: sampleResidentName(0), displayName: sampleResidentName(0), scope: communityName(0), login: 'devLogin' },
  ];
}
