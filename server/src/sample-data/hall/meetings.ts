import type { Audience, DecisionRequest } from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { Appeal } from '../../appeals/entities/appeal.entity';
import { MeetingsService } from '../../meetings/meetings.service';
import { Poll } from '../../polls/poll.entity';
import { PollsService } from '../../polls/polls.service';
import { User } from '../../users/user.entity';
import { contextOf as as } from '../../users/user.mapper';
import type { SampleCommunity } from '../sample-organisation';
import { HOUR, MINUTE, hallClock } from './hall-time';
import type { HallSeedContext } from './index';
import { PARKING_PLAN_ADOPTED, PARKING_POLL_TITLE } from './polls';

/** The paper's parking story: more than ten meetings and consultations and a questionnaire before the plan was adopted. */
export const PARKING_TOPIC = '小区停车管理方案议事会';
const HALL = '社区党群服务中心二层议事厅';

interface MeetingPlan {
  topic: string;
  place?: string;
  agenda: string[];
  /** Days from today (negative: past) and the Beijing hour it starts; two hours long. */
  day: number;
  hour?: number;
  audience?: Audience;
  invited?: User[];
  capacity?: number;
  signUps?: User[];
  /** Who came: the first `checkIns` scanned the door's code, the staff recorded the others from the paper list. */
  attendees?: User[];
  checkIns?: number;
  minutes?: string;
  decisions?: DecisionRequest[];
  /** Before it starts, with this reason. */
  cancelReason?: string;
}

/**
 * The residents' meetings (议事会) of the deliberation hall, through the real service with the clock at
 * each step (scheduled a week ahead, sign-ups, check-ins at the door, attendance from the paper list,
 * minutes saved after the meeting and published the next morning):
 * - 示例社区01's parking story: the 停车管理方案议事会, four times over ten weeks — a working group and a
 *   census of cars, three draft plans, talks with the neighbouring units (its residents' representatives
 *   invited by name), then the questionnaire's result and the vote that adopts 方案二, a decision linked to
 *   the community's parking appeals, whose residents are told when the minutes are published —; a fifth,
 *   on the trial's first month, five days ahead with a few sign-ups (居民01 not yet); a meeting on the
 *   greenery cancelled before it was held;
 * - one past meeting with published minutes in 示例社区02, 03 and 04.
 */
export async function seedMeetings(context: HallSeedContext): Promise<void> {
  const { org } = context;
  const c01 = org.communities[0];
  const people = await participants(context, c01);
  const some = (from: number, count: number, step = 1) =>
    Array.from({ length: count }, (_, i) => people.residents[(from + i * step) % people.residents.length]);
  const attend = (residents: User[]) => [...new Set([...residents, ...people.liaisons])];

  await hold(context, c01, {
    topic: `${PARKING_TOPIC}（第一次）`,
    agenda: ['通报小区停车现状和居民反映的停车难、乱停车问题', '听取居民对停车管理的意见', '成立小区停车管理议事小组'],
    day: -70,
    capacity: 60,
    signUps: some(0, 8, 3),
    attendees: attend(some(0, 13, 3)),
    checkIns: 3,
    minutes:
      '会议由社区党委书记主持，居民代表、物业服务公司和民情专员参加。社区通报了小区现有登记车辆约三百辆、地面车位不足两百个，夜间乱停车堵塞消防通道、私装地锁占用公共车位等问题；与会居民发言十余人次，普遍希望制定一个大家认可的停车管理方案。',
    decisions: [
      { text: '成立小区停车管理议事小组，由社区党委牵头，居民代表、物业服务公司和民情专员参加。', adopted: true },
      { text: '一个月内完成小区车辆和车位摸底登记，由楼门长和民情专员分楼入户。', adopted: true },
    ],
  });
  await hold(context, c01, {
    topic: `${PARKING_TOPIC}（第二次）`,
    agenda: ['通报车辆和车位摸底登记结果', '讨论停车管理备选方案', '确定征求居民意见的方式'],
    day: -56,
    capacity: 60,
    signUps: some(1, 10, 3),
    attendees: attend(some(1, 15, 2)),
    checkIns: 5,
    minutes:
      '议事小组通报摸底结果：登记居民车辆312辆、外来长期停放车辆41辆、僵尸车9辆，地面可用车位196个。与会居民讨论了地面划线停车、与周边单位错时共享停车、拆除部分绿地建设立体车库三种思路，对立体车库占用绿地争议较大。',
    decisions: [
      { text: '形成三个停车管理备选方案：地面划线停车维持现状收费；错时共享停车；拆除部分绿地建设立体车库。', adopted: true },
      { text: '备选方案确定后，向全体已核实住户开展征求意见，每户一票。', adopted: true },
    ],
  });
  const representatives = some(2, 10, 3);
  await hold(context, c01, {
    topic: `${PARKING_TOPIC}（第三次）：与共建单位协商错时共享停车`,
    agenda: ['邀请周边共建单位介绍夜间停车场开放条件', '居民代表与共建单位协商开放时段和管理办法', '确定征求意见问卷内容'],
    day: -35,
    audience: 'invited',
    invited: [...representatives, ...people.liaisons],
    attendees: attend(representatives.slice(0, 8)),
    checkIns: 2,
    minutes:
      '居民代表与两家共建单位协商：单位停车场可在工作日夜间和节假日向小区居民开放，约可提供车位80个，车辆须登记备案、按时驶离。会议还审定了征求意见问卷的题目。',
    decisions: [
      { text: '共建单位同意夜间开放停车场，具体时段和管理办法纳入方案二，试行后再评估。', adopted: true },
      { text: '拆除部分绿地建设立体车库的方案作为方案三一并征求意见。', adopted: true },
    ],
  });
  await hold(context, c01, {
    topic: `${PARKING_TOPIC}（第四次）：审议征求意见结果`,
    agenda: ['通报小区停车方案征求意见结果', '表决停车管理方案', '部署僵尸车清理和私装地锁拆除'],
    day: -2,
    capacity: 80,
    signUps: some(0, 12, 2),
    attendees: attend(some(0, 18, 2)),
    checkIns: 6,
    minutes: `${await pollReport(context, c01)}与会居民代表对方案二进行了表决，同意${18 - 2}人、不同意1人、弃权1人。会议同时部署配合街道地锁专项整治，清理僵尸车和私装地锁。`,
    decisions: [
      { text: `采纳方案二：${PARKING_PLAN_ADOPTED}。`, adopted: true, appealIds: await parkingAppeals(context, c01) },
      { text: '同步清理僵尸车、拆除私装地锁，配合街道地锁专项整治。', adopted: true },
      { text: '方案三（拆除部分绿地建设立体车库）不予采纳。', adopted: false },
    ],
  });
  await hold(context, c01, {
    topic: `${PARKING_TOPIC}（第五次）：错时共享停车试行首月情况通报`,
    agenda: ['通报错时共享停车试行情况', '听取居民对试行的意见', '研究完善夜间停车登记办法'],
    day: 5,
    capacity: 60,
    signUps: some(1, 4, 5),
  });
  await hold(context, c01, {
    topic: '小区绿化改造议事会',
    agenda: ['讨论小区中心绿地改造方案', '征集居民认养绿地意向'],
    day: 8,
    hour: 15,
    signUps: some(3, 2, 7),
    cancelReason: '因街道统一安排消防安全检查，议事会改期，时间另行通知。',
  });

  for (const [index, topic] of [
    [
      1,
      {
        topic: '老楼加装电梯议事会',
        agenda: ['介绍加装电梯政策和补贴标准', '听取高低楼层住户意见', '协商费用分摊办法'],
        text: '同意由社区协助申请加装电梯，费用分摊办法经征询后确定。',
      },
    ],
    [
      2,
      { topic: '垃圾分类驿站选址议事会', agenda: ['通报垃圾分类驿站建设计划', '讨论两个备选位置'], text: '驿站建在小区南门内侧，远离住宅窗户，设置除臭设施。' },
    ],
    [
      3,
      {
        topic: '楼道堆物清理议事会',
        agenda: ['通报楼道堆物消防隐患', '商定清理时间和自行清理期限'],
        text: '各楼门长通知住户两周内自行清理楼道堆物，逾期由物业统一清运。',
      },
    ],
  ] as const) {
    const place = org.communities[index];
    if (!place) continue;
    const theirs = await participants(context, place);
    await hold(context, place, {
      topic: topic.topic,
      agenda: [...topic.agenda],
      day: -12 - index * 4,
      signUps: theirs.residents.slice(0, 2),
      attendees: [...theirs.residents, ...theirs.liaisons],
      checkIns: 1,
      minutes: `会议由社区居委会主持，居民、楼门长和民情专员参加，围绕议题充分讨论，形成以下决议。`,
      decisions: [{ text: topic.text, adopted: true }],
    });
  }
  context.clock.set(context.now);
}

/** Schedules it a week ahead, then plays what the plan says, each at its time. */
async function hold({ app, clock, now }: HallSeedContext, place: SampleCommunity, plan: MeetingPlan): Promise<void> {
  const meetings = app.get(MeetingsService);
  const { at } = hallClock(now);
  const staff = as(place.staff[0]);
  const startsAt = at(plan.day, plan.hour ?? 19);
  const endsAt = new Date(startsAt.getTime() + 2 * HOUR);
  const scheduledAt = at(Math.min(plan.day - 7, -1), 10);
  clock.set(scheduledAt);
  const meeting = await meetings.schedule(staff, {
    topic: plan.topic,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    place: plan.place ?? HALL,
    agenda: plan.agenda,
    audience: plan.audience ?? 'community',
    invitedUserIds: plan.invited?.map((u) => u.id),
    capacity: plan.capacity,
  });
  for (const [i, resident] of (plan.signUps ?? []).entries()) {
    clock.set(new Date(scheduledAt.getTime() + (i + 1) * 3 * HOUR));
    await meetings.signUp(as(resident), meeting.id);
  }
  if (plan.cancelReason) {
    clock.set(at(-1, 18));
    await meetings.cancel(staff, meeting.id, { reason: plan.cancelReason });
    return;
  }
  if (!plan.attendees?.length) return;
  const checkIns = plan.attendees.slice(0, plan.checkIns ?? 0);
  if (checkIns.length) {
    const { code } = await meetings.checkInCode(staff, meeting.id);
    for (const [i, person] of checkIns.entries()) {
      clock.set(new Date(startsAt.getTime() - 15 * MINUTE + i * MINUTE));
      await meetings.checkIn(as(person), meeting.id, { code });
    }
  }
  clock.set(new Date(endsAt.getTime() + 20 * MINUTE));
  const fromPaper = plan.attendees.slice(checkIns.length);
  if (fromPaper.length) await meetings.recordAttendance(staff, meeting.id, { userIds: fromPaper.map((u) => u.id) });
  if (!plan.minutes) return;
  clock.set(new Date(endsAt.getTime() + 40 * MINUTE));
  await meetings.saveMinutes(staff, meeting.id, { minutes: plan.minutes, decisions: plan.decisions ?? [] });
  clock.set(at(plan.day + 1, 10));
  await meetings.publishMinutes(staff, meeting.id);
}

/** The community's residents who stated a household (in account order) and its liaisons: who takes part in its meetings. */
async function participants({ app }: HallSeedContext, place: SampleCommunity): Promise<{ residents: User[]; liaisons: User[] }> {
  const users = app.get(DataSource).getRepository(User);
  const residents = await users
    .createQueryBuilder('u')
    .innerJoin('resident_households', 'rh', 'rh.userId = u.id')
    .where('rh.communityId = :communityId', { communityId: place.community.id })
    .andWhere("u.role = 'resident' AND u.active = :active", { active: true })
    .orderBy('u.id', 'ASC')
    .getMany();
  const liaisons = await users.find({ where: { id: In(place.liaisons.map((l) => l.id)), active: true }, order: { id: 'ASC' } });
  return { residents, liaisons };
}

/** The parking poll's result in words, as the staff read it out (their live results: the poll is closed). */
async function pollReport({ app }: HallSeedContext, place: SampleCommunity): Promise<string> {
  const poll = await app.get(DataSource).getRepository(Poll).findOneBy({ communityId: place.community.id, title: PARKING_POLL_TITLE });
  if (!poll) return '';
  const results = await app.get(PollsService).resultsOf(poll, false);
  const plan = results.questions[0];
  const votes = plan.options.map((o) => `${o.label.split('：')[0]}${o.count}户`).join('，');
  const turnout = results.turnout === null ? '' : `，参与率${(results.turnout * 100).toFixed(1)}%`;
  return `社区通报《${PARKING_POLL_TITLE}》结果：已核实住户${results.eligible}户，参与${results.participants}户${turnout}。首选方案：${votes}；排序题按计分方案二居首。`;
}

/**
 * The community's parking appeals the adopted plan answers: those filed by residents online first (they
 * are told), then others, two at most.
 */
async function parkingAppeals({ app }: HallSeedContext, place: SampleCommunity): Promise<number[]> {
  const appeals = await app
    .get(DataSource)
    .getRepository(Appeal)
    .find({ select: { id: true, channel: true }, where: { communityId: place.community.id, category: 'parking' }, order: { receivedAt: 'ASC', id: 'ASC' } });
  const online = appeals.filter((a) => a.channel === 'online');
  return [...online, ...appeals.filter((a) => a.channel !== 'online')].slice(0, 2).map((a) => a.id);
}
