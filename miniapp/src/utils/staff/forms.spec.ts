import { ApiError } from '@/services/http';
import {
  acceptBody,
  assignBody,
  escalateBody,
  feedbackBody,
  fieldError,
  formLevelMessage,
  noteBody,
  rejectBody,
  resolveBody,
  retriageBody,
  reviewBody,
} from '@/utils/staff/forms';

describe('action forms', () => {
  it('accept states the tier and category and leaves out an empty note', () => {
    expect(acceptBody({ tier: 'utility', category: 'plumbing' }, '  ')).toEqual({ ok: true, body: { tier: 'utility', category: 'plumbing', note: undefined } });
  });

  it('retriage sends only what changed and needs a reason', () => {
    const current = { tier: 'ordinary', category: 'lift' } as const;
    expect(retriageBody(current, { tier: 'complex', category: 'lift' }, ' 需多部门协调 ')).toEqual({
      ok: true,
      body: { tier: 'complex', note: '需多部门协调' },
    });
    expect(retriageBody(current, current, '')).toEqual({ ok: false, errors: { tier: '请选择新的级别或类别', note: '请填写调整原因' } });
  });

  it('assign needs a handler or a liaison', () => {
    expect(assignBody(null, null, '')).toEqual({ ok: false, errors: { handlerId: '请选择承办人或民情专员' } });
    expect(assignBody(null, 7, '')).toEqual({ ok: true, body: { liaisonId: 7, note: undefined } });
    expect(assignBody(3, 7, '请今天上门')).toEqual({ ok: true, body: { handlerId: 3, liaisonId: 7, note: '请今天上门' } });
  });

  it('notes, resolutions, feedback, refusals and reviews need their text', () => {
    expect(noteBody(' ', 'public')).toEqual({ ok: false, errors: { content: '请填写进展内容' } });
    expect(noteBody('已联系物业', 'internal')).toEqual({ ok: true, body: { content: '已联系物业', visibility: 'internal' } });
    expect(resolveBody('已交由消防处置', '119')).toEqual({ ok: true, body: { note: '已交由消防处置', handedTo: '119' } });
    expect(resolveBody('已修好', null)).toEqual({ ok: true, body: { note: '已修好' } });
    // 处置照片, for the resident to see with the result.
    expect(resolveBody('已修好', null, [4, 5])).toEqual({ ok: true, body: { note: '已修好', attachmentIds: [4, 5] } });
    expect(noteBody('管道已换好一半', 'public', [6])).toEqual({ ok: true, body: { content: '管道已换好一半', visibility: 'public', attachmentIds: [6] } });
    expect(feedbackBody(null, '', '')).toEqual({ ok: false, errors: { method: '请选择反馈方式', content: '请填写反馈内容' } });
    expect(feedbackBody('visit', '已上门告知', ' 满意 ')).toEqual({ ok: true, body: { method: 'visit', content: '已上门告知', residentOpinion: '满意' } });
    expect(rejectBody('')).toEqual({ ok: false, errors: { reason: '请填写不予受理的理由' } });
    expect(reviewBody(null, 'x')).toEqual({ ok: false, errors: { decision: '请选择复核结论' } });
    expect(reviewBody('reopen', '重新处理')).toEqual({ ok: true, body: { decision: 'reopen', note: '重新处理' } });
    expect(noteBody('字'.repeat(2001), 'public')).toEqual({ ok: false, errors: { content: '进展内容不能超过2000个字' } });
  });

  it('a note says who sees it each time: nothing chosen is asked for, not taken as internal', () => {
    expect(noteBody('已联系物业', null)).toEqual({ ok: false, errors: { visibility: '请选择“居民可见”或“仅内部”' } });
    expect(noteBody('已联系物业', 'public')).toEqual({ ok: true, body: { content: '已联系物业', visibility: 'public' } });
  });

  it('feedback names the departments that took part, or, from a department, the community person who went along', () => {
    expect(feedbackBody('visit', '已上门告知', '', { side: 'community', departmentIds: [] })).toEqual({
      ok: true,
      body: { method: 'visit', content: '已上门告知' },
    });
    expect(feedbackBody('visit', '已上门告知', '', { side: 'community', departmentIds: [7, 9] })).toEqual({
      ok: true,
      body: { method: 'visit', content: '已上门告知', departmentIds: [7, 9] },
    });
    expect(feedbackBody('phone', '已电话告知', '', { side: 'department', communityPartyId: null })).toEqual({
      ok: false,
      errors: { communityPartyId: '请选择和您一起反馈的社区同志' },
    });
    expect(feedbackBody('phone', '已电话告知', '', { side: 'department', communityPartyId: 12 })).toEqual({
      ok: true,
      body: { method: 'phone', content: '已电话告知', communityPartyId: 12 },
    });
  });

  it('escalation needs a reason, the grid secretary consulted and what was agreed', () => {
    expect(escalateBody('', null, '')).toEqual({
      ok: false,
      errors: { reason: '请填写上报理由', consultedWithId: '请选择会商的网格书记', consultationNote: '请填写会商意见' },
    });
    expect(escalateBody('涉及多个科室', 12, '同意上报')).toEqual({
      ok: true,
      body: { reason: '涉及多个科室', consultedWithId: 12, consultationNote: '同意上报' },
    });
  });

  it("shows the server's message next to its field, or above the form when no field on screen carries it", () => {
    const invalid = new ApiError(400, 'VALIDATION_FAILED', '请检查：内容不能为空', [{ field: 'content', message: '内容不能为空' }]);
    expect(fieldError('content', {}, invalid)).toBe('内容不能为空');
    expect(fieldError('content', { content: '请填写进展内容' }, invalid)).toBe('请填写进展内容');
    expect(formLevelMessage(invalid, ['content', 'visibility'])).toBeUndefined();
    expect(formLevelMessage(invalid, ['note'])).toBe('请检查：内容不能为空');
    const conflict = new ApiError(409, 'APPEAL_TRANSITION_NOT_ALLOWED', '该诉求当前不能办结');
    expect(formLevelMessage(conflict, ['note'])).toBe('该诉求当前不能办结');
    expect(formLevelMessage(null, [])).toBeUndefined();
  });
});
