import { CONTENT_CHECK_MARKS, type AttachmentInfo } from '@lingjuli/shared';

/** What her own photo's note says while others cannot see it yet (docs/domain.md §11.1). */
const UPLOADER_NOTES: Record<NonNullable<AttachmentInfo['check']>, string> = {
  pending: '审核中，通过后他人可见',
  review: '待人工复核，通过后他人可见',
  risky: '未通过内容审核，仅您可见',
};

/**
 * The note on a photo that has not passed WeChat's content check: its uploader learns why others do
 * not see it yet; staff see the mark. Null for a photo that passed.
 */
export function photoNote(check: AttachmentInfo['check'], viewer: 'uploader' | 'staff'): string | null {
  if (!check) return null;
  return viewer === 'staff' ? CONTENT_CHECK_MARKS[check] : UPLOADER_NOTES[check];
}
