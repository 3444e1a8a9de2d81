import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A photo's address: the API path with an expiry and a signature that stands in for the session (an
 * <Image> cannot send headers, and WeChat fetches photos to check them).
 */
export function signedAttachmentPath(id: number, expiresAt: number, secret: string): string {
  return `/api/uploads/${id}/content?exp=${expiresAt}&sig=${sign(id, expiresAt, secret)}`;
}

export function attachmentSignatureMatches(id: number, expiresAt: number, signature: string, secret: string): boolean {
  const expected = Buffer.from(sign(id, expiresAt, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function sign(id: number, expiresAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`attachment:${id}:${expiresAt}`).digest('base64url');
}
