import { platform } from '@/platform';
import { api } from '@/services/api';
import type { ReportPhoto } from '@/utils/liaison/report';
import { withRetry } from '@/utils/retry';

/** Waits between tries of one upload on a flaky network. */
const UPLOAD_RETRY = { delaysMs: [1000, 3000] };

/**
 * Uploads a report's photos that are not up yet, in order, each compressed and uploaded once; each id
 * goes back to the draft by `onUploaded` at once, so a retry after a failure skips what is already up.
 */
export async function uploadReportPhotos(photos: readonly ReportPhoto[], onUploaded: (path: string, attachmentId: number) => void): Promise<void> {
  for (const photo of photos) {
    if (photo.attachmentId !== undefined) continue;
    const small = await platform.compressImage(photo.path);
    const uploaded = await withRetry(() => api.uploadPhoto(small), UPLOAD_RETRY);
    onUploaded(photo.path, uploaded.id);
  }
}
