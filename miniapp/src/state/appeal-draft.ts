import { storage } from '@/state/storage';
import type { AppealDraft } from '@/utils/draft';

const KEY = 'lingjuli.appealDraft';

/*
 * The appeal she is filing, until it is filed: the draft in storage (it survives closing the app),
 * and its photos in memory only (a WeChat temp path does not outlive the app, a browser blob: URL
 * not the page, so storing them would keep paths that lead nowhere).
 *
 * Lifetime of the photos: one draft. They outlive the filing page (she may leave and come back to
 * her unsent draft, photos included) and go with the draft: filed or joined with "me too", thrown
 * away (清空，重新填写), or erased with her data (all clearDraft). Logging out forgets the photos too:
 * those uploaded under one session are not the next person's to file with.
 */
const chosen = new Set<string>();
/** Attachment ids by local path, so a retried submit does not upload (and file) a photo twice. */
const uploaded = new Map<string, number>();

export const loadDraft = (): AppealDraft | null => storage.get<AppealDraft>(KEY);
export const saveDraft = (draft: AppealDraft) => storage.set(KEY, { ...draft, savedAt: new Date().toISOString() });

/** Forgets the unsent draft and its photos. */
export function clearDraft(): void {
  storage.remove(KEY);
  filingPhotos.clear();
}

export const filingPhotos = {
  /** Photos picked (and compressed) in this run of the app. */
  choose(paths: readonly string[]): void {
    paths.forEach((p) => chosen.add(p));
  },
  /** Whether a restored draft's photo can still be shown and sent. */
  isLive: (path: string): boolean => chosen.has(path),
  uploadedId: (path: string): number | undefined => uploaded.get(path),
  markUploaded(path: string, attachmentId: number): void {
    uploaded.set(path, attachmentId);
  },
  clear(): void {
    chosen.clear();
    uploaded.clear();
  },
};
