import { quarterOf, type LiaisonDuty } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { Appeal } from '../../appeals/entities/appeal.entity';
import { LiaisonsService } from '../../liaisons/liaisons.service';
import { RewardsService } from '../../rewards/rewards.service';
import type { CreateRewardDto } from '../../rewards/dto/rewards.dto';
import { contextOf as contextFor } from '../../users/user.mapper';
import type { User } from '../../users/user.entity';
import type { SampleCommunity } from '../sample-organisation';
import type { PowersSeedContext } from './index';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Duty sets handed out in turn, so the registry shows every duty and some combinations. */
const DUTY_SETS: LiaisonDuty[][] = [
  ['policyPromoter', 'observer'],
  ['mediator', 'liaison'],
  ['observer', 'liaison'],
  ['policyPromoter', 'mediator', 'liaison'],
];

const TRAININGS = [
  { title: '民情专员岗前培训', daysAgo: 50, hours: 3 },
  { title: '矛盾纠纷调解实务', daysAgo: 21, hours: 2.5 },
  { title: '惠民政策宣讲要点', daysAgo: 7, hours: 1.5 },
];

/**
 * The liaison registry and reward requests (自主支配权), through the real services:
 * - every sample liaison gets her registry entry (duties; joined when her account was created) —
 *   the registry also shows a liaison without one, but the sample street should look kept;
 * - the first six communities' liaisons have training records;
 * - 示例社区01 has a reward request approved (waiting for the street's acknowledgement), one awaiting
 *   the secretary's approval with its meeting record, and a draft without one; 示例社区02 has one
 *   the street has acknowledged.
 */
export async function seedLiaisonsAndRewards({ app, clock, org, now }: PowersSeedContext): Promise<void> {
  const liaisons = app.get(LiaisonsService);
  const rewards = app.get(RewardsService);
  const appeals = app.get(DataSource).getRepository(Appeal);
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * DAY + hours * HOUR);

  clock.set(at(60));
  for (const place of org.communities) {
    for (const [k, liaison] of place.liaisons.entries()) {
      await liaisons.update(contextFor(place.secretary), liaison.id, { duties: DUTY_SETS[(place.index + k) % DUTY_SETS.length] });
    }
  }
  for (const place of org.communities.slice(0, 6)) {
    for (const [k, liaison] of place.liaisons.entries()) {
      for (const training of TRAININGS.slice(0, 2 + ((place.index + k) % 2))) {
        await liaisons.addTraining(contextFor(place.staff[0]), liaison.id, {
          title: training.title,
          date: at(training.daysAgo).toISOString(),
          hours: training.hours,
        });
      }
    }
  }

  /** 一事一议 for appeals she reported or was sent to visit, when she has some; otherwise 综合考评 for last quarter. */
  const basisFor = async (liaison: User): Promise<Pick<CreateRewardDto, 'basis' | 'appealIds' | 'periodLabel'>> => {
    const hers = await appeals.find({
      select: { id: true },
      where: [{ filedById: liaison.id, channel: 'liaison' }, { assignedLiaisonId: liaison.id }],
      order: { id: 'ASC' },
      take: 2,
    });
    return hers.length > 0 ? { basis: 'caseByCase', appealIds: hers.map((a) => a.id) } : { basis: 'periodic', periodLabel: quarterOf(at(100)).name };
  };

  const propose = async (place: SampleCommunity, liaison: User, daysAgo: number, reward: string, amount: number | undefined, reason: string) => {
    clock.set(at(daysAgo));
    const staff = contextFor(place.staff[0]);
    return rewards.create(staff, { liaisonUserId: liaison.id, ...(await basisFor(liaison)), reward, amount, reason });
  };
  const meetAndSubmit = async (place: SampleCommunity, id: number, daysAgo: number) => {
    const staff = contextFor(place.staff[0]);
    clock.set(at(daysAgo));
    await rewards.recordMeeting(staff, id, {
      date: at(daysAgo, -2).toISOString(),
      attendees: `${place.secretary.displayName}（社区党委书记）、${place.staff.map((s) => s.displayName).join('、')}、党委委员共5人`,
      decision: '同意为该民情专员申请奖励，报社区党委书记审批',
      minutes: '会议听取了民情专员近期走访、上报和参与调解情况的汇报，与会人员逐一发表意见，一致同意申请奖励。（示例会议纪要）',
    });
    clock.set(at(daysAgo, 1));
    await rewards.submit(staff, id);
  };

  const [c01, c02] = org.communities;
  if (c01 && c01.liaisons.length >= 2) {
    const [first, second] = c01.liaisons as [User, User];
    const approved = await propose(c01, first, 12, '荣誉证书＋慰问品', 300, '主动巡查发现并上报隐患，配合社区上门反馈，居民满意');
    await meetAndSubmit(c01, approved.id, 11);
    clock.set(at(10));
    await rewards.approve(contextFor(c01.secretary), approved.id);

    const awaiting = await propose(c01, second, 5, '优秀民情专员表彰', 200, '本季度走访居民次数最多，参与化解邻里纠纷');
    await meetAndSubmit(c01, awaiting.id, 4);

    await propose(c01, first, 1, '慰问品', undefined, '连续两周夜间巡查，及时发现楼道堆物（待召开党组织会议）');
  }
  if (c02 && c02.liaisons.length >= 1) {
    const acknowledged = await propose(c02, c02.liaisons[0], 30, '荣誉证书', undefined, '长期坚持政策宣传，组织楼门议事');
    await meetAndSubmit(c02, acknowledged.id, 28);
    clock.set(at(27));
    await rewards.approve(contextFor(c02.secretary), acknowledged.id);
    clock.set(at(25));
    await rewards.acknowledge(contextFor(org.admin), acknowledged.id);
  }
  clock.set(now);
}
