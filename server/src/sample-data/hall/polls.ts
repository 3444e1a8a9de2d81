import type { PollDetail } from '@lingjuli/shared';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { ResidentHousehold } from '../../households/resident-household.entity';
import { POLL_CLOSE, POLL_OWNER } from '../../polls/poll-close.timer';
import { PollsService } from '../../polls/polls.service';
import type { AnswerPollDto } from '../../polls/dto/polls.dto';
import { User } from '../../users/user.entity';
import { contextOf as as } from '../../users/user.mapper';
import type { SampleCommunity } from '../sample-organisation';
import { HOUR, MINUTE, hallClock } from './hall-time';
import type { HallSeedContext } from './index';
import { fireSampleTimer } from './timers';

/** The paper's questionnaire: 示例社区01's parking plan, answered per verified household. */
export const PARKING_POLL_TITLE = '小区停车方案征求意见';
/** Still open at `now`, for a resident to answer in the demo. */
export const CHARGING_POLL_TITLE = '电动自行车充电桩位置征求意见';
export const PARKING_PLAN_ADOPTED = '错时共享停车，夜间19:00至次日7:30开放单位停车场，试行三个月后再议';

const PLANS = ['方案一：地面划线停车，维持现状收费', '方案二：错时共享停车（夜间开放周边单位停车场）', '方案三：拆除部分绿地建设立体车库'];
const MEASURES = ['清理僵尸车', '加装充电桩', '拆除私装地锁', '增设夜间照明'];

/** Each answering household's first choice, in turn: 方案二 leads, 方案一 next, 方案三 last. */
const FIRST_CHOICES = [1, 0, 1, 2, 1, 0, 1, 1, 0, 1, 2, 1];
/** The rest of each ranking after its first choice. */
const RANKINGS: Record<number, number[][]> = {
  0: [[0, 1, 2]],
  1: [
    [1, 0, 2],
    [1, 2, 0],
    [1, 0, 2],
  ],
  2: [[2, 1, 0]],
};
const MEASURE_PICKS = [[0, 2], [1], [2, 3], [], [0], [0, 3], [1, 2], [3], []];
/** Some households add words; two leave a phone number, which the results mask. */
const PARKING_WORDS = [
  '希望错时停车试行期间物业加强夜间巡逻，早上7:30前提醒车主及时挪车。',
  '共享停车场离小区有点远，晚上回来路上太黑，希望增设夜间照明。',
  '僵尸车问题存在好几年了，楼下就有两辆，请尽快清理。有问题可以联系我，电话13900001234',
  '反对拆绿地建车库，小区本来绿化就少，孩子和老人没地方活动。',
  '建议停车收费标准公开透明，收费用于小区停车设施维护。我家住2号楼，电话13900005678',
  '外来车辆太多，希望门岗严格登记，业主车辆优先。',
];

/**
 * The deliberation hall's polls, through the real service with the clock at each step:
 * - 示例社区01's parking poll, the paper's questionnaire: after three meetings, its staff ask every verified
 *   household (one answer per household) about the three plans — one choice, the measures to take with
 *   it, the plans ranked, free words —, open for two weeks; three in four households answer, 方案二 first;
 *   its closing timer closes it three days before `now` (fired alone, see timers.ts), and the next day,
 *   after the fourth meeting, the staff record the adopted plan (those who took part are told);
 * - 示例社区01's charging-point poll, open until twelve days after `now`, a few households in (居民01 not);
 * - 示例社区02's poll on installing a lift, closed by its timer six days back, its plan recorded.
 */
export async function seedPolls(context: HallSeedContext): Promise<void> {
  const { org } = context;
  await parkingPoll(context, org.communities[0]);
  await chargingPoll(context, org.communities[0]);
  if (org.communities[1]) await liftPoll(context, org.communities[1]);
  context.clock.set(context.now);
}

async function parkingPoll(context: HallSeedContext, place: SampleCommunity): Promise<void> {
  const { app, clock, now } = context;
  const polls = app.get(PollsService);
  const { at } = hallClock(now);
  const staff = as(place.staff[0]);
  const opensAt = at(-17, 9);
  const closesAt = at(-3, 20);
  clock.set(opensAt);
  const poll = await polls.create(staff, {
    title: PARKING_POLL_TITLE,
    description:
      '经三次居民议事会讨论，社区停车管理议事小组形成了三个停车管理备选方案。现向小区已核实住户征求意见，每户一票，请一户由一位家庭成员填写。征求意见结果将提交第四次议事会审议。',
    questions: [
      { type: 'single', prompt: '您支持哪个停车方案？', required: true, options: PLANS },
      { type: 'multiple', prompt: '希望同步实施哪些措施？（最多选2项）', required: false, options: MEASURES, maxChoices: 2 },
      { type: 'ranked', prompt: '请按优先顺序排列三个方案', required: true, options: PLANS },
      { type: 'text', prompt: '您对停车管理还有什么意见和建议？', required: false },
    ],
    audience: 'community',
    ballotUnit: 'household',
    verifiedHouseholdsOnly: true,
    closesAt: closesAt.toISOString(),
    notifyParticipants: true,
  });

  // One resident of each verified household, in account order; one household in four does not answer (居民01's does).
  const voters = (await householdHeads(context, place, true)).filter((_, i) => i % 4 !== 3);
  for (const [i, voter] of voters.entries()) {
    clock.set(new Date(opensAt.getTime() + 30 * MINUTE + i * 13 * HOUR));
    await polls.answer(as(voter), poll.id, parkingBallot(poll, i));
  }

  clock.set(new Date(closesAt.getTime() + MINUTE));
  await fireSampleTimer(app, clock, { kind: POLL_CLOSE, ownerType: POLL_OWNER, ownerId: poll.id });

  // After the fourth meeting voted on it (meetings.ts), the evening of the next day.
  clock.set(at(-2, 21, 30));
  await polls.adopt(as(place.secretary), poll.id, { optionId: poll.questions[0].options[1].id, text: PARKING_PLAN_ADOPTED });
}

function parkingBallot(poll: PollDetail, i: number): AnswerPollDto {
  const [plan, measures, ranked, words] = poll.questions;
  const first = FIRST_CHOICES[i % FIRST_CHOICES.length];
  const rankings = RANKINGS[first];
  const ranking = rankings[Math.floor(i / FIRST_CHOICES.length) % rankings.length];
  const picks = MEASURE_PICKS[i % MEASURE_PICKS.length];
  const text = i % 4 === 1 ? PARKING_WORDS[Math.floor(i / 4) % PARKING_WORDS.length] : undefined;
  return {
    answers: [
      { questionId: plan.id, optionIds: [plan.options[first].id] },
      picks.length ? { questionId: measures.id, optionIds: picks.map((k) => measures.options[k].id) } : { questionId: measures.id },
      { questionId: ranked.id, optionIds: ranking.map((k) => ranked.options[k].id) },
      text ? { questionId: words.id, text } : { questionId: words.id },
    ],
  };
}

async function chargingPoll(context: HallSeedContext, place: SampleCommunity): Promise<void> {
  const { app, clock, now } = context;
  const polls = app.get(PollsService);
  const { at } = hallClock(now);
  clock.set(at(-2, 9));
  const poll = await polls.create(as(place.staff[1] ?? place.staff[0]), {
    title: CHARGING_POLL_TITLE,
    description: '为解决电动自行车“飞线充电”和楼道停放充电的消防隐患，社区拟在小区内建设集中充电桩，现就选址征求住户意见，每户一票。',
    questions: [
      { type: 'single', prompt: '您希望充电桩建在哪里？', required: true, options: ['1号楼北侧空地', '小区西侧停车场一角', '东门自行车棚改造'] },
      {
        type: 'multiple',
        prompt: '您最关心哪些方面？（最多选2项）',
        required: false,
        options: ['消防安全', '充电价格', '距离远近', '噪音与占地'],
        maxChoices: 2,
      },
      { type: 'text', prompt: '其他意见和建议', required: false },
    ],
    audience: 'community',
    ballotUnit: 'household',
    closesAt: at(12, 20).toISOString(),
    notifyParticipants: true,
  });
  const [where, concerns] = poll.questions;
  // A few households so far; 居民01's is not among them, so she can answer in the demo.
  const voters = (await householdHeads(context, place, false)).slice(1).filter((_, i) => i % 5 === 2);
  for (const [i, voter] of voters.entries()) {
    clock.set(at(-2, 10 + i * 3));
    await polls.answer(as(voter), poll.id, {
      answers: [
        { questionId: where.id, optionIds: [where.options[[1, 1, 2, 0][i % 4]].id] },
        { questionId: concerns.id, optionIds: [concerns.options[0].id, concerns.options[(i % 3) + 1].id] },
        { questionId: poll.questions[2].id },
      ],
    });
  }
}

async function liftPoll(context: HallSeedContext, place: SampleCommunity): Promise<void> {
  const { app, clock, now } = context;
  const polls = app.get(PollsService);
  const { at } = hallClock(now);
  const closesAt = at(-6, 20);
  clock.set(at(-16, 9));
  const poll = await polls.create(as(place.staff[0]), {
    title: '老楼加装电梯意向征询',
    description: '部分居民申请为老楼加装电梯，现征询住户意向和费用分摊意见，每户一票。',
    questions: [
      { type: 'single', prompt: '您是否同意本楼加装电梯？', required: true, options: ['同意', '不同意', '无所谓'] },
      { type: 'single', prompt: '您能接受哪种费用分摊方式？', required: true, options: ['按楼层系数分摊', '各户平均分摊', '申请政府补贴后再议'] },
      { type: 'text', prompt: '其他意见', required: false },
    ],
    audience: 'community',
    ballotUnit: 'household',
    closesAt: closesAt.toISOString(),
    notifyParticipants: true,
  });
  const [agree, share, words] = poll.questions;
  const voters = (await householdHeads(context, place, false)).slice(0, 2);
  for (const [i, voter] of voters.entries()) {
    clock.set(at(-15 + i * 3, 19));
    await polls.answer(as(voter), poll.id, {
      answers: [
        { questionId: agree.id, optionIds: [agree.options[0].id] },
        { questionId: share.id, optionIds: [share.options[i % 2 === 0 ? 0 : 2].id] },
        i === 0 ? { questionId: words.id, text: '家里老人腿脚不便，盼着早点装上电梯。' } : { questionId: words.id },
      ],
    });
  }
  clock.set(new Date(closesAt.getTime() + MINUTE));
  await fireSampleTimer(app, clock, { kind: POLL_CLOSE, ownerType: POLL_OWNER, ownerId: poll.id });
  clock.set(at(-5, 10));
  await polls.adopt(as(place.secretary), poll.id, {
    text: '同意加装电梯的住户占多数，社区协助居民启动加装电梯前期手续（规划公示、设计方案比选），费用分摊另行协商。',
  });
}

/** One resident per stated household of the community (the first account of each flat), verified ones only if asked. */
async function householdHeads({ app }: HallSeedContext, place: SampleCommunity, verifiedOnly: boolean): Promise<User[]> {
  const rows = await app
    .get(DataSource)
    .getRepository(ResidentHousehold)
    .find({
      where: { communityId: place.community.id, ...(verifiedOnly ? { verifiedAt: Not(IsNull()) } : {}) },
      order: { userId: 'ASC' },
    });
  const seen = new Set<number>();
  const heads = rows.filter((r) => !seen.has(r.householdId) && seen.add(r.householdId));
  const users = await app
    .get(DataSource)
    .getRepository(User)
    .findBy({ id: In(heads.map((h) => h.userId)), role: 'resident', active: true });
  const byId = new Map(users.map((u) => [u.id, u]));
  return heads.map((h) => byId.get(h.userId)).filter((u): u is User => u !== undefined);
}
