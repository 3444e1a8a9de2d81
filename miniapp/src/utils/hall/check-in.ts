import { formatShanghaiDateTime, type MeetingCheckInCode } from '@lingjuli/shared';
import { routes } from '@/routes';
import { meetingCheckInScene } from '@/utils/scene';

/**
 * The door's check-in code (议事会签到码). The QR holds a link to the app's home page with the meeting's
 * check-in payload as its scene, like the stairwell code: a phone's camera (or WeChat's 扫一扫) opens it,
 * the home page reads the scene and opens the meeting with its code, where one tap checks her in. The
 * meeting page's own 扫码签到 reads the same scene.
 */
export function checkInLink(origin: string, payload: string): string {
  return `${origin.replace(/\/+$/, '')}${routes.home({ scene: meetingCheckInScene(payload) })}`;
}

/** The site the app is served from: the server's (the H5 build is served by it), or this page's in the browser. */
export function appOrigin(apiBaseUrl: string, pageOrigin: string | null): string {
  // A pattern, not URL: WeChat's runtime has no URL constructor.
  const origin = /^https?:\/\/[^/?#]+/i.exec(apiBaseUrl);
  return origin ? origin[0] : (pageOrigin ?? '');
}

/** e.g. 3月2日 13:30 至 3月2日 16:00 可签到 */
export function checkInWindowLabel(code: Pick<MeetingCheckInCode, 'opensAt' | 'closesAt'>): string {
  return `${formatShanghaiDateTime(new Date(code.opensAt))} 至 ${formatShanghaiDateTime(new Date(code.closesAt))} 可扫码签到`;
}
