import { timelineData, type TimelineEntry } from './contract';

const line = (over: Partial<TimelineEntry>): TimelineEntry => ({
  id: 1,
  type: 'dispatch',
  actor: null,
  at: '2026-03-02T02:00:00.000Z',
  fromStatus: 'inProgress',
  toStatus: 'inProgress',
  note: null,
  visibility: 'public',
  data: { lead: '区水务局', assisting: [] },
  ...over,
});

describe('a timeline line’s data', () => {
  it('reads as its type’s shape', () => {
    expect(timelineData(line({}), 'dispatch')?.lead).toBe('区水务局');
  });

  it('is null for a line of another type, or one without data', () => {
    expect(timelineData(line({}), 'escalate')).toBeNull();
    expect(timelineData(line({ type: 'addNote', data: null }), 'addNote')).toBeNull();
  });
});
