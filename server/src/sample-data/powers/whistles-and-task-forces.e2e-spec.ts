import { DataSource, IsNull } from 'typeorm';
import { AppealEvent } from '../../appeals/entities/appeal-event.entity';
import { Appeal } from '../../appeals/entities/appeal.entity';
import { TaskForce } from '../../task-forces/task-force.entity';
import { openSeededSampleDatabase, type SeededSampleDatabase } from '../../testing/seeded-sample-database';
import { Timer } from '../../timers/timer.entity';
import { TimerDrain } from '../../timers/timer-drain.service';
import { WhistleEvent } from '../../whistles/whistle-event.entity';
import { Whistle } from '../../whistles/whistle.entity';

const NOW = new Date('2026-03-02T02:00:00.000Z');

describe('sample whistles and task forces', () => {
  let sample: SeededSampleDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    sample = await openSeededSampleDatabase({ appeals: 120, now: NOW });
    dataSource = sample.dataSource;
  }, 60_000);
  afterAll(() => sample?.close());

  const whistles = () => dataSource.getRepository(Whistle).find({ relations: { targets: { department: true } }, order: { id: 'ASC' } });

  it('has whistles in every state, the fallen tree closed and rated', async () => {
    const all = await whistles();
    expect(all.length).toBeGreaterThanOrEqual(4);
    const tree = all.find((w) => w.subject.includes('大树'))!;
    expect(tree).toMatchObject({ status: 'closed', appealId: null });
    expect(tree.targets!.map((t) => [t.department!.name, t.status, t.rating])).toEqual([
      ['区园林绿化局', 'completed', 'basicallySatisfied'],
      ['园林绿化队', 'completed', 'satisfied'],
    ]);
    const parts = all.flatMap((w) => w.targets!);
    expect(new Set(parts.map((t) => t.status))).toEqual(new Set(['whistled', 'reportedIn', 'completed']));
    expect(all.some((w) => w.appealId !== null && w.status === 'open')).toBe(true);
    expect(all.every((w) => w.createdAt <= NOW)).toBe(true);
  });

  it("leaves a missed report-in for the server's first timer pass, which flags it", async () => {
    const pending = await dataSource.getRepository(Timer).countBy({ kind: 'whistleReportIn', firedAt: IsNull() });
    expect(pending).toBeGreaterThan(0);
    sample.context.clock.set(NOW);
    await sample.context.app.get(TimerDrain).drain();
    const missed = await dataSource.getRepository(WhistleEvent).find({ where: { type: 'reportInMissed' }, relations: { department: true } });
    expect(missed.map((e) => e.department?.name)).toEqual(['综合行政执法队']);
  });

  it('forms the lift-installation task force, with notes on the appeal timeline', async () => {
    const taskForce = await dataSource.getRepository(TaskForce).findOneOrFail({
      where: {},
      relations: { members: { department: true } },
    });
    const appeal = await dataSource.getRepository(Appeal).findOneByOrFail({ id: taskForce.appealId });
    expect(appeal.level).toBe('taskForce');
    expect(appeal.content).toContain('加装电梯');
    expect(taskForce.members!.filter((m) => m.kind === 'department').map((m) => [m.department!.name, m.lead])).toEqual([
      ['社区建设办公室（社区建设科）', true],
      ['区民政局', false],
      ['平安建设办公室（安生办）', false],
    ]);
    expect(taskForce.members!.filter((m) => m.kind === 'person')).toHaveLength(3);
    const lines = await dataSource.getRepository(AppealEvent).find({ where: { appealId: appeal.id }, order: { id: 'ASC' } });
    expect(lines.map((e) => e.type).filter((type) => ['whistle', 'formTaskForce', 'taskForceNote'].includes(type))).toEqual([
      'whistle',
      'formTaskForce',
      'taskForceNote',
      'taskForceNote',
      'taskForceNote',
    ]);
  });
});
