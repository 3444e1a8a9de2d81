import { ROLES } from '@lingjuli/shared';
import { alertsAskFor, alertsWords, linksWechat } from '@/utils/wechat-alerts';

describe('WeChat alerts on a worker’s first page', () => {
  it('asks each role for its own alerts; residents are asked when they file', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, alertsAskFor(role)]))).toEqual({
      resident: null,
      liaison: 'liaisonTasks',
      communityStaff: 'staffAlerts',
      communitySecretary: 'staffAlerts',
      gridSecretary: 'staffAlerts',
      commandCenter: 'staffAlerts',
      departmentStaff: 'departmentAlerts',
      streetAdmin: 'staffAlerts',
    });
  });

  it('links a WeChat for staff only: residents and liaisons signed in with theirs', () => {
    expect(ROLES.filter(linksWechat)).toEqual(['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'departmentStaff', 'streetAdmin']);
  });

  it('says what the alerts bring, only for the topics that have a template', () => {
    expect(alertsWords('staffAlerts')).toBe('新的紧急诉求、即将超时和已超时');
    expect(alertsWords('departmentAlerts')).toBe('社区吹哨和街道派单');
    expect(alertsWords('liaisonTasks')).toBe('新的走访任务');
    expect(alertsWords('staffAlerts', (topic) => topic !== 'deadlineWarning')).toBe('新的紧急诉求和已超时');
  });
});
