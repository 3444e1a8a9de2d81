/**
 * A one-time message for the next page about one appeal ("提交成功！…"), kept in memory rather than in the
 * URL so it shows once, not again on every reload or back-navigation.
 */
const pending = new Map<number, string>();

export function setFlash(appealId: number, message: string): void {
  pending.set(appealId, message);
}

export function takeFlash(appealId: number): string | null {
  const message = pending.get(appealId) ?? null;
  pending.delete(appealId);
  return message;
}
