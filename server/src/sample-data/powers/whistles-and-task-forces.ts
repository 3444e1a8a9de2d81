import type { Tier } from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { AppealEvent } from '../../appeals/entities/appeal-event.entity';
import { Appeal } from '../../appeals/entities/appeal.entity';
import type { RequestContext } from '../../common/context/request-context';
import { TaskForcesService } from '../../task-forces/task-forces.service';
import { contextOf as as } from '../../users/user.mapper';
import { WhistlesService } from '../../whistles/whistles.service';
import type { DepartmentKey, SampleCommunity } from '../sample-organisation';
import type { PowersSeedContext } from './index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Sample whistles in each state — the method's fallen tree (closed and rated), one being worked on,
 * one whose department missed its report-in deadline (the server's first timer pass flags it), one
 * just blown about an open appeal — and the lift-installation task force, all through the real
 * services with the clock set to each step's time. Sample appeals are only added to, never created
 * (the seed's appeal count is what it was asked for).
 */
export async function seedWhistlesAndTaskForces(context: PowersSeedContext): Promise<void> {
  const seeder = new Seeder(context);
  await seeder.fallenTree();
  await seeder.burstPipe();
  await seeder.missedReportIn();
  await seeder.aboutAnOpenAppeal();
  await seeder.liftTaskForce();
  context.clock.set(context.now);
}

class Seeder {
  private readonly whistles: WhistlesService;
  private readonly taskForces: TaskForcesService;
  private readonly dataSource: DataSource;

  constructor(private readonly c: PowersSeedContext) {
    this.whistles = c.app.get(WhistlesService);
    this.taskForces = c.app.get(TaskForcesService);
    this.dataSource = c.app.get(DataSource);
  }

  private at(msBeforeNow: number): void {
    this.c.clock.set(new Date(this.c.now.getTime() - msBeforeNow));
  }

  private dept(key: DepartmentKey): { id: number; staff: RequestContext } {
    return { id: this.c.org.departments[key].id, staff: as(this.c.org.departmentStaff[key]) };
  }

  private place(i: number): SampleCommunity {
    return this.c.org.communities[i % this.c.org.communities.length];
  }

  /** 吹哨 at the method's example: a tree blown down across a path; both units report in, clear it, and are rated. */
  async fallenTree(): Promise<void> {
    const place = this.place(0);
    const parks = this.dept('parksBureau');
    const greening = this.dept('greening');
    this.at(5 * DAY);
    const w = await this.whistles.create(as(place.staff[0]), {
      subject: '大风刮倒大树，横在小区主路上',
      description: `昨夜大风，${place.buildings[0]?.name ?? '1号楼'}旁一棵大杨树倒伏，横在小区主路上，行人车辆无法通行，需切割移除。`,
      tier: 'emergency',
      departmentIds: [parks.id, greening.id],
    });
    const steps: [number, () => Promise<unknown>][] = [
      [12 * MINUTE, () => this.whistles.reportIn(greening.staff, w.id, { note: '绿化队带油锯出发' })],
      [20 * MINUTE, () => this.whistles.reportIn(parks.staff, w.id, { note: '已安排技术人员到场评估' })],
      [70 * MINUTE, () => this.whistles.progress(greening.staff, w.id, { content: '正在分段切割树干' })],
      [150 * MINUTE, () => this.whistles.complete(greening.staff, w.id, { note: '倒伏树木已切割清运，主路恢复通行' })],
      [170 * MINUTE, () => this.whistles.complete(parks.staff, w.id, { note: '已评估周边树木，另有两棵列入修剪计划' })],
      [
        4 * HOUR,
        () =>
          this.whistles.close(as(place.secretary), w.id, {
            ratings: [
              { departmentId: greening.id, rating: 'satisfied', comment: '到场快，清理彻底' },
              { departmentId: parks.id, rating: 'basicallySatisfied' },
            ],
          }),
      ],
    ];
    for (const [after, step] of steps) {
      this.at(5 * DAY - after);
      await step();
    }
  }

  /** In progress: the water company reported in and is repairing. */
  async burstPipe(): Promise<void> {
    const place = this.place(3);
    const water = this.dept('water');
    this.at(6 * HOUR);
    const w = await this.whistles.create(as(place.staff[0]), {
      subject: '小区主管道爆裂',
      description: '小区东门内地下供水主管道爆裂，路面积水，多栋楼水压不足。',
      tier: 'utility',
      departmentIds: [water.id],
    });
    this.at(5 * HOUR);
    await this.whistles.reportIn(water.staff, w.id, { note: '抢修队已到场' });
    this.at(2 * HOUR);
    await this.whistles.progress(water.staff, w.id, { content: '已关阀断水，正在开挖更换管段，预计今晚恢复供水' });
  }

  /**
   * The enforcement team has not reported in and its deadline has passed: the first timer pass flags it.
   * In the first community, whose sample logins are printed, so the flag is there to see.
   */
  async missedReportIn(): Promise<void> {
    const place = this.place(0);
    const tier: Tier = 'ordinary';
    this.at(30 * HOUR);
    const w = await this.whistles.create(as(place.secretary), {
      subject: '楼顶违建未拆除',
      description: '顶层住户在楼顶搭建彩钢板房，居民多次反映，社区劝导无效，请执法队依法处置。',
      tier,
      departmentIds: [this.dept('enforcement').id, this.dept('cityManagement').id],
    });
    this.at(26 * HOUR);
    await this.whistles.reportIn(this.dept('cityManagement').staff, w.id, { note: '已与执法队沟通，联合处置' });
  }

  /** Just whistled about an open community-level appeal: nobody has reported in yet. */
  async aboutAnOpenAppeal(): Promise<void> {
    const appeal = await this.openAppeal({ level: 'community' });
    if (!appeal) return;
    const place = this.c.org.communities.find((p) => p.community.id === appeal.appeal.communityId);
    if (!place) return;
    this.c.clock.set(appeal.times(1)[0]);
    await this.whistles.create(as(place.staff[0] ?? place.secretary), {
      appealId: appeal.appeal.id,
      subject: '请城管办协助处置',
      description: '该诉求涉及公共区域管理，社区已到场查看，需城市管理办公室协助处置。',
      departmentIds: [this.dept('cityManagement').id],
    });
  }

  /**
   * The method's lift installation: the community whistles the civil affairs bureau and the community
   * building section, then the street forms a task force with the safety office and residents'
   * representatives, whose members write progress notes.
   */
  async liftTaskForce(): Promise<void> {
    const found = (await this.openAppeal({ contentLike: '%加装电梯%' })) ?? (await this.openAppeal({ tier: 'complex' }));
    if (!found) return;
    const { appeal } = found;
    const place = this.c.org.communities.find((p) => p.community.id === appeal.communityId);
    if (!place) return;
    const civil = this.dept('civilAffairs');
    const building = this.dept('communityBuilding');
    const safety = this.dept('safety');
    const [whistleAt, reportAt, formAt, note1, note2, note3] = found.times(6);

    this.c.clock.set(whistleAt);
    const w = await this.whistles.create(as(place.staff[0] ?? place.secretary), {
      appealId: appeal.id,
      subject: '老楼加装电梯需街道协调',
      description: '业主同意率已过三分之二，一楼住户有顾虑，涉及规划审批和管线迁改，请区民政局、社区建设科到场协调。',
      departmentIds: [civil.id, building.id],
    });
    this.c.clock.set(reportAt);
    await this.whistles.reportIn(civil.staff, w.id, { note: '已了解情况，建议成立专班' });
    await this.whistles.reportIn(building.staff, w.id, {});

    this.c.clock.set(formAt);
    await this.taskForces.form(as(this.c.org.commandCenter[0]), appeal.id, {
      name: '老楼加装电梯专班',
      leadDepartmentId: building.id,
      memberDepartmentIds: [civil.id, safety.id],
      representatives: ['业主代表 王先生', '一楼住户代表 刘女士', '楼门长 赵阿姨'],
      note: '统筹规划审批、安全评估、管线迁改和居民协商',
    });
    this.c.clock.set(note1);
    await this.taskForces.addNote(safety.staff, appeal.id, { content: '已完成加装位置的安全评估，消防通道不受影响。', visibility: 'internal' });
    this.c.clock.set(note2);
    await this.taskForces.addNote(as(place.secretary), appeal.id, {
      content: '专班召开加装电梯综合协调会，业主代表和一楼住户达成补偿方案，正在准备报审材料。',
      visibility: 'public',
    });
    this.c.clock.set(note3);
    await this.taskForces.addNote(civil.staff, appeal.id, { content: '已对接适老化改造补贴政策，符合条件的老人可申请补助。', visibility: 'internal' });
  }

  /**
   * A sample appeal still being handled (received or in progress) that matches the filter, the one
   * quiet for longest, and a helper that spreads `n` instants after its last timeline line and before
   * now (a timeline only moves forward).
   */
  private async openAppeal(filter: { level?: Appeal['level']; tier?: Tier; contentLike?: string }): Promise<{
    appeal: Appeal;
    times: (n: number) => Date[];
  } | null> {
    const qb = this.dataSource
      .createQueryBuilder(Appeal, 'appeal')
      .where({ status: In(['received', 'inProgress']) })
      .andWhere('appeal.level != :taskForce', { taskForce: 'taskForce' });
    if (filter.level) qb.andWhere('appeal.level = :level', { level: filter.level });
    if (filter.tier) qb.andWhere('appeal.tier = :tier', { tier: filter.tier });
    if (filter.contentLike) qb.andWhere('appeal.content LIKE :content', { content: filter.contentLike });
    const candidates = await qb.orderBy('appeal.id', 'ASC').getMany();
    if (candidates.length === 0) return null;
    // Every candidate's timeline in one query, rather than one query per candidate.
    const events = await this.dataSource.getRepository(AppealEvent).find({
      select: { appealId: true, at: true },
      where: { appealId: In(candidates.map((a) => a.id)) },
    });
    const lastAtOf = new Map<number, number>();
    for (const e of events) lastAtOf.set(e.appealId, Math.max(lastAtOf.get(e.appealId) ?? -Infinity, e.at.getTime()));
    let chosen: { appeal: Appeal; lastAt: number } | null = null;
    for (const appeal of candidates) {
      const lastAt = lastAtOf.get(appeal.id) ?? appeal.receivedAt.getTime();
      if (!chosen || lastAt < chosen.lastAt) chosen = { appeal, lastAt };
    }
    if (!chosen) return null;
    const from = Math.max(chosen.lastAt, this.c.now.getTime() - 3 * DAY);
    const to = this.c.now.getTime() - MINUTE;
    if (from >= to) return null;
    return {
      appeal: chosen.appeal,
      times: (n) => Array.from({ length: n }, (_, i) => new Date(Math.floor(from + ((to - from) * (i + 1)) / (n + 1)))),
    };
  }
}
