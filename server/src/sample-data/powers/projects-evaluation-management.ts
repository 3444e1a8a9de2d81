import { quarterOf, type ManagementItem, type Opinion, type ProjectKind } from '@lingjuli/shared';
import { EvaluationService } from '../../evaluation/evaluation.service';
import { ManagementService } from '../../management/management.service';
import { ProjectsService } from '../../projects/projects.service';
import { contextOf as as } from '../../users/user.mapper';
import type { SampleCommunity } from '../sample-organisation';
import type { PowersSeedContext } from './index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Sample suggestion, evaluation and management data, through the real services with the clock set to
 * each step's time: street projects in every state (one consultation overdue, one objected to), the
 * previous and the current quarter's evaluation with scores from most communities, and a management
 * list for every sample community. Leaves the clock at `now`.
 */
export async function seedProjectsEvaluationManagement(context: PowersSeedContext): Promise<void> {
  await seedManagementLists(context);
  await seedProjects(context);
  await seedEvaluation(context);
  context.clock.set(context.now);
}

// ---- 管理权 ----

const POWERS: ManagementItem[] = [
  { kind: 'power', title: '社区公共空间使用安排', description: '统筹安排社区活动室、小广场、党群服务中心等公共空间的开放时段和使用申请。' },
  { kind: 'power', title: '停车位统筹', description: '协调小区内部和周边共建单位的停车位，组织错时共享停车，处理占用消防通道问题的劝导。' },
  { kind: 'power', title: '小区绿化养护协调', description: '协调园林绿化队和物业对小区绿地、树木进行修剪养护，组织居民认养绿地。' },
  { kind: 'power', title: '社区议事协商会召集', description: '就加装电梯、停车、环境整治等公共事务召集居民代表、物业和相关单位开展议事协商。' },
  { kind: 'power', title: '物业服务监督', description: '组织居民对物业服务进行评议，督促物业公司整改反映集中的问题。' },
];

const RESOURCES: ManagementItem[] = [
  { kind: 'resource', title: '党群服务中心活动室', description: '可供居民议事、文化活动和培训使用，需提前向社区预约。' },
  { kind: 'resource', title: '共建单位场地资源', description: '辖区共建单位提供的会议室、停车位等，可按共建协议统筹使用。' },
  { kind: 'resource', title: '社区公益金', description: '用于社区微更新、志愿服务激励等小额公益事项，使用须经社区议事会讨论。' },
  { kind: 'resource', title: '志愿服务队伍', description: '楼门长、民情专员和党员志愿者，可参与巡查、宣传和矛盾调解。' },
];

/** Every community gets the common powers and a few of the resources, so lists differ a little. */
async function seedManagementLists({ app, clock, org, now }: PowersSeedContext): Promise<void> {
  const management = app.get(ManagementService);
  const admin = as(org.admin);
  for (const place of org.communities) {
    clock.set(new Date(now.getTime() - 45 * DAY + place.index * 10 * MINUTE));
    const resources = RESOURCES.filter((_, k) => (place.index + k) % 4 !== 3);
    await management.replace(admin, place.community.id, { items: [...POWERS.slice(0, 4 + (place.index % 2)), ...resources] });
  }
}

// ---- 建议权 ----

interface ProjectPlan {
  /** Which sample community (index). */
  community: number;
  title: string;
  description: string;
  kind: ProjectKind;
  /** Days before now it was registered. */
  registeredDaysAgo: number;
  opinionDueDays?: number;
  opinion?: { daysAfter: number; opinion: Opinion; text: string; by: 'secretary' | 'staff' };
  startedDaysAfter?: number;
}

const PROJECTS: ProjectPlan[] = [
  {
    community: 0,
    title: '老旧小区综合整治（外墙保温、楼道粉刷）',
    description: '对1至6号楼外墙加装保温层、粉刷楼道、更换单元门，工期约90天，施工期间部分楼前通道临时封闭。',
    kind: 'infrastructure',
    registeredDaysAgo: 28,
    opinion: {
      daysAfter: 3,
      opinion: 'agreeWithConditions',
      by: 'secretary',
      text: '同意实施。请施工方避开早晚出行高峰，每栋楼施工前三天张贴告示，并保留一条无障碍通道。',
    },
    startedDaysAfter: 10,
  },
  {
    community: 5,
    title: '便民菜站引入',
    description: '在小区东门闲置用房引入便民菜站，营业时间7:00至20:00，由街道统一招标运营。',
    kind: 'service',
    registeredDaysAgo: 40,
    opinion: { daysAfter: 2, opinion: 'agree', by: 'staff', text: '居民买菜需求迫切，同意引入，建议增加早点供应。' },
    startedDaysAfter: 12,
  },
  {
    community: 1,
    title: '社区养老服务驿站建设',
    description: '改造社区服务用房约200平方米，提供助餐、日间照料和健康咨询服务。',
    kind: 'service',
    registeredDaysAgo: 12,
    opinion: { daysAfter: 3, opinion: 'agree', by: 'secretary', text: '社区老年人比例高，同意建设，请优先保障助餐功能。' },
  },
  {
    community: 4,
    title: '电动自行车集中充电棚建设',
    description: '在5号楼北侧空地建设电动自行车集中充电棚，设充电口60个。',
    kind: 'infrastructure',
    registeredDaysAgo: 9,
    opinion: {
      daysAfter: 3,
      opinion: 'object',
      by: 'secretary',
      text: '拟建位置紧邻住宅窗户，存在消防隐患和噪音扰民，居民意见较大，建议改在小区西侧停车场一角。',
    },
  },
  {
    community: 2,
    title: '雨污分流管网改造',
    description: '对小区雨水、污水管网进行分流改造，需开挖主干道，工期约45天。',
    kind: 'infrastructure',
    registeredDaysAgo: 15,
  },
  {
    community: 6,
    title: '无障碍坡道加装',
    description: '在各单元门口加装无障碍坡道和扶手，方便老年人和轮椅出行。',
    kind: 'infrastructure',
    registeredDaysAgo: 5,
    opinionDueDays: 3,
  },
  {
    community: 3,
    title: '口袋公园建设',
    description: '利用小区南侧闲置空地建设口袋公园，设置座椅、健身器材和儿童活动区。',
    kind: 'infrastructure',
    registeredDaysAgo: 2,
  },
  {
    community: 1,
    title: '智能垃圾分类投放点',
    description: '新建4处智能垃圾分类投放点，配备满溢报警和除臭设备。',
    kind: 'service',
    registeredDaysAgo: 1,
  },
];

/** Registered by the admin or the command centre; answered by the community's secretary or staff; started by the street. */
async function seedProjects({ app, clock, org, now }: PowersSeedContext): Promise<void> {
  const projects = app.get(ProjectsService);
  const street = [org.admin, ...org.commandCenter];
  const at = (daysAgo: number, plusHours = 0) => clock.set(new Date(now.getTime() - daysAgo * DAY + plusHours * HOUR));
  for (const [i, plan] of PROJECTS.entries()) {
    const place: SampleCommunity = org.communities[plan.community % org.communities.length];
    const registrar = as(street[i % street.length]);
    at(plan.registeredDaysAgo);
    const project = await projects.register(registrar, {
      communityId: place.community.id,
      title: plan.title,
      description: plan.description,
      kind: plan.kind,
      opinionDueDays: plan.opinionDueDays,
    });
    if (!plan.opinion) continue;
    at(plan.registeredDaysAgo - plan.opinion.daysAfter, 2);
    const by = plan.opinion.by === 'secretary' ? place.secretary : place.staff[0];
    await projects.giveOpinion(as(by), project.id, { opinion: plan.opinion.opinion, text: plan.opinion.text });
    if (plan.startedDaysAfter === undefined) continue;
    at(plan.registeredDaysAgo - plan.startedDaysAfter, 4);
    await projects.start(registrar, project.id);
  }
}

// ---- 考评权 ----

const COMMENTS = ['响应及时，处置到位', '配合积极，沟通顺畅', '办结较慢，希望加快进度', '现场处置认真，居民认可'];

/**
 * The previous and the current quarter. In each, most communities' secretaries score the departments
 * they worked with (whistles and dispatched appeals); every fifth community has not scored yet.
 */
async function seedEvaluation({ app, clock, org, now }: PowersSeedContext): Promise<void> {
  const evaluation = app.get(EvaluationService);
  const current = quarterOf(now);
  const previous = quarterOf(new Date(current.startsAt.getTime() - 1));

  const previousPeriod = await evaluation.createPeriod({
    name: previous.name,
    startsAt: previous.startsAt.toISOString(),
    endsAt: previous.endsAt.toISOString(),
  });
  clock.set(now);
  const currentPeriod = await evaluation.createPeriod({});

  const scoreAll = async (periodId: number, scoredAt: Date) => {
    for (const place of org.communities) {
      if (place.index % 5 === 4) continue;
      clock.set(new Date(scoredAt.getTime() + place.index * 7 * MINUTE));
      const secretary = as(place.secretary);
      for (const row of await evaluation.departmentsToScore(secretary, periodId)) {
        const seed = place.index * 7 + row.department.id * 13;
        await evaluation.score(secretary, periodId, {
          departmentId: row.department.id,
          score: 72 + (seed % 27),
          comment: seed % 3 === 0 ? COMMENTS[seed % COMMENTS.length] : undefined,
        });
      }
    }
  };
  await scoreAll(previousPeriod.id, new Date(Math.min(now.getTime() - 4 * HOUR, previous.endsAt.getTime() + 3 * DAY)));
  await scoreAll(currentPeriod.id, new Date(now.getTime() - 6 * HOUR));
}
