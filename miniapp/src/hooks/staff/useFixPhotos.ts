import type { AttachmentInfo } from '@lingjuli/shared';
import { useState } from 'react';
import { platform } from '@/platform';
import { api } from '@/services/api';
import { asApiError } from '@/services/http';

/** 处置照片 on a resolution or a progress note: at most nine, as on a filing. */
export const MAX_FIX_PHOTOS = 9;

/**
 * Photos of the fix, uploaded as they are chosen (the form's submit then only names them), so the
 * resident sees what was done with the result. A failed upload says so beside the photos and keeps
 * the ones already up.
 */
export function useFixPhotos() {
  const [photos, setPhotos] = useState<AttachmentInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add() {
    const room = MAX_FIX_PHOTOS - photos.length;
    if (room <= 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      if (!(await platform.ensurePrivacyAuthorized())) return;
      const chosen = await platform.chooseImages(room);
      for (const path of chosen) {
        const uploaded = await api.uploadPhoto(await platform.compressImage(path));
        setPhotos((before) => [...before, uploaded]);
      }
    } catch (e) {
      setError(asApiError(e, '照片上传失败，请检查网络后重试').message);
    } finally {
      setBusy(false);
    }
  }

  const remove = (index: number) => setPhotos((before) => before.filter((_, i) => i !== index));

  /** After the note or resolution went through: a fresh start. */
  const clear = () => {
    setPhotos([]);
    setError(null);
  };

  return { photos, busy, error, add, remove, clear, attachmentIds: photos.map((p) => p.id) };
}
