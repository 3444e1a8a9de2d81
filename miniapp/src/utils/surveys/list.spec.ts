import type { SurveyInfo } from '@lingjuli/shared';
import { SURVEY_ENTRY_ROLES, SURVEY_STAFF_ROLES, communityProgressLine, reachedCount, sortSurveys, surveyListQuery, surveyWhere } from '@/utils/surveys/list';

const survey = (id: number, status: SurveyInfo['status']) => ({ id, status }) as SurveyInfo;

describe('the list of surveys', () => {
  it('never lets a liaison read results, and lets her enter answers', () => {
    expect(SURVEY_STAFF_ROLES).not.toContain('liaison');
    expect(SURVEY_STAFF_ROLES).toContain('gridSecretary');
    expect(SURVEY_ENTRY_ROLES).toContain('liaison');
  });

  it('asks the server for one status, or all', () => {
    expect(surveyListQuery('all')).toEqual({});
    expect(surveyListQuery('closed')).toEqual({ status: 'closed' });
  });

  it('shows running surveys first, then those to come, then the ended, keeping the server’s order within each', () => {
    const sorted = sortSurveys([survey(5, 'closed'), survey(4, 'open'), survey(3, 'scheduled'), survey(2, 'open')]);
    expect(sorted.map((s) => s.id)).toEqual([4, 2, 3, 5]);
  });

  it('says who runs it and where, and each community’s progress', () => {
    const communities = [
      { communityId: 1, communityName: '幸福社区', households: null },
      { communityId: 2, communityName: '和平社区', households: null },
    ];
    expect(surveyWhere({ runBy: { communityId: null, name: '街道' }, communities })).toBe('街道 · 2个社区');
    expect(surveyWhere({ runBy: { communityId: null, name: '街道' }, communities: communities.slice(0, 1) })).toBe('街道 · 幸福社区');
    expect(surveyWhere({ runBy: { communityId: 1, name: '幸福社区' }, communities: communities.slice(0, 1) })).toBe('幸福社区');
    expect(communityProgressLine({ communityName: '幸福社区', entries: 120, target: 200 })).toBe('幸福社区 120/200');
    expect(
      reachedCount([
        { entries: 200, target: 200 },
        { entries: 20, target: 200 },
      ]),
    ).toBe(1);
  });
});
