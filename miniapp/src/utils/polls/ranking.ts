/**
 * Ranked choice by tapping (排序题): she taps the options in the order she prefers them; each tap gives
 * the next number (1, 2, 3…), tapping a numbered option again takes its number back and those after it
 * move up one. No dragging: a tap is what an older hand does surely on a small screen.
 */

/** The ranking after a tap on `optionId`: appended when it had no number, taken out (the rest closing up) when it had one. */
export function tapRank(order: readonly number[], optionId: number): number[] {
  return order.includes(optionId) ? order.filter((id) => id !== optionId) : [...order, optionId];
}

/** Its number in the ranking (1 for the most preferred), or null while it has none. */
export function rankOf(order: readonly number[], optionId: number): number | null {
  const i = order.indexOf(optionId);
  return i < 0 ? null : i + 1;
}

/** The number the next tap will give, e.g. to say 请点第2个. */
export function nextRank(order: readonly number[]): number {
  return order.length + 1;
}

/** What to tell her under a ranked question: where she is in the tapping. */
export function rankingHint(order: readonly number[], optionCount: number): string {
  if (order.length === 0) return '请按您的喜好顺序依次点选：最想要的先点，它就是第1位';
  if (order.length >= optionCount) return '已全部排好。点已排的选项可以取消它的序号';
  return `已排${order.length}项，接着点第${order.length + 1}位；点已排的选项可以取消`;
}
