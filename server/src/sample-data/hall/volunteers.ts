import { yearAt, type VolunteerKind, type VolunteerOffer, type VolunteerTime } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { User } from '../../users/user.entity';
import { contextOf as as } from '../../users/user.mapper';
import { TrainingCoursesService } from '../../volunteers/training-courses.service';
import { VolunteerApplicationsService } from '../../volunteers/volunteer-applications.service';
import { VolunteerTeamService } from '../../volunteers/volunteer-team.service';
import type { SampleCommunity } from '../sample-organisation';
import { hallClock } from './hall-time';
import { isExtraResident } from './residents';
import type { HallSeedContext } from './index';

/** The registered liaisons' ages, handed out in turn: the paper's worry — most over 60, few under 35. */
const LIAISON_AGES = [67, 72, 63, 58, 69, 74, 61, 65, 52, 70, 66, 47, 62, 68, 76, 55, 64, 33, 71, 60];

interface ApplicationPlan {
  /** Whose account: 示例社区01's n-th extra resident (`居民61` + n), or a first-sixty resident by index. */
  extra?: number;
  resident?: number;
  kind: VolunteerKind;
  name: string;
  age: number;
  offers: VolunteerOffer[];
  times: VolunteerTime[];
  workUnit?: string;
  partyOrganisation?: string;
  outcome: 'accepted' | 'pending' | 'declined' | 'withdrawn';
  declineReason?: string;
}

const APPLICATIONS: ApplicationPlan[] = [
  { extra: 10, kind: 'liaison', name: '赵子涵', age: 29, offers: ['patrol', 'digitalHelp'], times: ['weekdayEvening', 'weekend'], outcome: 'pending' },
  { extra: 12, kind: 'liaison', name: '孙建华', age: 66, offers: ['mediation', 'policyPromotion'], times: ['weekdayDaytime'], outcome: 'withdrawn' },
  {
    extra: 14,
    kind: 'partyMember',
    name: '周宇航',
    age: 37,
    offers: ['policyPromotion', 'digitalHelp'],
    times: ['weekend'],
    workUnit: '区财政局',
    partyOrganisation: '区财政局机关第二党支部',
    outcome: 'accepted',
  },
  {
    extra: 16,
    kind: 'partyMember',
    name: '吴静怡',
    age: 42,
    offers: ['health', 'elderlyCare'],
    times: ['weekend', 'holidays'],
    workUnit: '区人民医院',
    partyOrganisation: '区人民医院内科党支部',
    outcome: 'accepted',
  },
  {
    extra: 18,
    kind: 'partyMember',
    name: '郑一鸣',
    age: 31,
    offers: ['childrenAndYouth', 'culture'],
    times: ['weekdayEvening', 'weekend'],
    workUnit: '区教育委员会',
    partyOrganisation: '区教委机关第三党支部',
    outcome: 'accepted',
  },
  { extra: 20, kind: 'liaison', name: '冯秀兰', age: 71, offers: ['patrol', 'elderlyCare'], times: ['weekdayDaytime', 'weekend'], outcome: 'pending' },
  {
    extra: 22,
    kind: 'liaison',
    name: '何浩然',
    age: 25,
    offers: ['digitalHelp'],
    times: ['holidays'],
    outcome: 'declined',
    declineReason: '民情专员需每周入户走访，您填写的空闲时间仅为节假日，暂不能满足要求。欢迎先参加社区的志愿服务活动。',
  },
  {
    resident: 1,
    kind: 'partyMember',
    name: '林思远',
    age: 48,
    offers: ['environment', 'policyPromotion'],
    times: ['weekend'],
    workUnit: '区城市管理委员会',
    partyOrganisation: '区城管委机关第一党支部',
    outcome: 'accepted',
  },
  {
    resident: 2,
    kind: 'partyMember',
    name: '高丽娟',
    age: 57,
    offers: ['legalAdvice', 'mediation'],
    times: ['weekdayEvening'],
    workUnit: '区司法局',
    partyOrganisation: '区司法局机关党支部',
    outcome: 'accepted',
  },
  { resident: 3, kind: 'liaison', name: '梁振华', age: 63, offers: ['patrol', 'safety'], times: ['weekdayDaytime'], outcome: 'pending' },
  {
    resident: 28,
    kind: 'partyMember',
    name: '宋佳琪',
    age: 34,
    offers: ['childrenAndYouth', 'digitalHelp'],
    times: ['weekend'],
    workUnit: '区融媒体中心',
    partyOrganisation: '区融媒体中心党支部',
    outcome: 'pending',
  },
];

/**
 * Volunteers, through the real services with the clock at each step:
 * - the registered liaisons' birth years, recorded by their community's staff (all but one in nine;
 *   most of them over 60 — the paper's worry);
 * - residents' applications: in 示例社区01 three 双报到 party members accepted (the youngest 31), two liaisons
 *   pending (one of 29, for the staff to accept in the demo), one declined, one withdrawn by the applicant;
 *   in 示例社区02–04 party members accepted and pending, a liaison pending. No liaison is accepted: the
 *   sample's liaison registry stays the 54 the powers seeders keep (liaisons-and-rewards.e2e-spec.ts);
 * - 示例社区01's training course for its volunteers two weeks back, with sign-ups and attendance (on each
 *   one's training record), an upcoming one for liaisons with a sign-up; 示例社区02's mediation course.
 */
export async function seedVolunteers(context: HallSeedContext): Promise<void> {
  await recordLiaisonBirthYears(context);
  await applications(context);
  await trainingCourses(context);
  context.clock.set(context.now);
}

async function recordLiaisonBirthYears({ app, clock, org, now }: HallSeedContext): Promise<void> {
  const team = app.get(VolunteerTeamService);
  const year = yearAt(now);
  clock.set(hallClock(now).at(-60, 10));
  let n = 0;
  for (const place of org.communities) {
    for (const liaison of place.liaisons) {
      n += 1;
      if (n % 9 === 0) continue;
      await team.recordBirthYear(as(place.staff[0]), liaison.id, { birthYear: year - LIAISON_AGES[n % LIAISON_AGES.length] });
    }
  }
}

async function applications({ app, clock, org, now }: HallSeedContext): Promise<void> {
  const service = app.get(VolunteerApplicationsService);
  const { at } = hallClock(now);
  const year = yearAt(now);
  const c01 = org.communities[0];
  const extras = c01.residents.filter(isExtraResident);
  const firstSixty = org.communities.flatMap((c) => c.residents).filter((r) => !isExtraResident(r));
  const byIndex = new Map(firstSixty.map((r) => [Number(r.displayName.slice(2)) - 1, r]));
  for (const [i, plan] of APPLICATIONS.entries()) {
    const applicant = plan.extra !== undefined ? extras[plan.extra] : byIndex.get(plan.resident!);
    if (!applicant?.communityId) continue;
    const place = org.communities.find((c) => c.community.id === applicant.communityId)!;
    clock.set(at(-40 + i, 20));
    const application = await service.apply(as(applicant), {
      kind: plan.kind,
      communityId: place.community.id,
      name: plan.name,
      phone: `1390000${String(7001 + i).padStart(4, '0')}`,
      birthYear: year - plan.age,
      offers: plan.offers,
      times: plan.times,
      workUnit: plan.workUnit,
      partyOrganisation: plan.partyOrganisation,
    });
    clock.set(at(-38 + i, 10));
    if (plan.outcome === 'withdrawn') await service.withdraw(as(applicant), application.id);
    if (plan.outcome === 'declined') await service.decline(as(place.secretary), application.id, { reason: plan.declineReason! });
    if (plan.outcome === 'accepted') await service.accept(as(place.secretary), application.id, {});
  }
}

async function trainingCourses({ app, clock, org, now }: HallSeedContext): Promise<void> {
  const courses = app.get(TrainingCoursesService);
  const { at } = hallClock(now);
  const c01 = org.communities[0];
  const staff = as(c01.staff[0]);
  const team = await volunteersOf({ app, clock, org, now }, c01);

  clock.set(at(-21, 10));
  const course = await courses.schedule(staff, {
    title: '民情专员与双报到党员履职能力培训',
    description: '讲解民情专员职责、入户走访和民情日志记录方法，以及在职党员参与社区治理的途径；结合小区停车方案议事协商进行案例分析。',
    startsAt: at(-14, 14, 30).toISOString(),
    place: '社区党群服务中心二层培训室',
    hours: 2.5,
    audience: 'all',
  });
  for (const [i, volunteer] of team.entries()) {
    if (i % 4 === 3) continue;
    clock.set(at(-20 + (i % 5), 9 + i));
    await courses.signUp(as(volunteer), course.id);
  }
  clock.set(at(-14, 17, 30));
  // Everyone came, one who had not signed up among them.
  await courses.recordAttendance(staff, course.id, { userIds: team.map((v) => v.id) });

  clock.set(at(-1, 10));
  const upcoming = await courses.schedule(staff, {
    title: '入户调查与民情日志填写培训',
    description: '入户调查的问法和记录要求，手机录入（含离线录入和大字模式）的操作演示。',
    startsAt: at(6, 9, 30).toISOString(),
    place: '社区党群服务中心二层培训室',
    hours: 1.5,
    audience: 'liaison',
  });
  if (c01.liaisons[1]) {
    clock.set(at(-1, 15));
    await courses.signUp(as(c01.liaisons[1]), upcoming.id);
  }

  const c02 = org.communities[1];
  if (!c02) return;
  clock.set(at(-36, 10));
  const mediation = await courses.schedule(as(c02.staff[0]), {
    title: '矛盾纠纷调解实务培训',
    startsAt: at(-30, 14).toISOString(),
    place: '社区居委会会议室',
    hours: 2,
    audience: 'liaison',
  });
  clock.set(at(-30, 16, 30));
  await courses.recordAttendance(as(c02.staff[0]), mediation.id, { userIds: c02.liaisons.map((l) => l.id) });
}

/** The community's volunteers as they are now: its liaisons, then its registered party members (residents). */
async function volunteersOf({ app }: HallSeedContext, place: SampleCommunity): Promise<User[]> {
  const users = app.get(DataSource).getRepository(User);
  const liaisons = await users.find({ where: { role: 'liaison', communityId: place.community.id, active: true }, order: { id: 'ASC' } });
  const members = await users
    .createQueryBuilder('u')
    .innerJoin('party_member_registrations', 'r', 'r.userId = u.id AND r.active = :active', { active: true })
    .where('r.communityId = :communityId', { communityId: place.community.id })
    .orderBy('u.id', 'ASC')
    .getMany();
  const ids = new Set(liaisons.map((l) => l.id));
  return [...liaisons, ...members.filter((m) => !ids.has(m.id))];
}
