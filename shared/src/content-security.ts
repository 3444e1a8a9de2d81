/**
 * WeChat's content security (内容安全, docs/domain.md §11.1): residents' and liaisons' words are checked
 * with msgSecCheck, their photos with mediaCheckAsync. WeChat suggests `pass`, `review` (let it
 * through, a person should look) or `risky` (refuse it).
 */
export const CONTENT_VERDICTS = ['pass', 'review', 'risky'] as const;
export type ContentVerdict = (typeof CONTENT_VERDICTS)[number];

/** Where a check stands: `pending` until WeChat has answered (it could not be reached, or a photo's result is still to come). */
export type ContentCheckState = 'pending' | ContentVerdict;

/** What the filer reads when WeChat finds her words risky; her draft stays as it was. */
export const CONTENT_REFUSED_MESSAGE = '内容可能含有违规信息，请修改后再提交';

/** The mark staff see beside words or a photo that did not (yet) pass. */
export const CONTENT_CHECK_MARKS: Record<Exclude<ContentCheckState, 'pass'>, string> = {
  pending: '内容安全检查中',
  review: '内容待人工复核',
  risky: '内容被判定违规',
};

/** Who is looking at a photo, for `photoVisible`. */
export interface PhotoViewer {
  /** She uploaded it. */
  owner: boolean;
  /** Community, street or department staff (not residents or liaisons). */
  staff: boolean;
}

/**
 * A photo is shown to others only once it passed (or needed no check: WeChat off, a staff upload).
 * Its uploader always sees it; staff also see one WeChat wants a person to review, marked, since
 * they are that person.
 */
export function photoVisible(check: ContentCheckState | null, viewer: PhotoViewer): boolean {
  if (check === null || check === 'pass' || viewer.owner) return true;
  return check === 'review' && viewer.staff;
}
