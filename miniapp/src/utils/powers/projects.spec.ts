import type { ProjectInfo } from '@lingjuli/shared';
import {
  describeOpinionDue,
  matchesProjectFilter,
  opinionBody,
  projectBody,
  projectQuery,
  sortProjectsForCommunity,
  sortProjectsForStreet,
  emptyProjectDraft,
} from '@/utils/powers/projects';

const project = (id: number, over: Partial<ProjectInfo> = {}): ProjectInfo => ({
  id,
  communityId: 1,
  communityName: '示例社区01',
  title: `项目${id}`,
  description: '加装电梯',
  kind: 'infrastructure',
  status: 'awaitingOpinion',
  registeredBy: { id: 1, name: '张建国', role: 'streetAdmin' },
  registeredAt: `2026-03-0${id}T00:00:00.000Z`,
  opinionDueAt: '2026-03-09T00:00:00.000Z',
  opinionOverdue: false,
  opinion: null,
  startedAt: null,
  ...over,
});

describe('project lists', () => {
  it('asks the server for the chosen filter', () => {
    expect(projectQuery('all')).toEqual({});
    expect(projectQuery('overdue')).toEqual({ overdue: true });
    expect(projectQuery('started')).toEqual({ status: 'started' });
    expect(matchesProjectFilter(project(1, { opinionOverdue: true }), 'overdue')).toBe(true);
    expect(matchesProjectFilter(project(1), 'started')).toBe(false);
  });

  it('shows the street the newest first and a community those awaiting its opinion first', () => {
    const items = [
      project(1, { status: 'started' }),
      project(2, { opinionDueAt: '2026-03-20T00:00:00Z' }),
      project(3, { status: 'opinionGiven' }),
      project(4, { opinionDueAt: '2026-03-10T00:00:00Z' }),
    ];
    expect(sortProjectsForStreet(items).map((p) => p.id)).toEqual([4, 3, 2, 1]);
    expect(sortProjectsForCommunity(items).map((p) => p.id)).toEqual([4, 2, 3, 1]);
  });

  it('says how long the community has to answer, and flags it overdue', () => {
    expect(describeOpinionDue(project(1), new Date('2026-03-07T00:00:00Z'))).toEqual({ state: 'ok', text: '回复还剩2天', due: '3月9日 08:00' });
    expect(describeOpinionDue(project(1), new Date('2026-03-08T12:00:00Z')).state).toBe('warning');
    expect(describeOpinionDue(project(1, { opinionOverdue: true }), new Date('2026-03-10T00:00:00Z'))).toMatchObject({
      state: 'overdue',
      text: '逾期1天未回复',
    });
    expect(describeOpinionDue(project(1, { status: 'opinionGiven' }), new Date('2026-03-10T00:00:00Z')).text).toBe('社区已回复');
  });
});

describe('project forms', () => {
  it('needs an opinion and its reasons', () => {
    const bad = opinionBody(null, ' ');
    expect(bad.ok ? null : Object.keys(bad.errors)).toEqual(['opinion', 'text']);
    expect(opinionBody('agreeWithConditions', ' 夜间不得施工 ')).toEqual({ ok: true, body: { opinion: 'agreeWithConditions', text: '夜间不得施工' } });
  });

  it('registers a project with the days to answer, 7 by default', () => {
    const draft = { ...emptyProjectDraft(), communityId: 3, title: '3号楼加装电梯', description: '为3号楼加装电梯', kind: 'infrastructure' as const };
    expect(projectBody(draft)).toEqual({
      ok: true,
      body: { communityId: 3, title: '3号楼加装电梯', description: '为3号楼加装电梯', kind: 'infrastructure', opinionDueDays: 7 },
    });
    expect(projectBody({ ...draft, days: '' })).toMatchObject({ ok: true, body: { opinionDueDays: 7 } });
    const bad = projectBody({ ...emptyProjectDraft(), days: '0.5' });
    expect(bad.ok ? null : Object.keys(bad.errors).sort()).toEqual(['communityId', 'description', 'kind', 'opinionDueDays', 'title']);
  });
});
