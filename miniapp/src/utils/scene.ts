import { parseMeetingCheckIn } from '@lingjuli/shared';

/**
 * What a scanned code's scene says (≤ 32 characters for a WeChat mini-program code), e.g. `b=C01-B03`:
 * the same text is the WeChat mini-program code's `scene` and the browser URL's `scene` query parameter.
 * A stairwell code names a building (`b=`); the door's code of a meeting (议事会签到) holds the meeting's
 * check-in payload (`m=lingjuli-meeting:<id>:<code>`, shared `meetingCheckInPayload`).
 */
export interface Scene {
  buildingCode: string | null;
  meetingCheckIn: { meetingId: number; code: string } | null;
}

export function parseScene(raw: string | undefined | null): Scene {
  if (!raw) return { buildingCode: null, meetingCheckIn: null };
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    /* not encoded */
  }
  const params = new Map(
    text.split('&').map((pair) => {
      const [k, ...v] = pair.split('=');
      return [k.trim(), v.join('=').trim()] as const;
    }),
  );
  const code = params.get('b');
  const meeting = params.get('m');
  return {
    buildingCode: code && /^[A-Za-z0-9-]{1,24}$/.test(code) ? code : null,
    meetingCheckIn: meeting ? parseMeetingCheckIn(meeting) : null,
  };
}

/** The scene of a meeting's door code: `m=` and the check-in payload the server gives staff. */
export function meetingCheckInScene(payload: string): string {
  return `m=${payload}`;
}
