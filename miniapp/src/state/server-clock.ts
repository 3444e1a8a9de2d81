/**
 * The server's clock as seen from this device: countdowns use it, so a phone set five minutes fast
 * still shows the right time left. Updated from every queue page (`serverTime`).
 */
let offsetMs = 0;

export function syncServerTime(serverTime: string): void {
  const server = new Date(serverTime).getTime();
  if (!Number.isNaN(server)) offsetMs = server - Date.now();
}

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}
