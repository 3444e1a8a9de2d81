import type { NotificationKind } from '@lingjuli/shared';
import { NOTIFICATION_KINDS, SUBSCRIPTION_TOPIC_OF } from '@lingjuli/shared';
import { NOTICE_DETAILS, NOTICES, renderNotice, type NoticeParams } from './notices';

const due = new Date('2026-03-02T08:30:00+08:00');
const appeal = { code: '20260302-00007', tier: 'utility' as const, dueAt: due };
const dispatch = { code: appeal.code, lead: '区水务局', assisting: ['区园林绿化局', '城市管理办公室'] };
const reward = { communityName: '示例社区01', liaisonName: '张三', reward: '荣誉证书', basis: 'caseByCase' as const };

/** One example of every kind, with the words it must render (the catalogue's whole text). */
const EXAMPLES: { [K in NotificationKind]: [NoticeParams[K], string, string] } = {
  appealFiled: [
    { ...appeal, tier: 'ordinary', category: 'lift', communityName: '示例社区01', place: '3号楼', words: '3号楼2单元电梯停了' },
    '新诉求：电梯',
    '20260302-00007（一般）示例社区01 3号楼：3号楼2单元电梯停了。请于 3月2日 08:30 前响应',
  ],
  emergencyFiled: [
    { ...appeal, tier: 'emergency', category: 'safety', communityName: '示例社区01', place: null, words: '楼道里有很浓的煤气味' },
    '紧急诉求：示例社区01',
    '20260302-00007（紧急安全）：楼道里有很浓的煤气味。须于 3月2日 08:30 前处置完毕，请立即响应',
  ],
  deadlineWarning: [appeal, '诉求即将超时', '20260302-00007（水电气热）将于 3月2日 08:30 到期，请尽快办理'],
  deadlineBreached: [appeal, '诉求超时，已上报街道督办', '20260302-00007（水电气热）已于 3月2日 08:30 超时，已自动上报街道指挥分中心'],
  streetDeadlineBreached: [
    { ...appeal, taskForceName: '老旧小区管网改造专班' },
    '专班办理诉求超时，请督办',
    '20260302-00007（水电气热）已于 3月2日 08:30 超时，请街道领导督办，专班“老旧小区管网改造专班”牵头单位加快办理',
  ],
  progressReminder: [{ code: appeal.code }, '请公开办理进展', '复杂诉求 20260302-00007 已超过72小时未公开进展，请尽快发布'],
  progressOverdue: [{ code: appeal.code, dueAt: due }, '复杂诉求未公开进展，已督办', '20260302-00007 应于 3月2日 08:30 前公开进展，至今未发布'],
  appealAccepted: [{ code: appeal.code, tier: 'utility', category: 'water' }, '您反映的问题已受理', '20260302-00007（供水）社区已受理。水电气热：24小时内反馈'],
  appealProgress: [{ code: appeal.code, text: '已联系自来水公司' }, '您反映的问题有新进展', '20260302-00007：已联系自来水公司'],
  appealResult: [{ code: appeal.code, text: '水管已更换' }, '您反映的问题已办结，请评价', '20260302-00007：水管已更换'],
  whistled: [{ communityName: '示例社区01', subject: '树倒挡路', reportInDueAt: due }, '示例社区01吹哨，请按时报到', '树倒挡路：请于 3月2日 08:30 前报到'],
  whistleReportInMissed: [
    { communityName: '示例社区01', subject: '树倒挡路', departmentName: '区园林绿化局', dueAt: due },
    '吹哨单位未按时报到，已督办',
    '示例社区01吹哨“树倒挡路”：区园林绿化局未在 3月2日 08:30 前报到',
  ],
  dispatched: [
    { ...dispatch, role: 'assist' },
    '街道派单：请协办',
    '20260302-00007：区水务局主办，区园林绿化局、城市管理办公室协办。请配合主办单位办理，完成后报告协办完成',
  ],
  dispatchParticipation: [
    dispatch,
    '诉求已派单，请社区派员参与',
    '20260302-00007：已派区水务局主办，区园林绿化局、城市管理办公室协办。请派社区干部和民情专员参与办理',
  ],
  appealReopened: [
    { code: appeal.code, why: '居民评价未解决', assignments: ['区水务局（主办）', '区园林绿化局（协办）'] },
    '诉求重新办理，请继续处理',
    '20260302-00007：居民评价未解决，已重新办理。区水务局（主办）、区园林绿化局（协办）请继续办理，由主办单位办结',
  ],
  whistleCancelled: [
    { communityName: '示例社区01', subject: '树倒挡路', appealStatus: 'withdrawn' },
    '吹哨已撤销，无需再报到',
    '示例社区01吹哨“树倒挡路”：诉求已撤回，吹哨随之撤销',
  ],
  projectConsultation: [
    { title: '3号楼加装电梯', kind: 'infrastructure', opinionDueAt: due },
    '街道项目征求社区意见',
    '「3号楼加装电梯」（基础设施）请于3月2日 08:30前回复社区意见',
  ],
  projectOpinionOverdue: [
    { title: '3号楼加装电梯', kind: 'infrastructure', opinionDueAt: due },
    '街道项目征求意见已逾期',
    '「3号楼加装电梯」（基础设施）应于3月2日 08:30前回复社区意见，社区尚未回复',
  ],
  rewardRequest: [
    { ...reward, step: 'returned', reason: '会议记录不全' },
    '民情专员奖励申请被退回',
    '示例社区01为民情专员张三申请“荣誉证书”（一事一议）。退回原因：会议记录不全',
  ],
  accountLocked: [
    { displayName: '李四', username: 'lisi', failedLogins: 10 },
    '工作人员账号已锁定',
    '李四（lisi）连续10次密码错误，账号已锁定。确认是本人后可在“人员”中解锁。',
  ],
  visitTask: [
    { communityName: '示例社区01', reason: '3号楼「供水」近90天4次诉求' },
    '请走访重复诉求楼栋',
    '示例社区01：3号楼「供水」近90天4次诉求。请上门了解情况，记录走访结果。',
  ],
  volunteerApplication: [
    { communityName: '示例社区01', kind: 'partyMember', name: '赵敏' },
    '新的志愿者申请：双报到在职党员',
    '赵敏申请到示例社区01双报到，请审核。',
  ],
  volunteerDecision: [
    { communityName: '示例社区01', kind: 'liaison', decision: 'declined', reason: '本季度名额已满，欢迎下季度再申请' },
    '您的民情专员申请未通过',
    '示例社区01：本季度名额已满，欢迎下季度再申请',
  ],
  meetingDecision: [
    { code: appeal.code, topic: '小区停车管理方案', text: '采用方案二：东侧空地施划30个车位，按户抽签', adopted: true },
    '居民议事会对您反映的问题作出决议',
    '20260302-00007：议事会「小区停车管理方案」决议（通过）：采用方案二：东侧空地施划30个车位，按户抽签',
  ],
  meetingCancelled: [
    { topic: '小区停车管理方案', startsAt: due, reason: '遇雨改期' },
    '议事会已取消',
    '原定 3月2日 08:30 召开的「小区停车管理方案」已取消：遇雨改期',
  ],
  meetingChanged: [
    { topic: '小区停车管理方案', startsAt: due, place: '居委会二楼议事厅' },
    '议事会时间或地点有变',
    '「小区停车管理方案」改为 3月2日 08:30 在居委会二楼议事厅召开',
  ],
  pollClosed: [
    { title: '小区停车方案征求意见', communityName: '示例社区01', participants: 182, eligible: 240, ballotUnit: 'household', reader: 'staff' },
    '征求意见已结束：小区停车方案征求意见',
    '「小区停车方案征求意见」已结束，182户参与（应参与240户，参与率75.8%）。请查看结果，记录采纳方案。',
  ],
  pollAdopted: [
    { title: '小区停车方案征求意见', communityName: '示例社区01', plan: '方案二：错时停车+地面划线' },
    '征求意见的采纳方案已公布',
    '示例社区01「小区停车方案征求意见」采纳方案：方案二：错时停车+地面划线',
  ],
};

describe('the notice catalogue', () => {
  it('has a template for every kind of notification', () => {
    expect(Object.keys(NOTICES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it.each(NOTIFICATION_KINDS.map((kind) => [kind]))('renders %s', (kind) => {
    const [params, title, body] = EXAMPLES[kind];
    expect(renderNotice(kind, params as never)).toEqual({ title, body });
  });

  it('chooses the words of a variant by its parameters', () => {
    expect(renderNotice('dispatched', { ...dispatch, assisting: [], role: 'lead' })).toEqual({
      title: '街道派单：请主办办理',
      body: '20260302-00007：区水务局主办。请牵头办理并办结',
    });
    expect(renderNotice('streetDeadlineBreached', { ...appeal, taskForceName: null }).title).toBe('街道层级诉求超时，建议成立专班');
    expect(renderNotice('rewardRequest', { ...reward, step: 'submitted' })).toEqual({
      title: '民情专员奖励申请待审批',
      body: '示例社区01为民情专员张三申请“荣誉证书”（一事一议）',
    });
    expect(renderNotice('rewardRequest', { ...reward, step: 'approved' }).title).toBe('社区奖励申请已批准，请街道确认');
  });

  it('quotes at most 80 characters of what staff wrote', () => {
    expect(renderNotice('appealProgress', { code: 'C', text: '水'.repeat(81) }).body).toBe(`C：${'水'.repeat(80)}…`);
    expect(renderNotice('appealResult', { code: 'C', text: '水'.repeat(80) }).body).toBe(`C：${'水'.repeat(80)}`);
  });
});

describe('the notices that go out through WeChat', () => {
  it('each has the details its message shows', () => {
    const kinds = (Object.keys(SUBSCRIPTION_TOPIC_OF) as NotificationKind[]).sort();
    expect(kinds.filter((kind) => !NOTICE_DETAILS[kind])).toEqual([]);
    expect(Object.keys(NOTICE_DETAILS).sort()).toEqual(kinds);
  });
});
