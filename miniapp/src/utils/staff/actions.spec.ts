import { actionButtons, canHandOver, feedbackKind } from '@/utils/staff/actions';
import { progressReminder } from '@/utils/staff/progress';

describe('the actions the server offers', () => {
  it('shows only those, the main one first, refusal last, and leaves out other roles’ actions', () => {
    const buttons = actionButtons(['accept', 'retriage', 'assign', 'addNote', 'reject', 'escalate', 'rate', 'dispatch']);
    expect(buttons.map((b) => b.id)).toEqual(['action-accept', 'action-note', 'action-assign', 'action-retriage', 'action-escalate', 'action-reject']);
    expect(buttons.map((b) => b.kind)).toEqual(['primary', 'secondary', 'secondary', 'secondary', 'plain', 'danger']);
    expect(actionButtons([])).toEqual([]);
    expect(actionButtons(['secretaryReview', 'feedback', 'addNote'])[0]).toMatchObject({ id: 'action-review', label: '书记复核', kind: 'primary' });
  });

  it('offers the callback (回访) first once a caller without an account has been told the result', () => {
    expect(actionButtons(['addNote', 'callback'])).toEqual([
      { action: 'callback', id: 'action-callback', label: '电话回访', kind: 'primary' },
      { action: 'addNote', id: 'action-note', label: '记录进展', kind: 'secondary' },
    ]);
  });

  it('knows interim from final feedback and when a hand-over to 110/119/120 applies', () => {
    expect(feedbackKind('inProgress')).toBe('interim');
    expect(feedbackKind('resolved')).toBe('final');
    expect(canHandOver('emergency')).toBe(true);
    expect(canHandOver('utility')).toBe(false);
  });
});

describe('the 72-hour progress note of complex appeals', () => {
  const now = new Date('2026-03-02T10:00:00+08:00');
  it('says when the next public note is due, warns within a day, and says when it is late', () => {
    expect(progressReminder({ tier: 'ordinary', progressDueAt: null }, now)).toBeNull();
    expect(progressReminder({ tier: 'complex', progressDueAt: '2026-03-04T02:00:00Z' }, now)).toEqual({
      state: 'ok',
      text: '下次公开进展：3月4日 10:00前（还剩2天）',
    });
    expect(progressReminder({ tier: 'complex', progressDueAt: '2026-03-02T12:00:00Z' }, now)?.state).toBe('warning');
    expect(progressReminder({ tier: 'complex', progressDueAt: '2026-03-02T00:00:00Z' }, now)).toEqual({
      state: 'overdue',
      text: '公开进展已逾期2小时（应于3月2日 08:00前发布）',
    });
  });
});
