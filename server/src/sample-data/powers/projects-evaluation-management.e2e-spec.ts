import { quarterOf } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { DepartmentScore } from '../../evaluation/department-score.entity';
import { DepartmentRankingService } from '../../evaluation/department-ranking.service';
import { EvaluationPeriod } from '../../evaluation/evaluation-period.entity';
import { ManagementItem } from '../../management/management-item.entity';
import { Community } from '../../organisation/community.entity';
import { isOpinionOverdue } from '../../projects/project.mapper';
import { ProjectOpinion } from '../../projects/project-opinion.entity';
import { Project } from '../../projects/project.entity';
import { openSeededSampleDatabase, type SeededSampleDatabase } from '../../testing/seeded-sample-database';

const NOW = new Date('2026-03-02T02:00:00.000Z');

describe('sample projects, evaluation and management lists', () => {
  let sample: SeededSampleDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    sample = await openSeededSampleDatabase({ appeals: 120, now: NOW });
    dataSource = sample.dataSource;
  }, 60_000);
  afterAll(() => sample?.close());

  it('has projects in every state, one consultation overdue and one objection on record', async () => {
    const projects = await dataSource.getRepository(Project).find();
    const opinions = await dataSource.getRepository(ProjectOpinion).find();
    expect(new Set(projects.map((p) => p.status))).toEqual(new Set(['awaitingOpinion', 'opinionGiven', 'started']));
    expect(projects.some((p) => isOpinionOverdue(p, NOW))).toBe(true);
    expect(projects.some((p) => p.status === 'awaitingOpinion' && !isOpinionOverdue(p, NOW))).toBe(true);
    expect(opinions.map((o) => o.opinion)).toEqual(expect.arrayContaining(['agree', 'agreeWithConditions', 'object']));
    // Every started project had the community's opinion first, and everything happened before now.
    for (const p of projects.filter((x) => x.status === 'started')) {
      const opinion = opinions.find((o) => o.projectId === p.id)!;
      expect(opinion.at.getTime()).toBeLessThan(p.startedAt!.getTime());
    }
    expect(projects.every((p) => p.registeredAt <= NOW && (p.startedAt ?? p.registeredAt) <= NOW)).toBe(true);
  });

  it('has the current quarter with scores from several communities, and a ranking from them', async () => {
    const periods = await dataSource.getRepository(EvaluationPeriod).find({ order: { startsAt: 'ASC' } });
    expect(periods.map((p) => p.name)).toEqual(['2025年第4季度', quarterOf(NOW).name]);
    const current = periods[1];
    const scores = await dataSource.getRepository(DepartmentScore).findBy({ periodId: current.id });
    expect(new Set(scores.map((s) => s.communityId)).size).toBeGreaterThanOrEqual(3);
    expect(scores.every((s) => Number.isInteger(s.score) && s.score >= 0 && s.score <= 100 && s.at <= NOW)).toBe(true);
    const ranking = await sample.context.app.get(DepartmentRankingService).ranking(current.id);
    expect(ranking.rows.filter((r) => r.measures.communityScore !== null).length).toBeGreaterThanOrEqual(2);
    expect(ranking.rows[0].rank).toBe(1);
  });

  it('gives every sample community a management list', async () => {
    const communities = await dataSource.getRepository(Community).find();
    const items = await dataSource.getRepository(ManagementItem).find();
    for (const c of communities) {
      const own = items.filter((i) => i.communityId === c.id);
      expect(own.length).toBeGreaterThanOrEqual(6);
      expect(own.map((i) => i.title)).toEqual(expect.arrayContaining(['社区公共空间使用安排', '停车位统筹', '小区绿化养护协调', '社区议事协商会召集']));
      expect(new Set(own.map((i) => i.kind))).toEqual(new Set(['power', 'resource']));
    }
  });
});
