import Taro from '@tarojs/taro';
import type { ApiError } from '@/services/http';

/**
 * A failed submit must be seen where she is: on a long form the message under a field at the top is
 * out of view while her thumb is on the button at the bottom. So every form, after a failed check or
 * a refused request, brings the first error into view and says it in a toast.
 */

/** Where a field's message is drawn: `Field` marks its row `.field--error`; a few forms print `.field__error` alone. */
export const FIELD_ERROR_SELECTOR = '.field--error, .field__error';
/** Any error on the page: a field's, or the form's own notice (a server message no field carries). */
export const ANY_ERROR_SELECTOR = `${FIELD_ERROR_SELECTOR}, .notice--error`;

/** How long the toast stays: long enough to read two lines slowly. */
export const ANNOUNCE_MS = 3000;
/** WeChat cuts a toast without icon after two lines; longer messages still stand in full beside the field. */
const TOAST_MAX_CHARS = 36;

export interface Announcement {
  message: string;
  selector: string;
}

/** The first message of a form's own checks, in the order the checks were written (the form's order). */
export function firstMessage(errors: Readonly<Record<string, string | undefined>>): string | undefined {
  return Object.values(errors).find((m): m is string => typeof m === 'string' && m.length > 0);
}

/** What to say and where to look after the form's own checks failed; null when nothing failed. */
export function checkAnnouncement(errors: Readonly<Record<string, string | undefined>>): Announcement | null {
  const message = firstMessage(errors);
  return message ? { message, selector: FIELD_ERROR_SELECTOR } : null;
}

/** What to say and where to look after the server refused or could not be reached. */
export function failureAnnouncement(error: Pick<ApiError, 'message' | 'details'>): Announcement {
  const detail = error.details.find((d) => d.message)?.message;
  return detail ? { message: detail, selector: FIELD_ERROR_SELECTOR } : { message: error.message, selector: ANY_ERROR_SELECTOR };
}

/** The toast's words: the message itself, shortened only where WeChat would cut it anyway. */
export function toastTitle(message: string): string {
  const text = message.trim();
  return text.length > TOAST_MAX_CHARS ? `${text.slice(0, TOAST_MAX_CHARS - 1)}…` : text;
}

/** How the announcement reaches the screen (injected in tests). */
export interface Announcer {
  toast(title: string): void;
  /** Scrolls the first visible element matching `selector` into view, once the page has drawn it. */
  reveal(selector: string): void;
}

/** In the browser build earlier pages stay in the document, hidden: only this page's elements count. */
function revealInBrowser(selector: string): void {
  const target = Array.from(document.querySelectorAll<HTMLElement>(selector)).find((el) => el.getClientRects().length > 0);
  // `center` keeps the field's label above the message in view; scrollIntoView also scrolls a sheet's own scroller.
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export const screenAnnouncer: Announcer = {
  toast: (title) => void Taro.showToast({ title, icon: 'none', duration: ANNOUNCE_MS }).catch(() => undefined),
  reveal(selector) {
    // After React has drawn the message (the state was set just before).
    setTimeout(() => {
      if (process.env.TARO_ENV === 'h5') revealInBrowser(selector);
      else void Taro.pageScrollTo({ selector, offsetTop: -80, duration: 200 }).catch(() => undefined);
    }, 80);
  },
};

/** Says the message and brings the first error into view. */
export function announce(announcement: Announcement | null, announcer: Announcer = screenAnnouncer): void {
  if (!announcement) return;
  announcer.toast(toastTitle(announcement.message));
  announcer.reveal(announcement.selector);
}
