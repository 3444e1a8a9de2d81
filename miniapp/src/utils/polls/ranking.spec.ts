import { nextRank, rankOf, rankingHint, tapRank } from '@/utils/polls/ranking';

describe('ranked choice by tapping', () => {
  it('gives each tapped option the next number', () => {
    let order: number[] = [];
    order = tapRank(order, 12);
    order = tapRank(order, 10);
    order = tapRank(order, 11);
    expect(order).toEqual([12, 10, 11]);
    expect([rankOf(order, 12), rankOf(order, 10), rankOf(order, 11)]).toEqual([1, 2, 3]);
  });

  it('takes a number back on a second tap, the later ones moving up', () => {
    const order = tapRank([12, 10, 11], 12);
    expect(order).toEqual([10, 11]);
    expect(rankOf(order, 10)).toBe(1);
    expect(rankOf(order, 11)).toBe(2);
    expect(rankOf(order, 12)).toBeNull();
  });

  it('gives the undone option the last number when tapped again', () => {
    expect(tapRank(tapRank([1, 2, 3], 2), 2)).toEqual([1, 3, 2]);
  });

  it('undoing the last one only takes that one back', () => {
    expect(tapRank([1, 2, 3], 3)).toEqual([1, 2]);
  });

  it('does not change the ranking it was given', () => {
    const order = [1, 2];
    tapRank(order, 3);
    tapRank(order, 1);
    expect(order).toEqual([1, 2]);
  });

  it('says which place the next tap gives and when all are ranked', () => {
    expect(nextRank([])).toBe(1);
    expect(nextRank([5, 6])).toBe(3);
    expect(rankingHint([], 3)).toContain('第1位');
    expect(rankingHint([5], 3)).toContain('第2位');
    expect(rankingHint([5, 6, 7], 3)).toContain('已全部排好');
  });
});
