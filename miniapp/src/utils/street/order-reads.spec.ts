import type { AppealSummary, DispatchOrderInfo } from '@lingjuli/shared';
import { rowsToRead, withReadOrders } from '@/utils/street/order-reads';

const appeal = (id: number) => ({ id }) as AppealSummary;
const order = (id: number) => ({ id }) as DispatchOrderInfo;

describe("reading the listed appeals' dispatch orders", () => {
  it('reads only the rows a further page added, and all of them again after a reload', () => {
    const first = [appeal(1), appeal(2)];
    const readFor = new Map(first.map((a) => [a.id, a]));
    const appended = [...first, appeal(3)];
    expect(rowsToRead(appended, readFor).map((a) => a.id)).toEqual([3]);
    const reloaded = [appeal(1), appeal(2)];
    expect(rowsToRead(reloaded, readFor).map((a) => a.id)).toEqual([1, 2]);
  });

  it("keeps the orders already read, adds the new page's, and leaves out a failed read", () => {
    const [a1, a2, a3] = [appeal(1), appeal(2), appeal(3)];
    const readFor = new Map([a1, a2, a3].map((a) => [a.id, a]));
    const known = { 1: order(11), 2: null };
    expect(withReadOrders(known, [a3], [{ dispatchOrder: order(13) }], readFor)).toEqual({ 1: order(11), 2: null, 3: order(13) });
    expect(withReadOrders(known, [a1], [undefined], readFor)).toEqual({ 2: null });
  });

  it('ignores a read overtaken by a newer one of the same appeal', () => {
    const old = appeal(1);
    const fresh = appeal(1);
    const readFor = new Map([[1, fresh]]);
    expect(withReadOrders({ 1: order(2) }, [old], [{ dispatchOrder: order(1) }], readFor)).toEqual({ 1: order(2) });
  });
});
