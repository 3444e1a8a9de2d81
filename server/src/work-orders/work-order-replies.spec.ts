import { WORK_ORDER_REPLY_COLUMNS } from '@lingjuli/shared';
import { REPLY_COLUMNS, replyRow, replyText, type ReplyAppeal, type ReplyParts } from './work-order-replies';

const at = (iso: string) => new Date(iso);
const appeal: ReplyAppeal = {
  id: 7,
  workOrderNo: 'BJ12345-20260302-0001',
  status: 'closed',
  content: '我叫李桂兰，住3单元502，楼道灯坏了',
  contactName: '李桂兰',
  resolvedAt: at('2026-03-02T06:00:00Z'),
  closedAt: at('2026-03-03T02:00:00Z'),
};
const none: ReplyParts = { feedbacks: [], ratings: [], lines: [] };

describe('a 12345 reply row', () => {
  it('has 12345’s columns', () => {
    expect(REPLY_COLUMNS.map((c) => c.header)).toEqual(['工单编号', '办理结果', '回复内容', '办结时间', '是否联系', '是否解决', '是否满意']);
    expect(REPLY_COLUMNS.map((c) => c.header)).toEqual([...WORK_ORDER_REPLY_COLUMNS]);
  });

  it('says a handled, rated work order’s result, the masked answer, when it was done, and her latest answer', () => {
    const parts: ReplyParts = {
      feedbacks: [
        { content: '已联系物业，明天维修', final: false, at: at('2026-03-02T03:00:00Z') },
        { content: '李桂兰您好，3单元502门口的灯已换新，电话13812345678', final: true, at: at('2026-03-02T07:00:00Z') },
      ],
      ratings: [
        { round: 2, solved: true, satisfaction: 'satisfied' },
        { round: 1, solved: false, satisfaction: 'unsatisfied' },
      ],
      lines: [{ type: 'resolve', note: '已更换灯泡', at: at('2026-03-02T06:00:00Z') }],
    };
    expect(replyRow(appeal, parts)).toEqual([
      'BJ12345-20260302-0001',
      '已办结',
      '***您好，*单元***门口的灯已换新，电话***********',
      '2026-03-02 14:00',
      '是',
      '是',
      '满意',
    ]);
  });

  it('leaves what has not happened blank: an order not yet handled, nobody contacted, no rating', () => {
    const row = replyRow({ ...appeal, status: 'received', resolvedAt: null, closedAt: null }, none);
    expect(row).toEqual(['BJ12345-20260302-0001', '待受理', null, null, '否', null, null]);
    expect(replyRow({ ...appeal, status: 'inProgress', resolvedAt: null, closedAt: null }, none)[1]).toBe('办理中');
  });

  it('answers with the final feedback, else the resolution or refusal, else the latest interim feedback', () => {
    const interim = { content: '正在协调', final: false, at: at('2026-03-02T03:00:00Z') };
    expect(replyText({ ...none, feedbacks: [interim], lines: [{ type: 'resolve', note: '已修复', at: at('2026-03-02T04:00:00Z') }] })).toBe('已修复');
    expect(replyText({ ...none, feedbacks: [interim] })).toBe('正在协调');
    expect(replyText({ ...none, lines: [{ type: 'resolve', note: null, at: at('2026-03-02T04:00:00Z') }] })).toBeNull();
    const rejected = replyRow(
      { ...appeal, status: 'rejected', resolvedAt: null },
      { ...none, lines: [{ type: 'reject', note: '不属于本街道辖区', at: at('2026-03-03T02:00:00Z') }] },
    );
    expect(rejected).toEqual(['BJ12345-20260302-0001', '不予受理', '不属于本街道辖区', '2026-03-03 10:00', '否', null, null]);
  });
});
