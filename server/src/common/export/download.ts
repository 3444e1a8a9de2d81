/** `Content-Disposition` for a download: an ASCII fallback and the real (e.g. Chinese) name (RFC 6266 / 5987). */
export function attachmentDisposition(asciiName: string, name: string): string {
  // encodeURIComponent leaves ' ( ) * ! as they are; RFC 5987 wants the first four escaped.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}
