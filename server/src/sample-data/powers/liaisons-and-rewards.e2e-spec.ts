import { DataSource } from 'typeorm';
import { AppealFeedback } from '../../appeals/entities/appeal-feedback.entity';
import { Appeal } from '../../appeals/entities/appeal.entity';
import { LiaisonProfile } from '../../liaisons/liaison-profile.entity';
import { LiaisonsService } from '../../liaisons/liaisons.service';
import { TrainingRecord } from '../../liaisons/training-record.entity';
import { Community } from '../../organisation/community.entity';
import { openSeededSampleDatabase, type SeededSampleDatabase } from '../../testing/seeded-sample-database';
import { User } from '../../users/user.entity';
import { contextOf } from '../../users/user.mapper';
import { RewardEvent } from '../../rewards/reward-event.entity';
import { RewardRequest } from '../../rewards/reward-request.entity';

const NOW = new Date('2026-03-02T02:00:00.000Z');

describe('sample liaisons and reward requests (seeded through the real services)', () => {
  let sample: SeededSampleDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    sample = await openSeededSampleDatabase({ appeals: 80, now: NOW });
    dataSource = sample.dataSource;
  }, 90_000);
  afterAll(() => sample?.close());

  it('gives every sample liaison a registry entry with duties, and some of them trainings', async () => {
    const liaisons = await dataSource.getRepository(User).findBy({ role: 'liaison' });
    const profiles = await dataSource.getRepository(LiaisonProfile).find();
    expect(profiles.map((p) => p.userId).sort((a, b) => a - b)).toEqual(liaisons.map((u) => u.id).sort((a, b) => a - b));
    expect(profiles.every((p) => p.active && p.duties.length > 0)).toBe(true);
    expect(new Set(profiles.flatMap((p) => p.duties))).toEqual(new Set(['policyPromoter', 'observer', 'mediator', 'liaison']));
    const trainings = await dataSource.getRepository(TrainingRecord).find();
    expect(trainings.length).toBeGreaterThanOrEqual(24);
    expect(trainings.every((t) => t.date < NOW && t.hours >= 0.5 && t.hours <= 24)).toBe(true);
  });

  it('has reward requests approved, awaiting approval (with its meeting record), a draft without one, and one acknowledged', async () => {
    const [c01, c02] = await dataSource.getRepository(Community).find({ order: { code: 'ASC' }, take: 2 });
    const requests = await dataSource.getRepository(RewardRequest).find({ order: { id: 'ASC' } });
    const of = (c: Community) => requests.filter((r) => r.communityId === c.id).map((r) => [r.status, r.meetingDate !== null]);
    expect(of(c01)).toEqual([
      ['approved', true],
      ['awaitingApproval', true],
      ['draft', false],
    ]);
    expect(of(c02)).toEqual([['acknowledged', true]]);
    const events = await dataSource.getRepository(RewardEvent).find({ order: { id: 'ASC' } });
    const timeline = (r: RewardRequest) => events.filter((e) => e.requestId === r.id).map((e) => e.type);
    expect(requests.map(timeline)).toEqual([
      ['propose', 'recordMeeting', 'submit', 'approve'],
      ['propose', 'recordMeeting', 'submit'],
      ['propose'],
      ['propose', 'recordMeeting', 'submit', 'approve', 'acknowledge'],
    ]);
    expect(events.every((e) => e.at <= NOW)).toBe(true);
  });

  it('counts every liaison’s work as a naive count of the appeals and feedback would', async () => {
    const admin = await dataSource.getRepository(User).findOneByOrFail({ role: 'streetAdmin' });
    const registry = await sample.context.app.get(LiaisonsService).list(contextOf(admin), {});
    expect(registry).toHaveLength(54);
    for (const entry of registry) {
      const reports = await dataSource.getRepository(Appeal).countBy({ filedById: entry.userId, channel: 'liaison' });
      const proactiveReports = await dataSource.getRepository(Appeal).countBy({ filedById: entry.userId, channel: 'liaison', proactive: true });
      const visits = await dataSource.getRepository(AppealFeedback).countBy({ byId: entry.userId });
      const participations = await dataSource.getRepository(Appeal).countBy({ assignedLiaisonId: entry.userId });
      expect(entry.counts).toEqual({ reports, proactiveReports, visits, participations });
    }
    expect(registry.some((e) => e.counts.reports > 0)).toBe(true);
  });
});
