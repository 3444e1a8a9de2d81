import { Field } from '@/components/Field';
import { PhotoGrid } from '@/components/resident/PhotoGrid';
import type { useFixPhotos } from '@/hooks/staff/useFixPhotos';
import { MAX_FIX_PHOTOS } from '@/hooks/staff/useFixPhotos';
import { serverUrl } from '@/services/api';

/** 处置照片: what the fix looks like, for the resident to see with the result (only on what residents see). */
export function FixPhotosField({ fix, hint }: { fix: ReturnType<typeof useFixPhotos>; hint?: string }) {
  return (
    <Field label='处置照片（选填）' hint={hint} error={fix.error ?? undefined}>
      <PhotoGrid photos={fix.photos.map((p) => serverUrl(p.url))} onAdd={() => void fix.add()} onRemove={fix.remove} max={MAX_FIX_PHOTOS} busy={fix.busy} />
    </Field>
  );
}
