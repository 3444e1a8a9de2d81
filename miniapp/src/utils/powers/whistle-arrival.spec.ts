import { nextArrivalFilter } from '@/utils/powers/whistle-arrival';

describe('the whistle list on arrival', () => {
  it('moves on from an empty tab to the next, and stays on one with whistles', () => {
    expect(nextArrivalFilter('open', true)).toBe('closed');
    expect(nextArrivalFilter('closed', true)).toBe('all');
    expect(nextArrivalFilter('open', false)).toBeNull();
    expect(nextArrivalFilter('closed', false)).toBeNull();
  });

  it('stops at 全部 even when it is empty', () => {
    expect(nextArrivalFilter('all', true)).toBeNull();
  });
});
